import { formatChineseDate, type IsoDate } from '../../calendar/iso-date.ts';
import type { CaseState } from '../lifecycle/case-state.ts';
import type { DeadlineReport, ObligationKind } from '../deadlines/deadline-report.ts';
import type { ReceiptChannel } from '../deadlines/receipt-channel.ts';
import { calculateProcessingFee } from '../fees/calculate-processing-fee.ts';
import { processingFeeLegalBasis, type FeeMethod } from '../fees/processing-fee.ts';
import type { LetterDate } from './letter.ts';
import type { LetterAgency } from './letter-agency.ts';
import type { ProceduralLetterKind } from './letter-kind.ts';
import { asSentence, numberedLines } from './letter-text.ts';

const regulation = '《中华人民共和国政府信息公开条例》';

/** The kind-specific part of a procedural letter: placeholder values, stated dates, addressee, basis. */
export type ProceduralLetterParts = {
  values: Array<[string, string]>;
  dates: LetterDate[];
  legalBasis: string;
  /** Replaces the applicant as addressee (consultation letters go to the consulted party). */
  addressee: string | null;
};

const receiptChannelNames: Record<ReceiptChannel, string> = {
  inPerson: '当面提交',
  registeredMail: '邮寄（挂号信或特快专递）',
  ordinaryLetter: '平常信函',
  onlineForm: '网上申请',
  email: '电子邮件',
  fax: '传真',
};

/** The 收费标准 of 国办函〔2020〕109号 for the method used. */
function feeStandard(method: FeeMethod): string {
  switch (method.kind) {
    case 'perRequest':
      return '同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；11—30件（含30件）的部分，每件100元；31件以上的部分，以10件为一档，每增加一档，收费标准提高100元/件。';
    case 'perVolume':
      return '同一申请一次性申请公开的信息30页以下（含30页）的，不收费；31—100页（含100页）的部分，每页10元；101—200页（含200页）的部分，每页20元；200页以上的部分，每页40元。';
    default: {
      const unreachable: never = method;
      return unreachable;
    }
  }
}

type PartsInput = {
  kind: ProceduralLetterKind;
  caseState: CaseState;
  agency: LetterAgency;
  deadlines: DeadlineReport;
  consultationId: string | null;
};

/**
 * The values only this kind of letter has. Every date comes from the deadline engine's report,
 * computed for the case as of the letter's date; a missing one is a problem, never a guess.
 */
