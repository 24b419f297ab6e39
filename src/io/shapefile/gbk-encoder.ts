/**
 * TextEncoder only writes UTF-8, so GBK bytes come from a reverse table built once from Node's own
 * GBK decoder: every two-byte code the decoder maps to one character, plus ASCII.
 */
let table: Map<number, number> | null = null;

function gbkTable(): Map<number, number> {
  if (table) return table;
  const decoder = new TextDecoder('gbk', { fatal: true });
  const map = new Map<number, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let text: string;
      try {
        text = decoder.decode(pair);
      } catch {
        continue;
      }
      const code = text.codePointAt(0)!;
      if (text.length === 1 && !map.has(code)) map.set(code, (lead << 8) | trail);
    }
  }
  table = map;
  return map;
}

const utf8 = new TextEncoder();
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** GBK bytes of `text`, or the first character GBK cannot hold. */
export function encodeGbk(text: string): { bytes: Uint8Array } | { unmappable: string } {
  if (ASCII_ONLY.test(text)) return { bytes: utf8.encode(text) };
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out[n++] = code;
      continue;
    }
    const gbk = gbkTable().get(code);
    if (gbk === undefined) return { unmappable: ch };
    out[n++] = gbk >> 8;
    out[n++] = gbk & 0xff;
  }
  return { bytes: out.subarray(0, n) };
}
