import { describe, expect, it } from 'vitest';
import { detectReportFileKind, readReportBytes } from './read-report-bytes.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('detectReportFileKind', () => {
  it.each([
    [encode('<!DOCTYPE html><html><body>x</body></html>'), 'page.txt', 'html'],
    [encode('  <table><tr><td>一</td></tr></table>'), undefined, 'html'],
    [encode('一、总体情况\n本年度…'), 'report.html', 'html'],
    [encode('一、总体情况\n本年度…'), 'report', 'text'],
    [encode('%PDF-1.7 ...'), 'report.html', 'pdf'],
    [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'report.doc', 'legacyWord'],
    [
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...encode('[Content_Types].xml word/document.xml')]),
      'report',
      'docx',
    ],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...encode('a.txt')]), 'reports.zip', 'zip'],
    [new Uint8Array([1, 2, 0, 4]), 'x.txt', 'unknown'],
  ])('detects %#', (bytes, fileName, kind) => {
    expect(detectReportFileKind(fileName === undefined ? { bytes } : { bytes, fileName })).toBe(kind);
  });
});

describe('readReportBytes', () => {
  it('explains the files it cannot read', async () => {
    await expect(readReportBytes({ bytes: encode('%PDF-1.4'), fileName: 'a.pdf' })).rejects.toThrow('PDF');
    await expect(readReportBytes({ bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) })).rejects.toThrow(
      '.docx',
    );
  });
});
