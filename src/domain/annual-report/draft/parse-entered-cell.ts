import type { CellValue } from '../cell-value.ts';
import type { CellDefinition } from '../field-catalogue-types.ts';

export type EnteredCellResult = { isValid: true; value: CellValue } | { isValid: false; message: string };

const fullWidthDigits = /[０-９．]/g;

function toHalfWidth(text: string): string {
  return text.replace(fullWidthDigits, (character) =>
    character === '．' ? '.' : String.fromCharCode(character.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Reads what staff typed into one cell. Blank, "/" and 0 stay different values (architecture
 * rule 3): blank is "not filled in yet" (check 5 reports it), "/" is "not applicable" and only
 * table 二 may say so, a count is a non-negative integer, an amount in 万元 a non-negative number
 * with at most four decimals. Anything else is refused with a message saying what to write.
 */
export function parseEnteredCell(options: { cell: CellDefinition; text: string }): EnteredCellResult {
  const { cell } = options;
  const text = toHalfWidth(options.text.trim());
  if (text === '') return { isValid: true, value: { kind: 'blank', text: '' } };
  if (text === '/' || text === '／') {
    if (cell.table !== '二') return { isValid: false, message: `表${cell.table}应填写数字，不能填写“/”` };
    return { isValid: true, value: { kind: 'notApplicable', text: '/' } };
  }
  if (cell.valueKind === 'amountTenThousandYuan') {
    if (!/^\d+(\.\d{1,4})?$/.test(text)) {
      return { isValid: false, message: '请填写非负金额（单位：万元，最多四位小数），不适用填“/”' };
    }
    return { isValid: true, value: { kind: 'number', value: Number(text), text } };
  }
  if (!/^\d+$/.test(text)) {
    return {
      isValid: false,
      message: cell.table === '二' ? '请填写非负整数（无则填 0），不适用填“/”' : '请填写非负整数（无则填 0）',
    };
  }
  if (text.length > 9) return { isValid: false, message: '数字过大，请核对' };
  const value = Number(text);
  return { isValid: true, value: { kind: 'number', value, text: String(value) } };
}
