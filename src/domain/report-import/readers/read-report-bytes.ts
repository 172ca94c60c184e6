import type { ReportImportResult } from '../report-import-result.ts';
import { readDocxReport } from './read-docx-report.ts';
import { readHtmlReport } from './read-html-report.ts';
import { readTextReport } from './read-text-report.ts';

export type ReportFileKind = 'html' | 'docx' | 'text' | 'pdf' | 'legacyWord' | 'zip' | 'unknown';

/** The kind of a report file, from its content (the name only breaks a tie). */
export function detectReportFileKind(options: { bytes: Uint8Array; fileName?: string }): ReportFileKind {
  const { bytes } = options;
  const name = options.fileName?.toLowerCase() ?? '';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'legacyWord';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4000)));
    return head.includes('word/') || head.includes('[Content_Types].xml') || name.endsWith('.docx')
      ? name.endsWith('.zip')
        ? 'zip'
        : 'docx'
      : 'zip';
  }
  if (bytes.includes(0)) return 'unknown';
  const start = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, Math.min(bytes.length, 2000)))
    .trimStart()
    .toLowerCase();
  if (
    start.startsWith('<!doctype html') ||
    start.startsWith('<html') ||
    /<(body|table|p|div)[\s>]/.test(start)
  )
    return 'html';
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
  return 'text';
}

export class UnreadableReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableReportError';
  }
}

/** Reads a report from the bytes of a file of any supported kind. */
export async function readReportBytes(options: {
  bytes: Uint8Array;
  fileName?: string;
}): Promise<ReportImportResult> {
  const kind = detectReportFileKind(options);
  switch (kind) {
    case 'html':
      return readHtmlReport(new TextDecoder('utf-8').decode(options.bytes));
    case 'docx':
      return readDocxReport(options.bytes);
    case 'text':
      return readTextReport(new TextDecoder('utf-8').decode(options.bytes));
    case 'pdf':
      throw new UnreadableReportError('这是 PDF 文件，暂不能直接读取；请先转换为文本或 Word 文件。');
    case 'legacyWord':
      throw new UnreadableReportError(
        '这是旧版 Word（.doc）或 WPS 文件，无法直接读取；请另存为 .docx 后再导入。',
      );
    case 'zip':
      throw new UnreadableReportError('这是压缩包，请解压后逐个导入其中的报告文件。');
    case 'unknown':
      throw new UnreadableReportError('无法识别的文件格式（支持 HTML、Word .docx 和文本文件）。');
    default: {
      const exhaustive: never = kind;
      return exhaustive;
    }
  }
}
