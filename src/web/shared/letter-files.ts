import type { FastifyReply } from 'fastify';
import type { Letter } from '../../domain/applications/letters/letter.ts';
import { CjkFontError } from '../../render/letters/cjk-font.ts';
import { renderLetterDocx } from '../../render/letters/letter-docx.ts';
import { renderLetterPdf } from '../../render/letters/letter-pdf.ts';

export type LetterFormat = 'docx' | 'pdf';

export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The file name of a letter download: its title and 文号 (or the case number). */
export function letterFileName(letter: Letter, format: LetterFormat): string {
  return `${letter.title}-${letter.documentNumber ?? letter.caseNumber}.${format}`;
}

/** Renders a letter in the format, or the Chinese reason when the PDF cannot be made for want of a CJK font. */
export async function renderLetterFile(
  letter: Letter,
  format: LetterFormat,
): Promise<{ content: Buffer; mediaType: string } | { fontProblem: string }> {
  if (format === 'docx') return { content: await renderLetterDocx(letter), mediaType: docxMediaType };
  try {
    return { content: await renderLetterPdf(letter), mediaType: 'application/pdf' };
  } catch (error) {
    if (!(error instanceof CjkFontError)) throw error;
    return { fontProblem: `暂时无法生成 PDF：服务器缺少中文字体（${error.message}）。请下载 DOCX 版本。` };
  }
}

export function sendLetterFile(
  reply: FastifyReply,
  file: { content: Buffer; mediaType: string; fileName: string },
): FastifyReply {
  return reply
    .type(file.mediaType)
    .header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.content);
}
