import type { YearArrangement } from '../year-arrangement.ts';

/** The 2022 holiday arrangement: 国务院办公厅关于2022年部分节假日安排的通知 (国办发明电〔2021〕11号). */
export const arrangement2022: YearArrangement = {
  year: 2022,
  sources: [
    {
      title: '国务院办公厅关于2022年部分节假日安排的通知',
      documentNumber: '国办发明电〔2021〕11号',
      issuedOn: '2021-10-25',
    },
  ],
  holidays: [
    { name: '元旦', firstDay: '2022-01-01', lastDay: '2022-01-03', makeUpWorkingDays: [] },
    {
      name: '春节',
      firstDay: '2022-01-31',
      lastDay: '2022-02-06',
      makeUpWorkingDays: ['2022-01-29', '2022-01-30'],
    },
    { name: '清明节', firstDay: '2022-04-03', lastDay: '2022-04-05', makeUpWorkingDays: ['2022-04-02'] },
    {
      name: '劳动节',
      firstDay: '2022-04-30',
      lastDay: '2022-05-04',
      makeUpWorkingDays: ['2022-04-24', '2022-05-07'],
    },
    { name: '端午节', firstDay: '2022-06-03', lastDay: '2022-06-05', makeUpWorkingDays: [] },
    { name: '中秋节', firstDay: '2022-09-10', lastDay: '2022-09-12', makeUpWorkingDays: [] },
    {
      name: '国庆节',
      firstDay: '2022-10-01',
      lastDay: '2022-10-07',
      makeUpWorkingDays: ['2022-10-08', '2022-10-09'],
    },
  ],
};
