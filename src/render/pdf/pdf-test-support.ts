import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CjkFontError, resolveCjkFont } from '../letters/cjk-font.ts';

/** Test support: true when the command runs on this machine (`pdftotext`, `fc-list`). */
export function isCommandAvailable(command: string): boolean {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Test support: why no Chinese body font can be found here, or null when one can. */
export function chineseFontProblem(): string | null {
  try {
    resolveCjkFont({ role: 'body' });
    return null;
  } catch (error) {
    return error instanceof CjkFontError ? error.message : String(error);
  }
}

/**
 * Test support: the text of a PDF, or of one page, as pdftotext extracts it; `isLayout` keeps the
 * cells of a table row on one line.
 */
export function extractPdfText(pdf: Buffer, options: { page?: number; isLayout?: boolean } = {}): string {
  const pages = options.page === undefined ? [] : ['-f', String(options.page), '-l', String(options.page)];
  const layout = options.isLayout === true ? ['-layout'] : [];
  const folder = mkdtempSync(path.join(tmpdir(), 'gongkai-pdf-'));
  try {
    const file = path.join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', ...layout, ...pages, file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
