import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Letter } from '../../domain/applications/letters/letter.ts';
import { buildSampleLetter } from '../../domain/applications/letters/sample-letters.ts';
import { readZipEntries } from '../../use-cases/import-report/read-zip-entries.ts';
import { resolveCjkFont } from './cjk-font.ts';
import { renderLetterDocx } from './letter-docx.ts';
import { renderLetterPdf } from './letter-pdf.ts';
import { chineseFontProblem, extractPdfText, isCommandAvailable } from '../pdf/pdf-test-support.ts';

const partial = buildSampleLetter('decision.partiallyDisclosed');

function zipText(archive: Buffer, name: string): string {
  const entry = readZipEntries(archive).find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${name} missing`);
  return new TextDecoder().decode(entry.bytes);
}

/** Text of a PDF as pdftotext extracts it, without white space (lines wrap anywhere in Chinese). */
function compactPdfText(pdf: Buffer): string {
  return extractPdfText(pdf).replace(/\s+/g, '').replace(/—\d+—/g, '');
}

describe('renderLetterDocx', () => {
  it('writes the Chinese text, A4 geometry, the 2-character indent, fonts and page numbers into word/document.xml', async () => {
    const archive = await renderLetterDocx(partial);
    const xml = zipText(archive, 'word/document.xml');
    for (const expected of [
      '政府信息公开申请答复告知书',
      '示商务依复〔2025〕12号',
      '张三：',
      partial.remedyNotice ?? '',
      '根据《中华人民共和国政府信息公开条例》第三十七条的规定',
      '附件：示范市2024年度外贸发展专项资金项目清单（共3页）',
      '示范市商务局',
      '2025年10月17日',
      '（印章）',
    ]) {
      expect(xml).toContain(expected);
    }
    expect(xml).toMatch(/<w:pgSz w:w="1190[0-9]" w:h="1683[0-9]"/);
    expect(xml).toContain('w:firstLine="640"');
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="黑体"');
    const footers = readZipEntries(archive).filter((entry) => entry.name.startsWith('word/footer'));
    expect(footers.map((entry) => new TextDecoder().decode(entry.bytes)).join('')).toContain('PAGE');
    expect(zipText(archive, 'word/styles.xml')).toContain('w:eastAsia="宋体"');
  });

  it('escapes for XML what the model keeps as written', async () => {
    const letter: Letter = { ...partial, paragraphs: ['申请内容：<b>A&B</b>'] };
    const xml = zipText(await renderLetterDocx(letter), 'word/document.xml');
    expect(xml).toContain('申请内容：&lt;b&gt;A&amp;B&lt;/b&gt;');
    expect(xml).not.toContain('<b>A&B');
  });

  it('marks a draft', async () => {
    const xml = zipText(await renderLetterDocx({ ...partial, isDraft: true }), 'word/document.xml');
    expect(xml).toContain('草稿：答复尚未经政府信息公开工作机构负责人审批');
  });
});

describe('renderLetterPdf', () => {
  const fontProblem = chineseFontProblem();
  let rendered: Promise<Buffer> | null = null;
  const partialPdf = (): Promise<Buffer> => (rendered ??= renderLetterPdf(partial));

  it('embeds a subset of the Chinese font', async (context) => {
    context.skip(fontProblem !== null, `no Chinese font on this machine: ${fontProblem ?? ''}`);
    const pdf = await partialPdf();
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+\S+/);
    expect(raw).toMatch(/\/FontFile[23]? /);
  });

  it('extracts as the right Chinese text with pdftotext', async (context) => {
    context.skip(fontProblem !== null, `no Chinese font on this machine: ${fontProblem ?? ''}`);
    context.skip(
      !isCommandAvailable('pdftotext'),
      'pdftotext is not installed (apt-get install poppler-utils)',
    );
    const text = compactPdfText(await partialPdf());
    for (const expected of [
      partial.title,
      partial.documentNumber ?? '',
      ...partial.paragraphs,
      partial.signature.agencyName,
      partial.signature.dateText,
    ]) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
  });

  it('says in Chinese when the configured font cannot be used', () => {
    expect(() => resolveCjkFont({ role: 'body', fontPath: '/nonexistent/font.ttf' })).toThrow(
      '字体文件不存在：/nonexistent/font.ttf',
    );
  });

  it('refuses a font without Chinese glyphs', (context) => {
    const latinFont = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    context.skip(
      !isCommandAvailable('fc-list') || !execFileSync('fc-list').toString().includes(latinFont),
      `${latinFont} is not installed`,
    );
    expect(() => resolveCjkFont({ role: 'body', fontPath: latinFont })).toThrow('不含中文字形');
  });
});