export function proceduralLetterParts(options: PartsInput): ProceduralLetterParts | { problems: string[] } {
  const { kind, caseState, agency, deadlines } = options;
  const obligationDue = (obligationKind: ObligationKind, consultationId?: string): IsoDate | null =>
    deadlines.obligations.find(
      (obligation) =>
        obligation.kind === obligationKind &&
        (consultationId === undefined || obligation.consultationId === consultationId),
    )?.dueDate ?? null;
  switch (kind) {
    case 'receipt': {
      const replyDueDate = deadlines.replyDueDate;
      if (replyDueDate === null)
        return { problems: ['答复期限尚未确定（申请待补正或计时暂停），暂不能出具登记回执'] };
      return {
        values: [
          ['收到方式', receiptChannelNames[caseState.channel]],
          ['答复期限', formatChineseDate(replyDueDate)],
        ],
        dates: [{ label: '答复期限', date: replyDueDate, legalBasis: `${regulation}第三十三条第二款` }],
        legalBasis: `${regulation}第三十一条、第三十三条`,
        addressee: null,
      };
    }
    case 'clarificationNotice': {
      const clarification = caseState.clarification;
      const dueDate = obligationDue('supplement');
      if (clarification === null) return { problems: ['本申请没有补正记录，请先在案件中记录“告知补正”'] };
      if (dueDate === null)
        return { problems: ['补正期限已不在待办期限中（申请人已补正或申请已办结），不能再出具补正告知书'] };
      return {
        values: [
          ['补正内容', numberedLines(clarification.whatToSupply.split('\n'))],
          ['补正工作日数', String(clarification.supplementWorkingDays)],
          ['补正期限', formatChineseDate(dueDate)],
        ],
        dates: [{ label: '补正期限', date: dueDate, legalBasis: `${regulation}第三十条` }],
        legalBasis: `${regulation}第三十条`,
        addressee: null,
      };
    }
    case 'consultationLetter':
    case 'agencyConsultationLetter': {
      const party = kind === 'consultationLetter' ? 'thirdParty' : 'otherAgency';
      const candidates = caseState.consultations.filter(
        (consultation) => consultation.consultedParty === party,
      );
      const consultation =
        options.consultationId === null
          ? candidates.at(-1)
          : candidates.find((candidate) => candidate.consultationId === options.consultationId);
      if (!consultation) {
        return {
          problems: [
            party === 'thirdParty'
              ? '本申请没有向第三方征求意见的记录'
              : '本申请没有向其他机关征求意见的记录',
          ],
        };
      }
      const dueDate = obligationDue('consultationAnswer', consultation.consultationId);
      if (dueDate === null) return { problems: ['该征求意见已答复或已逾期，不能再出具征求意见函'] };
      const article = party === 'thirdParty' ? '第三十二条' : '第三十四条';
      return {
        values: [
          ['被征求意见方', consultation.partyName],
          ['征询期限', formatChineseDate(dueDate)],
        ],
        dates: [{ label: '提出意见期限', date: dueDate, legalBasis: `${regulation}${article}` }],
        legalBasis: `${regulation}${article}`,
        addressee: consultation.partyName,
      };
    }
    case 'extensionNotice': {
      const extension = caseState.extension;
      const replyDueDate = deadlines.replyDueDate;
      if (extension === null) return { problems: ['本申请没有经批准的延期，请先由负责人批准延长答复期限'] };
      if (replyDueDate === null)
        return { problems: ['延长后的答复期限尚未确定（计时暂停中），请在暂停结束后出具'] };
      return {
        values: [
          ['延长工作日数', String(extension.workingDays)],
          ['延期理由', extension.reason.trim().replace(/[。，,.]+$/, '')],
          ['延长后答复期限', formatChineseDate(replyDueDate)],
        ],
        dates: [{ label: '延长后答复期限', date: replyDueDate, legalBasis: `${regulation}第三十三条第二款` }],
        legalBasis: `${regulation}第三十三条第二款`,
        addressee: null,
      };
    }
    case 'feeNotice': {
      const fee = caseState.processingFee;
      if (fee === null) return { problems: ['本申请没有收费记录，请先在案件中记录“发出收费通知”'] };
      const calculation = calculateProcessingFee({ method: fee.method });
      const problems: string[] = [];
      if (calculation.amountYuan !== fee.amountYuan) {
        problems.push(
          `案件记录的收费金额${fee.amountYuan}元与按标准计算的${calculation.amountYuan}元不一致，请核对`,
        );
      }
      if (calculation.amountYuan === 0) problems.push('按标准计算无需收费，不应出具收费通知书');
      if (agency.feePaymentInstructions.trim() === '')
        problems.push('请先在机关设置中填写信息处理费的缴费方式');
      const dueDate = obligationDue('feePayment');
      if (dueDate === null)
        problems.push('缴费期限已不在待办期限中（已缴费或申请已办结），不能再出具收费通知书');
      if (problems.length > 0 || dueDate === null) return { problems };
      const unit = fee.method.kind === 'perVolume' ? '页' : '件';
      const breakdown = calculation.lines.map(
        (line) => `${line.band}：${line.standard}，计${line.quantity}${unit}，${line.amountYuan}元`,
      );
      return {
        values: [
          ['收费依据', `${regulation}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）`],
          ['计收方式', calculation.methodLabel],
          ['收费标准', feeStandard(fee.method)],
          ['收费明细', numberedLines(breakdown)],
          ['收费金额', `${calculation.amountYuan}元`],
          ['缴费方式', asSentence(agency.feePaymentInstructions)],
          ['缴费期限', formatChineseDate(dueDate)],
        ],
        dates: [
          {
            label: '缴费期限',
            date: dueDate,
            legalBasis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
          },
        ],
        legalBasis: processingFeeLegalBasis,
        addressee: null,
      };
    }
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
