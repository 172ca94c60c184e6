/**
 * The text of a fetched HTML page: the charset from the Content-Type header or the page's own
 * `<meta charset>` (many government sites still serve GBK or GB2312), UTF-8 otherwise.
 */
export function decodePageText(options: { bytes: Uint8Array; contentType: string }): string {
  const head = new TextDecoder('latin1').decode(
    options.bytes.subarray(0, Math.min(options.bytes.length, 4096)),
  );
  const declared =
    /charset=["']?([\w-]+)/i.exec(options.contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ??
    'utf-8';
  const label = /^gb2312$/i.test(declared) ? 'gbk' : declared;
  try {
    return new TextDecoder(label).decode(options.bytes);
  } catch {
    return new TextDecoder('utf-8').decode(options.bytes);
  }
}
