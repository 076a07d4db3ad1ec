// Registers come from Excel on Chinese Windows, which saves "CSV" in the ANSI code page (GBK), or from newer tools
// in UTF-8, with or without a byte order mark. Nothing in the file says which: a strict UTF-8 decode fails on
// almost any GBK text with Chinese in it, so it is tried first and GB18030 (a superset of GBK) is the fallback.
export type TextEncodingName = 'utf-8' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
