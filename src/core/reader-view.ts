/**
 * The reader view of a policy (docs/html-report.md): its blocks as plain data for the HTML report,
 * and the way back from a finding's place in the source to the words a reader sees. Browser-safe.
 */
import type { ReaderBlock, ReaderView } from './types.js';
import type { PolicyDocument } from './document.js';
import { countBefore } from './search.js';

/** The reader view of a document model: its text, blocks and map to the source. */
export function readerViewOf(doc: PolicyDocument): ReaderView {
  const blocks = doc.blocks.map((b): ReaderBlock => {
    const out: ReaderBlock = { kind: b.kind, start: b.start, end: b.end, depth: b.depth };
    if (b.ordered) out.ordered = true;
    if (b.number !== undefined && b.contentStart > b.start) out.contentStart = b.contentStart;
    if (b.cells) out.cells = b.cells.map(([s, e]) => [s, e]);
    if (b.header) out.header = true;
    if (b.table !== undefined) out.table = b.table;
    if (b.page !== undefined) out.page = b.page;
    return out;
  });
  return { text: doc.text, blocks, segments: doc.segments.map((s) => ({ ...s })) };
}

/**
 * Maps source ranges to ranges of the view's text: the words a finding covers, as the reader sees
 * them. Built once per view; each lookup is a binary search plus the segments the range covers.
 */
export class SourceToText {
  private readonly bySource: ReaderView['segments'];

  constructor(view: ReaderView) {
    this.bySource = [...view.segments].sort((a, b) => a.sourceStart - b.sourceStart || a.textStart - b.textStart);
  }

  /**
   * [start, end) in the text of the source range [start, end). A range that covers no text (markup,
   * a comment, a point) becomes a point: where the text continues after it, or the text's end.
   */
  range(start: number, end: number, textLength: number): { start: number; end: number; empty: boolean } {
    const segs = this.bySource;
    // The first segment that ends after `start`.
    let i = countBefore(segs, start, (s) => s.sourceStart + s.length, true);
    let lo = Infinity;
    let hi = -Infinity;
    for (; i < segs.length && segs[i].sourceStart < end; i++) {
      const s = segs[i];
      const a = Math.max(start, s.sourceStart);
      const b = Math.min(end, s.sourceStart + s.length);
      if (a >= b) continue;
      lo = Math.min(lo, s.textStart + (a - s.sourceStart));
      hi = Math.max(hi, s.textStart + (b - s.sourceStart));
    }
    if (hi > lo) return { start: lo, end: hi, empty: false };
    // No text in the range: the next text after it.
    const j = countBefore(segs, start, (s) => s.sourceStart + s.length, true);
    const next = segs[j];
    const at = next ? next.textStart + Math.max(0, start - next.sourceStart) : textLength;
    return { start: at, end: at, empty: true };
  }
}
