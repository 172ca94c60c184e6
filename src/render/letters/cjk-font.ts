import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { create, type Font, type FontCollection } from 'fontkit';

/** A font file and, for a collection (.ttc), the PostScript name of the face to use. */
export type CjkFont = { path: string; postscriptName: string };

/** No font with Chinese glyphs could be found or the configured one cannot be used. */
export class CjkFontError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CjkFontError';
  }
}

export type FontRole = 'body' | 'title';

/** The environment settings: a font file path, optionally `#PostScriptName` for a face of a .ttc. */
export const fontPathSettings: Record<FontRole, string> = {
  body: 'GONGKAI_PDF_FONT',
  title: 'GONGKAI_PDF_TITLE_FONT',
};

const notoFolder = '/usr/share/fonts/opentype/noto';
/** Debian's fonts-noto-cjk first (宋体-style serif for the body, 黑体-style bold sans for titles), then other common packages. */
const candidates: Record<FontRole, readonly string[]> = {
  body: [
    `${notoFolder}/NotoSerifCJK-Regular.ttc`,
    '/usr/share/fonts/opentype/noto/NotoSerifCJKsc-Regular.otf',
    `${notoFolder}/NotoSansCJK-Regular.ttc`,
    '/usr/share/fonts/truetype/arphic/uming.ttc',
    '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
    '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
    '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
    '/System/Library/Fonts/Supplemental/Songti.ttc',
    'C:\\Windows\\Fonts\\simsun.ttc',
  ],
  title: [
    `${notoFolder}/NotoSansCJK-Bold.ttc`,
    '/usr/share/fonts/opentype/noto/NotoSansCJKsc-Bold.otf',
    `${notoFolder}/NotoSerifCJK-Bold.ttc`,
    'C:\\Windows\\Fonts\\simhei.ttf',
  ],
};

/** Characters every letter prints: a font without them cannot render Chinese. */
const probeCodePoints = [...'政府信息公开申请告知书〔〕'].map((character) => character.codePointAt(0) ?? 0);

const notFoundMessage =
  '找不到可用于生成 PDF 的中文字体。请安装中文字体（Debian/Ubuntu：apt-get install fonts-noto-cjk），' +
  `或用环境变量 ${fontPathSettings.body} 指定字体文件（.ttf、.otf 或 .ttc；字体集可写成“路径#PostScript名称”）。`;

const fontBytes = new Map<string, Buffer>();

/**
 * The bytes of a font file, read once per process: reading a CJK collection (20–30 MB) for every
 * letter costs most of a PDF's rendering time; keeping it costs that much memory.
 */
function readFontFile(path: string): Buffer {
  const known = fontBytes.get(path);
  if (known) return known;
  const bytes = readFileSync(path);
  fontBytes.set(path, bytes);
  return bytes;
}

export function readFontBytes(font: CjkFont): Buffer {
  return readFontFile(font.path);
}

function isCollection(font: Font | FontCollection): font is FontCollection {
  return 'fonts' in font && Array.isArray((font as FontCollection).fonts);
}

function hasChineseGlyphs(font: Font): boolean {
  return probeCodePoints.every((codePoint) => font.hasGlyphForCodePoint(codePoint));
}

/** Opens a font file and picks the face: the one named, else the Simplified Chinese face of a collection. */
function inspectFont(setting: string): CjkFont {
  const hashIndex = setting.lastIndexOf('#');
  const path = hashIndex > 0 ? setting.slice(0, hashIndex) : setting;
  const wantedName = hashIndex > 0 ? setting.slice(hashIndex + 1) : null;
  if (!existsSync(path)) throw new CjkFontError(`字体文件不存在：${path}`);
  let opened: Font | FontCollection;
  let bytes: Buffer;
  try {
    bytes = fontBytes.get(path) ?? readFileSync(path);
    opened = create(bytes);
  } catch {
    throw new CjkFontError(`无法读取字体文件：${path}（应为 .ttf、.otf 或 .ttc）`);
  }
  const faces = isCollection(opened) ? opened.fonts : [opened];
  const face =
    wantedName === null
      ? (faces.find((candidate) => /(sc|SC|GB|Hans)\b|sc-|SC-/.test(candidate.postscriptName)) ?? faces[0])
      : faces.find((candidate) => candidate.postscriptName === wantedName);
  if (face === undefined) {
    const names = faces.map((candidate) => candidate.postscriptName).join('、');
    throw new CjkFontError(`字体文件 ${path} 中没有名为“${wantedName ?? ''}”的字体（可用：${names}）`);
  }
  if (!hasChineseGlyphs(face)) {
    throw new CjkFontError(`字体 ${face.postscriptName}（${path}）不含中文字形，不能用于中文文书`);
  }
  fontBytes.set(path, bytes);
  return { path, postscriptName: face.postscriptName };
}

function fontconfigChineseFiles(): string[] {
  try {
    const output = execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8', timeout: 5000 });
    return output
      .split('\n')
      .map((line) => line.replace(/:\s*$/, '').trim())
      .filter((line) => line !== '')
      .sort();
  } catch {
    return [];
  }
}

const cache = new Map<string, CjkFont>();

/**
 * The font for a role: the path given, else the environment setting, else the first installed
 * candidate, else any Chinese font fontconfig knows; titles fall back to the body font. Throws
 * `CjkFontError` with a Chinese message saying what to install or set.
 */
export function resolveCjkFont(options: {
  role: FontRole;
  fontPath?: string;
  environment?: Readonly<Record<string, string | undefined>>;
}): CjkFont {
  const environment = options.environment ?? process.env;
  const configured = options.fontPath ?? environment[fontPathSettings[options.role]];
  if (configured !== undefined && configured.trim() !== '') {
    const key = `configured:${configured}`;
    const known = cache.get(key);
    if (known) return known;
    const font = inspectFont(configured.trim());
    cache.set(key, font);
    return font;
  }
  const key = `default:${options.role}`;
  const known = cache.get(key);
  if (known) return known;
  for (const path of candidates[options.role].filter((candidate) => existsSync(candidate))) {
    try {
      const font = inspectFont(path);
      cache.set(key, font);
      return font;
    } catch {
      // Try the next candidate.
    }
  }
  if (options.role === 'title') return resolveCjkFont({ role: 'body', environment });
  for (const path of fontconfigChineseFiles()) {
    try {
      const font = inspectFont(path);
      cache.set(key, font);
      return font;
    } catch {
      // Try the next file.
    }
  }
  throw new CjkFontError(notFoundMessage);
}
