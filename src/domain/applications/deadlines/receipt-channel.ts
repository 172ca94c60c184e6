/** How the application reached the agency; Art. 31 fixes the receipt date for each channel. */
export type ReceiptChannel =
  'inPerson' | 'registeredMail' | 'ordinaryLetter' | 'onlineForm' | 'email' | 'fax';

export const receiptChannels: readonly ReceiptChannel[] = [
  'inPerson',
  'registeredMail',
  'ordinaryLetter',
  'onlineForm',
  'email',
  'fax',
];

/** The Art. 31 rule for the channel, in the words shown to staff and applicants. */
export function describeReceiptRule(channel: ReceiptChannel): string {
  switch (channel) {
    case 'inPerson':
      return '当面提交，以提交之日为收到申请之日（第三十一条第一项）';
    case 'registeredMail':
      return '以邮政方式（挂号信/EMS）提交，以行政机关签收之日为收到申请之日（第三十一条第二项）';
    case 'ordinaryLetter':
      return '以平常信函提交，以政府信息公开工作机构与申请人确认之日为收到申请之日（第三十一条第二项）';
    case 'onlineForm':
      return '通过互联网渠道提交，以双方确认之日为收到申请之日（第三十一条第三项）';
    case 'email':
      return '通过电子邮件提交，以双方确认之日为收到申请之日（第三十一条第三项）';
    case 'fax':
      return '通过传真提交，以双方确认之日为收到申请之日（第三十一条第三项）';
    default: {
      const unreachable: never = channel;
      return unreachable;
    }
  }
}
