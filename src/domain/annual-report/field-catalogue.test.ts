import { describe, expect, it } from 'vitest';
import { fieldCatalogue2021, fieldCatalogueTrial2019 } from './field-catalogue.ts';

describe('the 2021 field catalogue', () => {
  it('defines 10 + 175 + 15 = 200 cells in that table order', () => {
    const perTable = { 二: 0, 三: 0, 四: 0 };
    for (const cell of fieldCatalogue2021.cells) perTable[cell.table] += 1;
    expect(perTable).toEqual({ 二: 10, 三: 175, 四: 15 });
    const tables = fieldCatalogue2021.cells.map((cell) => cell.table).join('');
    expect(tables).toBe('二'.repeat(10) + '三'.repeat(175) + '四'.repeat(15));
  });

  it('writes listing rows and columns with the exact labels of report-format.md', () => {
    const listing = fieldCatalogue2021.cells.map((cell) => `${cell.listingRow}|${cell.listingColumn}`);
    expect(listing[0]).toBe('规章|本年制发件数');
    expect(listing[9]).toBe('行政事业性收费|本年收费金额（单位：万元）');
    expect(listing).toContain('（三）不予公开/1.属于国家秘密|自然人');
    expect(listing).toContain('（七）总计|商业企业');
    expect(listing).toContain('行政诉讼/复议后起诉|尚未审结');
    expect(listing[10]).toBe('一、本年新收政府信息公开申请数量|自然人');
    expect(listing[199]).toBe('行政诉讼/复议后起诉|总计');
  });

  it('gives every cell a unique key and marks only the fee as an amount', () => {
    expect(new Set(fieldCatalogue2021.cells.map((cell) => cell.key)).size).toBe(200);
    const amounts = fieldCatalogue2021.cells.filter((cell) => cell.valueKind === 'amountTenThousandYuan');
    expect(amounts.map((cell) => cell.key)).toEqual(['table2.fees.amount']);
  });
});

describe('the 2019 trial catalogue', () => {
  it('has the trial table 二 and a single （六）其他处理 row', () => {
    const tableTwo = fieldCatalogueTrial2019.cells.filter((cell) => cell.table === '二');
    expect(tableTwo).toHaveLength(6 + 6 + 6 + 2 + 2);
    const otherHandling = fieldCatalogueTrial2019.cells.filter((cell) =>
      cell.listingRow.startsWith('（六）'),
    );
    expect(otherHandling.map((cell) => cell.listingRow)).toEqual(Array(7).fill('（六）其他处理'));
    expect(fieldCatalogueTrial2019.cells.filter((cell) => cell.table === '三')).toHaveLength(23 * 7);
  });
});
