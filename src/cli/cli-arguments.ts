import { isIsoDate, type IsoDate } from '../domain/calendar/iso-date.ts';
import { CliError } from './cli-error.ts';

/** A `YYYY-MM-DD` argument, or a CliError in Chinese naming the argument. */
export function parseDateArgument(options: { text: string; label: string }): IsoDate {
  const text = options.text.trim();
  if (!isIsoDate(text))
    throw new CliError(`${options.label}“${options.text}”不是有效日期，应为 YYYY-MM-DD，例如 2025-01-24`);
  return text;
}

export function parsePositiveIntegerArgument(options: { text: string; label: string }): number {
  const text = options.text.trim();
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new CliError(`${options.label}“${options.text}”应为不小于1的整数`);
  return Number(text);
}
