import type { EncodingGuess } from '../source-layer';

export type EncodingLabel = 'gbk' | 'gb18030' | 'utf-8';

const LABELS: Record<string, EncodingLabel> = {
  gbk: 'gbk',
  cp936: 'gbk',
  '936': 'gbk',
  ansi936: 'gbk',
  gb2312: 'gbk',
  '54936': 'gb18030',
  gb18030: 'gb18030',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  '65001': 'utf-8',
};

/**
 * A .cpg or user-typed code page as a TextDecoder label. Node's TextDecoder throws on 'cp936', and
 * shpjs garbles '936'/'ANSI 936', so every spelling county data uses is mapped here.
 */
export function normaliseEncodingLabel(label: string): EncodingLabel | null {
  const key = label.replace(/^\uFEFF/, '').replace(/[\s_]+/g, '').toLowerCase();
  return LABELS[key] ?? LABELS[key.replace(/-/g, '')] ?? null;
}

/** Valid UTF-8 containing non-ASCII bytes is UTF-8; anything else is taken as GBK, the county default. */
export function sniffEncoding(samples: Uint8Array[]): EncodingGuess {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let nonAscii = 0;
  for (const bytes of samples) {
    if (!bytes.some((b) => b >= 0x80)) continue;
    nonAscii += 1;
    try {
      strict.decode(bytes);
    } catch {
      return { label: 'gbk', how: 'detected', detail: `无 .cpg：文本不是有效的 UTF-8，按 GBK 解码（第 ${nonAscii} 个含中文的值）` };
    }
  }
  if (nonAscii === 0) return { label: 'gbk', how: 'detected', detail: '无 .cpg：文本只有 ASCII 字符，按 GBK 解码' };
  return { label: 'utf-8', how: 'detected', detail: `无 .cpg：${nonAscii} 个含非 ASCII 字节的值都是有效的 UTF-8，按 UTF-8 解码` };
}
