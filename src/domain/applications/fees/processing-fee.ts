/**
 * 信息处理费 (Art. 42; 《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号): charged only where
 * the volume or frequency of requests clearly exceeds a reasonable range. Two methods, each
 * marginal (超额累进); one per request, never both — the union below cannot hold both.
 */
export type FeeMethod =
  /** 按件: `requestNumberInMonth` is this request's ordinal among the applicant's requests of its calendar month. */
  | { kind: 'perRequest'; requestNumberInMonth: number }
  /** 按量: pages of paper copies, e-mail or copies of electronic data for this request. */
  | { kind: 'perVolume'; pageCount: number };

export type FeeMethodKind = FeeMethod['kind'];

/** One line of the fee notice's breakdown: a band of the standard and what it costs. */
export type FeeBreakdownLine = {
  /** Chinese, e.g. 第31—100页. */
  band: string;
  /** Chinese, e.g. 每页10元 or 免费. */
  standard: string;
  /** Pages or requests charged in the band. */
  quantity: number;
  unitPriceYuan: number;
  amountYuan: number;
};

/** The itemised fee for the fee notice (收费通知书): basis, standard, amount. All amounts are whole 元. */
export type FeeCalculation = {
  method: FeeMethod;
  /** Chinese name of the method: 按件计收 or 按量计收. */
  methodLabel: string;
  /** The documents the fee rests on. */
  legalBasis: string;
  lines: readonly FeeBreakdownLine[];
  amountYuan: number;
};

export const processingFeeLegalBasis =
  '《中华人民共和国政府信息公开条例》第四十二条；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';
