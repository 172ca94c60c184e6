import { z } from 'zod';
import { findArrangementProblems } from '../find-arrangement-problems.ts';
import { isIsoDate, type IsoDate } from '../iso-date.ts';
import type { YearArrangement } from '../year-arrangement.ts';
import type { ArrangementImportResult } from './arrangement-import-result.ts';

/** The JSON import format (docs/calendar-format.md); `format` and `version` identify it. */
export const arrangementJsonFormat = 'gongkai-holiday-arrangement';
export const arrangementJsonVersion = 1;

const isoDateSchema = z
  .string({ error: '应为 YYYY-MM-DD 格式的日期' })
  .refine((text): text is IsoDate => isIsoDate(text), { error: '应为 YYYY-MM-DD 格式的真实日期' });

const arrangementSchema = z.strictObject(
  {
    format: z.literal(arrangementJsonFormat, { error: `应为 "${arrangementJsonFormat}"` }),
    version: z.literal(arrangementJsonVersion, { error: `应为 ${arrangementJsonVersion}` }),
    year: z.number({ error: '应为数字' }).int({ error: '应为整数' }),
    sources: z
      .array(
        z.strictObject({
          title: z.string({ error: '应为文字' }).trim().min(1, { error: '不能为空' }),
          documentNumber: z
            .string({ error: '应为文字或 null' })
            .trim()
            .min(1, { error: '不能为空，未知时写 null' })
            .nullable()
            .optional(),
          issuedOn: isoDateSchema,
        }),
        { error: '应为列表' },
      )
      .min(1, { error: '至少需要一项来源通知' }),
    holidays: z.array(
      z.strictObject({
        name: z.string({ error: '应为文字' }).trim().min(1, { error: '不能为空' }),
        firstDay: isoDateSchema,
        lastDay: isoDateSchema,
        makeUpWorkingDays: z.array(isoDateSchema, { error: '应为日期列表，没有时写 []' }),
      }),
      { error: '应为列表' },
    ),
  },
  { error: '应为 JSON 对象' },
);

const fieldNames: Record<string, string> = {
  format: '格式标识 format',
  version: '版本 version',
  year: '年份 year',
  sources: '来源通知 sources',
  title: '标题 title',
  documentNumber: '文号 documentNumber',
  issuedOn: '发布日期 issuedOn',
  holidays: '节假日 holidays',
  name: '名称 name',
  firstDay: '放假开始日期 firstDay',
  lastDay: '放假结束日期 lastDay',
  makeUpWorkingDays: '调休上班日 makeUpWorkingDays',
};

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '文件';
  return path
    .map((part) =>
      typeof part === 'number' ? `第${part + 1}项` : (fieldNames[String(part)] ?? String(part)),
    )
    .join('的');
}

/**
 * Reads an arrangement in the JSON import format and validates it (structure, then the rules of
 * `findArrangementProblems`). Never throws on bad input: every problem comes back in Chinese.
 */
export function parseArrangementJson(text: string): ArrangementImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      isValid: false,
      errors: [`不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const parsed = arrangementSchema.safeParse(data);
  if (!parsed.success) {
    return {
      isValid: false,
      errors: parsed.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys'
          ? `${describePath(issue.path)}有未知字段：${issue.keys.join('、')}`
          : `${describePath(issue.path)}${issue.message}`,
      ),
    };
  }
  const { year, sources, holidays } = parsed.data;
  const arrangement: YearArrangement = {
    year,
    sources: sources.map((source) => ({
      title: source.title,
      documentNumber: source.documentNumber ?? null,
      issuedOn: source.issuedOn,
    })),
    holidays,
  };
  const problems = findArrangementProblems(arrangement);
  return problems.length > 0 ? { isValid: false, errors: problems } : { isValid: true, arrangement };
}

/** Writes an arrangement in the JSON import format (for export and for documentation examples). */
export function formatArrangementJson(arrangement: YearArrangement): string {
  return `${JSON.stringify({ format: arrangementJsonFormat, version: arrangementJsonVersion, ...arrangement }, null, 2)}\n`;
}
