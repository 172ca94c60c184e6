import type { YearArrangement } from '../year-arrangement.ts';

/** The 2019 holiday arrangement: 国务院办公厅关于2019年部分节假日安排的通知 (国办发明电〔2018〕15号). */
export const arrangement2019: YearArrangement = {
  year: 2019,
  sources: [
    {
      title: '国务院办公厅关于2019年部分节假日安排的通知',
      documentNumber: '国办发明电〔2018〕15号',
      issuedOn: '2018-12-04',
    },
    {
      title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
      documentNumber: '国办发明电〔2019〕3号',
      issuedOn: '2019-03-22',
    },
  ],
  holidays: [
    { name: '元旦', firstDay: '2018-12-30', lastDay: '2019-01-01', makeUpWorkingDays: ['2018-12-29'] },
    {
      name: '春节',
      firstDay: '2019-02-04',
      lastDay: '2019-02-10',
      makeUpWorkingDays: ['2019-02-02', '2019-02-03'],
    },
    { name: '清明节', firstDay: '2019-04-05', lastDay: '2019-04-07', makeUpWorkingDays: [] },
    // As amended by 国办发明电〔2019〕3号 (originally 1 May only).
    {
      name: '劳动节',
      firstDay: '2019-05-01',
      lastDay: '2019-05-04',
      makeUpWorkingDays: ['2019-04-28', '2019-05-05'],
    },
    { name: '端午节', firstDay: '2019-06-07', lastDay: '2019-06-09', makeUpWorkingDays: [] },
    { name: '中秋节', firstDay: '2019-09-13', lastDay: '2019-09-15', makeUpWorkingDays: [] },
    {
      name: '国庆节',
      firstDay: '2019-10-01',
      lastDay: '2019-10-07',
      makeUpWorkingDays: ['2019-09-29', '2019-10-12'],
    },
  ],
};
