import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { describeActor, type Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { checkAnnualReport } from '../../domain/annual-report/checks/check-annual-report.ts';
import { summariseImport, type ImportSummary } from '../../domain/report-import/import-summary.ts';
import { detectReportFileKind } from '../../domain/report-import/readers/read-report-bytes.ts';
import { agencyTarget, findAgencyById, lockAgencyRow } from '../../db/repositories/agencies.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import {
  findAgencyByNameInSubtree,
  findImportedReportByHash,
  findPreviousYearReport,
  insertImportedReport,
  updateImportedReport,
} from '../../db/repositories/imported-reports.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { fetchReportUrl } from '../import-report/fetch-report-url.ts';
import { importReportBytes, type ImportedReport } from '../import-report/import-report.ts';
import { readZipEntries } from '../import-report/read-zip-entries.ts';
import { ReportSourceError } from '../import-report/report-source-error.ts';
import { storedReportOf } from './stored-report.ts';

/** A file sent by the user (a report or a .zip of reports), or an http(s) address to fetch. */
export type ReportUpload =
  { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'address'; url: string };

/** What happened to one report of a batch. */
export type BatchLine = {
  source: string;
  outcome: 'stored' | 'updated' | 'failed';
  reportId: string | null;
  summary: ImportSummary | null;
  /** Why the report could not be read (Chinese); null when it was stored. */
  error: string | null;
};

type LoadedReport = { source: string; bytes: Uint8Array; name: string };

