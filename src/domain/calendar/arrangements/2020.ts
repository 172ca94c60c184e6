import type { YearArrangement } from '../year-arrangement.ts';

/** The 2020 holiday arrangement: 国务院办公厅关于2020年部分节假日安排的通知 (国办发明电〔2019〕16号). */
export const arrangement2020: YearArrangement = {
  year: 2020,
  sources: [
    {
      title: '国务院办公厅关于2020年部分节假日安排的通知',
      documentNumber: '国办发明电〔2019〕16号',
      issuedOn: '2019-11-21',
    },
    {
      title: '国务院办公厅关于延长2020年春节假期的通知',
      documentNumber: '国办发明电〔2020〕1号',
      issuedOn: '2020-01-26',
    },
  ],
  holidays: [
    { name: '元旦', firstDay: '2020-01-01', lastDay: '2020-01-01', makeUpWorkingDays: [] },
    // Extended to 2 February by 国办发明电〔2020〕1号; Saturday 1 February is no longer a make-up working day.
    { name: '春节', firstDay: '2020-01-24', lastDay: '2020-02-02', makeUpWorkingDays: ['2020-01-19'] },
    { name: '清明节', firstDay: '2020-04-04', lastDay: '2020-04-06', makeUpWorkingDays: [] },
    {
      name: '劳动节',
      firstDay: '2020-05-01',
      lastDay: '2020-05-05',
      makeUpWorkingDays: ['2020-04-26', '2020-05-09'],
    },
    { name: '端午节', firstDay: '2020-06-25', lastDay: '2020-06-27', makeUpWorkingDays: ['2020-06-28'] },
    {
      name: '国庆节、中秋节',
      firstDay: '2020-10-01',
      lastDay: '2020-10-08',
      makeUpWorkingDays: ['2020-09-27', '2020-10-10'],
    },
  ],
};
