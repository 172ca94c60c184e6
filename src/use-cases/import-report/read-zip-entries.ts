import { inflateRawSync } from 'node:zlib';
import { ReportSourceError } from './report-source-error.ts';

export type ZipEntry = { name: string; bytes: Uint8Array };

const limits = { entries: 2000, entryBytes: 50 * 1024 * 1024, totalBytes: 300 * 1024 * 1024 };

function decodeName(bytes: Uint8Array, isUtf8: boolean): string {
  if (isUtf8) return new TextDecoder('utf-8').decode(bytes);
  try {
    // Archives made on Chinese Windows name their files in GBK.
    return new TextDecoder('gbk', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * The files of a .zip archive (stored or deflated entries), skipping folders and system files;
 * sizes are limited so an archive cannot expand without bound.
 */
export function readZipEntries(archive: Uint8Array): ZipEntry[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  let end = -1;
  for (let offset = archive.length - 22; offset >= Math.max(0, archive.length - 22 - 65535); offset -= 1) {
    if (view.getUint32(offset, true) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw new ReportSourceError('压缩包已损坏或不是 zip 格式。');
  const count = view.getUint16(end + 10, true);
  if (count > limits.entries) throw new ReportSourceError(`压缩包中的文件过多（${count} 个）。`);
  let pointer = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    if (pointer + 46 > archive.length || view.getUint32(pointer, true) !== 0x02014b50)
      throw new ReportSourceError('压缩包目录已损坏。');
    const flags = view.getUint16(pointer + 8, true);
    const method = view.getUint16(pointer + 10, true);
    const compressedSize = view.getUint32(pointer + 20, true);
    const size = view.getUint32(pointer + 24, true);
    const nameLength = view.getUint16(pointer + 28, true);
    const extraLength = view.getUint16(pointer + 30, true);
    const commentLength = view.getUint16(pointer + 32, true);
    const localHeader = view.getUint32(pointer + 42, true);
    const name = decodeName(archive.subarray(pointer + 46, pointer + 46 + nameLength), (flags & 0x800) !== 0);
    pointer += 46 + nameLength + extraLength + commentLength;
    const fileName = name.split('/').pop() ?? '';
    if (name.endsWith('/') || name.startsWith('__MACOSX/') || fileName.startsWith('.') || fileName === '')
      continue;
    if ((flags & 0x1) !== 0) throw new ReportSourceError(`压缩包中的“${name}”已加密，无法读取。`);
    if (size > limits.entryBytes || (total += size) > limits.totalBytes)
      throw new ReportSourceError('压缩包解压后过大。');
    if (localHeader + 30 > archive.length || view.getUint32(localHeader, true) !== 0x04034b50)
      throw new ReportSourceError('压缩包已损坏。');
    const dataStart =
      localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
    const data = archive.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) entries.push({ name, bytes: data });
    else if (method === 8)
      entries.push({
        name,
        bytes: new Uint8Array(inflateRawSync(data, { maxOutputLength: limits.entryBytes })),
      });
    else throw new ReportSourceError(`压缩包中的“${name}”使用了不支持的压缩方式。`);
  }
  return entries;
}
