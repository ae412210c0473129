import type { Segment } from '../text.js';

/**
 * What a parser hands to the model: lines of prose with their mapping to the source. The model
 * joins wrapped lines and splits run-on ones into blocks the same way for every format.
 */
export interface LineUnit {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-row';
  /** Heading level or list nesting (1-based); 0 for plain paragraphs. */
  depth: number;
  text: string;
  /** Segments with textStart relative to this unit's text. */
  segments: Segment[];
  /** Lines of one group (a Markdown paragraph, a run of non-blank plain-text lines) may be joined. */
  group: number;
  /** Table cells as [start, end) relative to text. */
  cells?: [number, number][];
  header?: boolean;
  table?: number;
  /** The line stands alone: blank lines (or the file's edges) before and after it. */
  standalone?: boolean;
  /** A list item of a numbered list whose numbers the source does not spell out (HTML <ol>). */
  ordered?: boolean;
  /** 1-based page of a paged source (PDF), for the report's reader view. */
  page?: number;
}

export interface ParsedSource {
  units: LineUnit[];
}

/** Builds a unit whose text is source[start, end) verbatim. */
export function verbatimUnit(
  source: string,
  start: number,
  end: number,
  kind: LineUnit['kind'],
  depth: number,
  group: number,
): LineUnit {
  return { kind, depth, group, text: source.slice(start, end), segments: [{ textStart: 0, sourceStart: start, length: end - start }] };
}

/** Collects text pieces with their source offsets into one string plus segments. */
export class TextBuilder {
  text = '';
  segments: Segment[] = [];
  /** Where the last source-backed piece ended: nodes without positions are looked up from here. */
  sourceCursor = 0;
  /** Appends source-backed text. */
  add(piece: string, sourceStart: number): void {
    if (!piece) return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.textStart + last.length === this.text.length && last.sourceStart + last.length === sourceStart) {
      last.length += piece.length;
    } else {
      this.segments.push({ textStart: this.text.length, sourceStart, length: piece.length });
    }
    this.text += piece;
    this.sourceCursor = sourceStart + piece.length;
  }
  /** Appends text that has no counterpart in the source (separators). */
  addSynthetic(piece: string): void {
    this.text += piece;
  }
}

/** Cuts a unit's text [start, end) into a new text with its segments re-based. */
export function sliceSegments(segments: Segment[], start: number, end: number): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const a = Math.max(start, s.textStart);
    const b = Math.min(end, s.textStart + s.length);
    if (a < b) out.push({ textStart: a - start, sourceStart: s.sourceStart + (a - s.textStart), length: b - a });
  }
  return out;
}
