import { describe, expect, it } from 'vitest';
import { makeZip } from '../../../test/support/make-zip.ts';
import { readZipEntries } from './read-zip-entries.ts';

describe('readZipEntries', () => {
  it('reads stored and deflated files, GBK names, and skips folders and system files', () => {
    const zip = makeZip([
      { name: 'reports/', text: '' },
      { name: 'reports/a.html', text: '<p>甲</p>' },
      { name: 'b.txt', text: '乙'.repeat(1000), isDeflated: true },
      { name: '', text: '丙', isGbkName: true },
      { name: '__MACOSX/._b.txt', text: 'x' },
      { name: '.DS_Store', text: 'x' },
    ]);
    const entries = readZipEntries(zip).map((entry) => ({
      name: entry.name,
      text: new TextDecoder().decode(entry.bytes),
    }));
    expect(entries).toEqual([
      { name: 'reports/a.html', text: '<p>甲</p>' },
      { name: 'b.txt', text: '乙'.repeat(1000) },
      { name: '年报.txt', text: '丙' },
    ]);
  });

  it('refuses what is not a zip', () => {
    expect(() => readZipEntries(new TextEncoder().encode('not a zip at all, just some text'))).toThrow(
      '压缩包',
    );
  });
});
