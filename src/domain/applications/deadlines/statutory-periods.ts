/**
 * The periods of the 《政府信息公开条例》 (2019) and of 国办函〔2020〕109号, in working days.
 * Counting follows rules.md §1: the day of the event is not counted; day 1 is the next working day.
 */

/** Art. 33 para 2: reply within 20 working days after receipt. */
export const replyWorkingDays = 20;

/** Art. 33 para 2: one extension of at most 20 working days, decided before the original deadline. */
export const maximumExtensionWorkingDays = 20;

/** Art. 30: the clarification notice (补正通知) goes out within 7 working days after receipt. */
export const clarificationNoticeWorkingDays = 7;

/** Art. 32 (third party) and Art. 34 (other agencies): 15 working days to answer a consultation. */
export const consultationAnswerWorkingDays = 15;

/** 国办函〔2020〕109号 信息处理费管理办法: the applicant pays within 20 working days after receiving the fee notice. */
export const feePaymentWorkingDays = 20;
