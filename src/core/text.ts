/** Text utilities shared by parsers and the model: positions and normalisation. Browser-safe. */

/** Maps offsets in a source string to 1-based line / column (UTF-16 units), CRLF-aware. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && source.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  get lineCount(): number {
    return this.starts.length;
  }
  /** 1-based line and column of an offset (clamped to the source). */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.source.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }
  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
  /** Offset of the end of a 1-based line, before its line break. */
  lineEnd(line: number): number {
    const next = line < this.starts.length ? this.starts[line] : this.source.length + 1;
    let end = next - 1;
    if (line >= this.starts.length) end = this.source.length;
    else if (end > 0 && this.source.charCodeAt(end - 1) === 13) end--;
    return Math.max(this.lineStart(line), end);
  }
}

/** A run of text copied from the source unchanged: text[textStart..+length) = source[sourceStart..+length). */
export interface Segment {
  textStart: number;
  sourceStart: number;
  length: number;
}

/**
 * Maps offsets in the extracted prose text back to the source file. Text between segments
 * (separators the model inserted) maps to the end of the segment before it.
 */
export class OffsetMap {
  constructor(private readonly segments: Segment[]) {}
  toSource(textOffset: number): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    let lo = 0;
    let hi = segs.length - 1;
    if (textOffset < segs[0].textStart) return segs[0].sourceStart;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].textStart <= textOffset) lo = mid;
      else hi = mid - 1;
    }
    const s = segs[lo];
    return s.sourceStart + Math.min(textOffset - s.textStart, s.length);
  }
  /** Maps a [start, end) range; an end offset maps from the last character it covers. */
  rangeToSource(start: number, end: number): [number, number] {
    const s = this.toSource(start);
    const e = end > start ? this.toSource(end - 1) + 1 : s;
    return [s, Math.max(s, e)];
  }
}

/**
 * Lower-cases and folds ё→е, NBSP and other spaces to ' ', typographic hyphens and quotes kept.
 * Keeps the length, so offsets in the result are offsets in the input.
 */
export function foldForMatching(text: string): string {
  let out = '';
  const CHUNK = 4096;
  for (let i = 0; i < text.length; i += CHUNK) {
    const part = text.slice(i, i + CHUNK);
    let lower = part.toLowerCase();
    if (lower.length !== part.length) {
      // Rare characters (İ) change length when lower-cased: fold one by one.
      lower = '';
      for (const ch of part) {
        const l = ch.toLowerCase();
        lower += l.length === ch.length ? l : ch;
      }
    }
    out += lower;
  }
  return out.replace(/[ё\u00a0\u2007\u202f\u2009\u200a\u2002\u2003]/g, (c) => (c === 'ё' ? 'е' : ' '));
}

/** 'ru' when Cyrillic letters dominate, 'en' when Latin do, undefined when there are too few letters. */
export function detectLang(text: string, minLetters = 20): 'ru' | 'en' | undefined {
  // A counting loop: matching every letter with a global regex allocates an array per block.
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) lat++;
    else if (text.charCodeAt(i) >= 0x400 && text.charCodeAt(i) <= 0x4ff) cyr++;
  }
  if (cyr + lat < minLetters) return undefined;
  return cyr >= lat ? 'ru' : 'en';
}