function errorMessage(error: unknown): string {
  if (error instanceof ReportSourceError) return error.message;
  return `读取失败：${error instanceof Error ? error.message : String(error)}`;
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The reports of one upload: itself, each file of a .zip, or the page at an address. */
async function loadUpload(options: {
  upload: ReportUpload;
  isPrivateAddressAllowed: boolean;
}): Promise<LoadedReport[]> {
  const { upload } = options;
  if (upload.kind === 'address') {
    const page = await fetchReportUrl({ url: upload.url, allowPrivate: options.isPrivateAddressAllowed });
    const finalUrl = new URL(page.finalUrl);
    return [
      { source: upload.url, bytes: page.bytes, name: basename(finalUrl.pathname) || finalUrl.hostname },
    ];
  }
  if (detectReportFileKind({ bytes: upload.bytes, fileName: upload.name }) !== 'zip') {
    return [{ source: upload.name, bytes: upload.bytes, name: upload.name }];
  }
  return readZipEntries(upload.bytes).map((entry) => ({
    source: `${upload.name}#${entry.name}`,
    bytes: entry.bytes,
    name: basename(entry.name),
  }));
}

/**
 * Stores one read report in one transaction with its event: last year's report of the same agency
 * name (same owner) is looked up and the checks run again with it (report-format.md rules 6, 7 and
 * 9); the same bytes imported before by the same owner update that row instead of adding one.
 */
async function storeReport(options: {
  context: UseCaseContext;
  actor: Actor;
  ownerAgencyId: string;
  loaded: LoadedReport;
  imported: ImportedReport;
}): Promise<BatchLine> {
  const { context, imported } = options;
  const sha256 = sha256Of(options.loaded.bytes);
  return context.db.transaction(async (transaction) => {
    // Two imports of the same new bytes at the same instant: the second waits here, then finds
    // the first one's row by its hash and updates it (no unique-violation error for the user).
    await lockAgencyRow(transaction, options.ownerAgencyId);
    const { report, importFindings } = imported;
    const previous =
      report.agencyName !== null && report.year !== null
        ? await findPreviousYearReport(transaction, {
            agencyId: options.ownerAgencyId,
            reportedAgencyName: report.agencyName,
            year: report.year,
          })
        : undefined;
    const checkFindings = previous
      ? checkAnnualReport({ report, previousReport: storedReportOf(previous).report })
      : imported.checkFindings;
    const summary = summariseImport({ report, importFindings, checkFindings });
    const linkedAgencyId =
      report.agencyName === null
        ? undefined
        : await findAgencyByNameInSubtree(transaction, {
            rootAgencyId: options.ownerAgencyId,
            name: report.agencyName,
          });
    const now = context.now();
    const fields = {
      reportedAgencyName: report.agencyName,
      linkedAgencyId: linkedAgencyId ?? null,
      year: report.year,
      format: report.format,
      source: options.loaded.source,
      report,
      importFindings,
      checkFindings,
      sectionsFound: summary.sectionsFound,
      cellsRead: summary.cellsRead,
      hardFailureCount: summary.hardFailures,
      warningCount: summary.warnings,
      importedAt: now,
      importedBy: describeActor(options.actor),
    };
    const existing = await findImportedReportByHash(transaction, { agencyId: options.ownerAgencyId, sha256 });
    const row = existing
      ? await updateImportedReport(transaction, { id: existing.id, changes: fields })
      : await insertImportedReport(transaction, {
          ...fields,
          id: randomUUID(),
          agencyId: options.ownerAgencyId,
          sha256,
        });
    await appendEvent(transaction, {
      agencyId: options.ownerAgencyId,
      actor: describeActor(options.actor),
      kind: existing ? 'report.reimported' : 'report.imported',
      subjectType: 'importedReport',
      subjectId: row.id,
      payload: {
        source: fields.source,
        sha256,
        reportedAgencyName: fields.reportedAgencyName,
        linkedAgencyId: fields.linkedAgencyId,
        year: fields.year,
        format: fields.format,
        hardFailures: summary.hardFailures,
        warnings: summary.warnings,
        previousReportId: previous?.id ?? null,
      },
      occurredAt: now,
    });
    return {
      source: options.loaded.source,
      outcome: existing ? 'updated' : 'stored',
      reportId: row.id,
      summary,
      error: null,
    } satisfies BatchLine;
  });
}

/**
 * Imports a batch of published annual reports (files, .zip archives, addresses) and stores each one
 * for the owning agency (`report.import` on it). Each report is read on its own: one that cannot be
 * read is reported in its line and the batch goes on; each stored report is saved with its event in
 * its own transaction, so nothing is ever half-saved.
 */
export async function importReportFiles(
  context: UseCaseContext,
  actor: Actor,
  options: {
    ownerAgencyId: string;
    uploads: readonly ReportUpload[];
    /** Only the CLI's --allow-private sets this; a server never fetches private addresses. */
    isPrivateAddressAllowed?: boolean;
  },
): Promise<BatchLine[]> {
  const owner = await findAgencyById(context.db, options.ownerAgencyId);
  if (!owner) throw new NotFoundError('找不到该机关');
  assertMay(actor, 'report.import', await agencyTarget(context.db, owner.id));
  const lines: BatchLine[] = [];
  for (const upload of options.uploads) {
    const uploadSource = upload.kind === 'file' ? upload.name : upload.url;
    let loadedReports: LoadedReport[];
    try {
      loadedReports = await loadUpload({
        upload,
        isPrivateAddressAllowed: options.isPrivateAddressAllowed === true,
      });
    } catch (error) {
      lines.push({
        source: uploadSource,
        outcome: 'failed',
        reportId: null,
        summary: null,
        error: errorMessage(error),
      });
      continue;
    }
    if (loadedReports.length === 0) {
      lines.push({
        source: uploadSource,
        outcome: 'failed',
        reportId: null,
        summary: null,
        error: '压缩包中没有文件。',
      });
    }
    for (const loaded of loadedReports) {
      let imported: ImportedReport;
      try {
        imported = await importReportBytes({ bytes: loaded.bytes, name: loaded.name, source: loaded.source });
      } catch (error) {
        lines.push({
          source: loaded.source,
          outcome: 'failed',
          reportId: null,
          summary: null,
          error: errorMessage(error),
        });
        continue;
      }
      lines.push(await storeReport({ context, actor, ownerAgencyId: owner.id, loaded, imported }));
    }
  }
  return lines;
}
