import type { IsoDate } from './iso-date.ts';

/**
 * The official notice an arrangement comes from, e.g.
 * 《国务院办公厅关于2025年部分节假日安排的通知》（国办发明电〔2024〕12号）.
 */
export type ArrangementSource = {
  title: string;
  /** 文号, e.g. 国办发明电〔2024〕12号; null when the number has not been verified. */
  documentNumber: string | null;
  issuedOn: IsoDate;
};

/**
 * One item of a notice: a holiday (放假) from `firstDay` to `lastDay`, both included (weekend days
 * inside the range belong to the holiday), and the weekend days declared working days to make up
 * for it (调休上班).
 */
export type HolidayPeriod = {
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, or a combined name such as 中秋节、国庆节. */
  name: string;
  firstDay: IsoDate;
  lastDay: IsoDate;
  makeUpWorkingDays: IsoDate[];
};

/**
 * The State Council's holiday arrangement (放假安排) for one calendar year. A 元旦 period may start
 * in the last days of the previous December (e.g. 2022-12-31 in the 2023 notice).
 */
export type YearArrangement = {
  year: number;
  /** The yearly notice first, then any later notice that amended it. */
  sources: ArrangementSource[];
  holidays: HolidayPeriod[];
};
