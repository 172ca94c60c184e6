import type { FastifyReply } from 'fastify';
import type { AnnualReport } from '../../domain/annual-report/annual-report.ts';
import { renderReportDocx } from '../../render/annual-report-docx.ts';
import { renderReportPdf } from '../../render/annual-report-pdf.ts';
import { CjkFontError } from '../../render/letters/cjk-font.ts';
import { docxMediaType } from './letter-files.ts';

export type ReportFileFormat = 'docx' | 'pdf';

/** The file name of a report download, e.g. `某局2024年政府信息公开工作年度报告.pdf`; a draft says so. */
export function reportFileName(options: {
  agencyName: string;
  year: number;
  format: ReportFileFormat | 'json';
  isDraft?: boolean;
}): string {
  const draft = options.isDraft === true ? '（草稿）' : '';
  return `${options.agencyName}${options.year}年政府信息公开工作年度报告${draft}.${options.format}`;
}

/**
 * Renders a report as DOCX or PDF, or gives the Chinese reason when the PDF cannot be made for
 * want of a Chinese font (the route answers 503 with it rather than a PDF of empty boxes).
 */
export async function renderReportFile(options: {
  report: AnnualReport;
  format: ReportFileFormat;
  /** Printed above the title of the PDF, e.g. that it is a draft. */
  notice?: string;
}): Promise<{ content: Buffer; mediaType: string } | { fontProblem: string }> {
  if (options.format === 'docx') {
    return { content: await renderReportDocx(options.report), mediaType: docxMediaType };
  }
  try {
    const content = await renderReportPdf(
      options.report,
      options.notice === undefined ? {} : { notice: options.notice },
    );
    return { content, mediaType: 'application/pdf' };
  } catch (error) {
    if (!(error instanceof CjkFontError)) throw error;
    return {
      fontProblem: `暂时无法生成 PDF：服务器缺少中文字体（${error.message}）。请下载 Word（DOCX）版本。`,
    };
  }
}

/** Sends a download with its Chinese file name (RFC 5987 `filename*`). */
export function sendReportFile(
  reply: FastifyReply,
  file: { content: Buffer | string; mediaType: string; fileName: string },
): FastifyReply {
  return reply
    .type(file.mediaType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.content);
}
