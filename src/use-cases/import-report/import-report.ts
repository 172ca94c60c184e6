import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { diagnoseReportPage } from '../../domain/report-import/readers/diagnose-report-page.ts';
import {
  detectReportFileKind,
  readReportBytes,
  UnreadableReportError,
} from '../../domain/report-import/readers/read-report-bytes.ts';
import type { ReportImportResult } from '../../domain/report-import/report-import-result.ts';
import { fetchReportUrl } from './fetch-report-url.ts';
import { readZipEntries } from './read-zip-entries.ts';
import { ReportSourceError } from './report-source-error.ts';

export type ImportedReport = ReportImportResult & { source: string; name: string };

const largestFileBytes = 50 * 1024 * 1024;

export function isUrlSource(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

async function loadSource(options: {
  source: string;
  allowPrivate: boolean;
}): Promise<{ bytes: Uint8Array; name: string; isWebPage: boolean }> {
  if (isUrlSource(options.source)) {
    const page = await fetchReportUrl({ url: options.source, allowPrivate: options.allowPrivate });
    const name = basename(new URL(page.finalUrl).pathname) || new URL(page.finalUrl).hostname;
    return { bytes: page.bytes, name, isWebPage: true };
  }
  try {
    const bytes = await readFile(options.source);
    if (bytes.length > largestFileBytes)
      throw new ReportSourceError(`文件过大（超过 ${largestFileBytes} 字节）。`);
    return { bytes: new Uint8Array(bytes), name: basename(options.source), isWebPage: false };
  } catch (error) {
    if (error instanceof ReportSourceError) throw error;
    const code = (error as { code?: string }).code;
    throw new ReportSourceError(
      code === 'ENOENT'
        ? `文件不存在：${options.source}`
        : code === 'EISDIR'
          ? `这是一个目录，不是文件：${options.source}`
          : `无法读取文件：${options.source}`,
    );
  }
}

/** Reads the bytes of one report and checks it; `name` is the file name, used to break ties on the kind. */
export async function importReportBytes(options: {
  bytes: Uint8Array;
  name: string;
  source: string;
}): Promise<ImportedReport> {
  let result: ReportImportResult;
  try {
    result = await readReportBytes({ bytes: options.bytes, fileName: options.name });
  } catch (error) {
    if (error instanceof UnreadableReportError) throw new ReportSourceError(error.message);
    throw new ReportSourceError(`无法读取报告：${error instanceof Error ? error.message : String(error)}`);
  }
  const hasNoTables =
    result.importFindings.filter((finding) => finding.code === 'tableNotFound').length === 3;
  if (hasNoTables && detectReportFileKind({ bytes: options.bytes, fileName: options.name }) === 'html') {
    const diagnosis = diagnoseReportPage(new TextDecoder('utf-8').decode(options.bytes));
    if (diagnosis) throw new ReportSourceError(diagnosis.message);
  }
  if (hasNoTables && result.report.sections.overview === undefined) {
    throw new ReportSourceError('未在其中找到年度报告（既没有六个部分的标题，也没有统计表）。');
  }
  return { ...result, source: options.source, name: options.name };
}

/**
 * Imports one published report from a file or an http(s) address: reads it, maps it to the model
 * and runs the checks. A web page that holds no report gets a message saying what it is instead.
 */
export async function importReport(options: {
  source: string;
  allowPrivate?: boolean;
}): Promise<ImportedReport> {
  const loaded = await loadSource({ source: options.source, allowPrivate: options.allowPrivate === true });
  return importReportBytes({ bytes: loaded.bytes, name: loaded.name, source: options.source });
}

/** One report to import: a file, an address, or a file inside a .zip archive. */
export type ReportInput = { source: string; run: () => Promise<ImportedReport> };

function isZipArchive(bytes: Uint8Array, name: string): boolean {
  return detectReportFileKind({ bytes, fileName: name }) === 'zip';
}

/**
 * The reports named by the command line: a .zip archive stands for each file in it. An archive
 * that cannot be opened is returned as an input that fails with the reason.
 */
export async function listReportInputs(options: {
  sources: readonly string[];
  allowPrivate?: boolean;
}): Promise<ReportInput[]> {
  const inputs: ReportInput[] = [];
  for (const source of options.sources) {
    if (isUrlSource(source) || !source.toLowerCase().endsWith('.zip')) {
      inputs.push({
        source,
        run: () => importReport({ source, allowPrivate: options.allowPrivate === true }),
      });
      continue;
    }
    try {
      const loaded = await loadSource({ source, allowPrivate: false });
      if (!isZipArchive(loaded.bytes, loaded.name)) {
        inputs.push({
          source,
          run: () => importReportBytes({ bytes: loaded.bytes, name: loaded.name, source }),
        });
        continue;
      }
      for (const entry of readZipEntries(loaded.bytes)) {
        const entrySource = `${source}#${entry.name}`;
        inputs.push({
          source: entrySource,
          run: () =>
            importReportBytes({ bytes: entry.bytes, name: basename(entry.name), source: entrySource }),
        });
      }
    } catch (error) {
      inputs.push({
        source,
        run: () => Promise.reject(error instanceof Error ? error : new Error(String(error))),
      });
    }
  }
  return inputs;
}
