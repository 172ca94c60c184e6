import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { findAgencyBySlug } from '../db/repositories/agencies.ts';
import { renderImportSummaryCsv } from '../render/import-summary-csv.ts';
import { isUrlSource } from '../use-cases/import-report/import-report.ts';
import {
  importReportFiles,
  type BatchLine,
  type ReportUpload,
} from '../use-cases/imported-reports/import-report-files.ts';
import { CliError } from './cli-error.ts';
import { cliActor, withDatabase } from './with-database.ts';

async function uploadOf(source: string): Promise<ReportUpload> {
  if (isUrlSource(source)) return { kind: 'address', url: source };
  try {
    return { kind: 'file', name: basename(source), bytes: new Uint8Array(await readFile(source)) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Error(code === 'ENOENT' ? `文件不存在：${source}` : `无法读取文件：${source}`);
  }
}

/**
 * `gongkai import FILE... --store --agency SLUG`: stores each report for the supervising agency
 * SLUG through the same use case as the back office (as the `system:cli` actor); prints the summary
 * CSV. Fails only when no report could be stored.
 */
export async function storeImportedReports(options: {
  sources: readonly string[];
  agencySlug: string;
  isPrivateAddressAllowed: boolean;
}): Promise<void> {
  await withDatabase(async ({ context }) => {
    const agency = await findAgencyBySlug(context.db, options.agencySlug);
    if (!agency)
      throw new CliError(`机关“${options.agencySlug}”不存在（请用 gongkai agency list 查看网址标识）`);
    const lines: BatchLine[] = [];
    for (const source of options.sources) {
      let upload: ReportUpload;
      try {
        upload = await uploadOf(source);
      } catch (error) {
        lines.push({
          source,
          outcome: 'failed',
          reportId: null,
          summary: null,
          error: (error as Error).message,
        });
        continue;
      }
      const batch = await importReportFiles(context, cliActor, {
        ownerAgencyId: agency.id,
        uploads: [upload],
        isPrivateAddressAllowed: options.isPrivateAddressAllowed,
      });
      lines.push(...batch);
      for (const line of batch) {
        process.stderr.write(
          line.error === null
            ? `${line.source}：已${line.outcome === 'updated' ? '更新' : '保存'}\n`
            : `${line.source}：${line.error}\n`,
        );
      }
    }
    process.stdout.write(
      renderImportSummaryCsv(
        lines.map((line) => ({ file: line.source, summary: line.summary, error: line.error })),
      ),
    );
    const storedCount = lines.filter((line) => line.outcome !== 'failed').length;
    process.stderr.write(`共 ${lines.length} 份，保存 ${storedCount} 份到“${agency.name}”\n`);
    if (storedCount === 0) throw new CliError('没有一份报告能够保存');
  });
}
