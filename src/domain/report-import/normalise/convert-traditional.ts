import * as OpenCC from 'opencc-js/t2cn';

/** Traditional → simplified (mainland) script with OpenCC's dictionaries (phrases first). */
let converter: ((text: string) => string) | undefined;

function toSimplified(text: string): string {
  const convert = converter ?? OpenCC.Converter({ from: 't', to: 'cn' });
  converter = convert;
  return convert(text);
}

const cjkPattern = /[\u3400-\u9fff]/g;

/**
 * Whether a text is written in traditional script: enough of its characters change when
 * converted (simplified text is almost unchanged; a few shared characters may differ).
 */
export function isTraditionalScript(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const converted = toSimplified(sample);
  const cjkCount = sample.match(cjkPattern)?.length ?? 0;
  if (cjkCount === 0) return false;
  if (converted.length !== sample.length) return true;
  let changed = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] !== converted[index]) changed += 1;
  }
  return changed >= 3 && changed / cjkCount >= 0.01;
}

export function convertToSimplified(text: string): string {
  return toSimplified(text);
}
