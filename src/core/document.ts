import type { Lang, SourceFormat } from './types.js';
import type { LineUnit, ParsedSource } from './parse/units.js';
import { sliceSegments } from './parse/units.js';
import { LineIndex, OffsetMap, type Segment, detectLang, foldForMatching } from './text.js';
import { fastRegExp } from './match.js';
import { countBefore } from './search.js';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

/** A unit of prose: heading, paragraph, list item or table row. Offsets are in doc.text. */
export interface Block {
  index: number;
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level, or list nesting. */
  depth: number;
  /** Clause number the block starts with ("7", "7.1", "7.1.1"), if any. */
  number?: string;
  /** Where the text after the clause number starts. */
  contentStart: number;
  /** Table cells as [start, end) in doc.text. */
  cells?: [number, number][];
  header?: boolean;
  table?: number;
  /** A list item of a numbered list whose numbers the source does not spell out (HTML <ol>). */
  ordered?: boolean;
  /** 1-based page of a paged source. */
  page?: number;
  lang: Lang;
  /** Innermost section containing the block, -1 before the first heading. */
  section: number;
}

export interface Section {
  index: number;
  number?: string;
  /** Heading text without its number. */
  title: string;
  heading: number;
  depth: number;
  /** [start, end) in doc.text: from the heading to the next heading of the same or a higher level. */
  start: number;
  end: number;
  parent: number;
  children: number[];
}

export interface Sentence {
  start: number;
  end: number;
  block: number;
}

/**
 * The one model of a policy that every rule reads: the prose text with markup removed, its
 * blocks, sections and sentences, and the map back to the file. Built once per file.
 */
export class PolicyDocument {
  /** Prose text: blocks separated by '\n'. Rules report ranges in this text. */
  readonly text: string;
  /** `text` lower-cased with ё→е and NBSP→space; same length, for matching. */
  readonly lower: string;
  readonly blocks: Block[];
  readonly sections: Section[];
  readonly sentences: Sentence[];
  readonly lang: Lang;
  /** The file's path as given to the linter, when known (its name can say what the file is). */
  filePath?: string;
  readonly lines: LineIndex;
  /** Runs of `text` copied from the source, in text order (what `toSource` maps through). */
  readonly segments: readonly Segment[];
  private readonly map: OffsetMap;
  private readonly cache = new Map<unknown, unknown>();

  constructor(
    readonly source: string,
    readonly format: SourceFormat,
    parsed: ParsedSource,
    langOverride?: Lang,
  ) {
    const assembled = assemble(parsed.units);
    const segments: Segment[] = [];
    let text = '';
    const blocks: Block[] = [];
    for (const a of assembled) {
      if (text) text += '\n';
      const start = text.length;
      for (const s of a.segments) segments.push({ ...s, textStart: s.textStart + start });
      text += a.text;
      blocks.push({
        index: blocks.length,
        kind: a.kind,
        start,
        end: text.length,
        depth: a.depth,
        number: a.number,
        contentStart: start + a.contentOffset,
        cells: a.cells?.map(([s, e]) => [s + start, e + start] as [number, number]),
        header: a.header,
        table: a.table,
        ordered: a.ordered,
        page: a.page,
        lang: 'en',
        section: -1,
      });
    }
    this.text = text;
    this.lower = foldForMatching(text);
    this.segments = segments;
    this.map = new OffsetMap(segments);
    this.lines = new LineIndex(source);
    this.lang = langOverride ?? detectLang(text, 1) ?? 'en';
    for (const b of blocks) b.lang = langOverride ?? detectLang(text.slice(b.start, b.end)) ?? this.lang;
    this.blocks = blocks;
    this.sections = buildSections(blocks, text);
    this.sentences = splitSentences(blocks, text);
  }

  /** The text of a range of doc.text. */
  slice(range: readonly [number, number]): string {
    return this.text.slice(range[0], range[1]);
  }

  /** Source offsets of a text range. */
  toSource(range: readonly [number, number]): [number, number] {
    return this.map.rangeToSource(range[0], range[1]);
  }

  /** Line/column range in the file of a text range (1-based, end column exclusive). */
  location(range: readonly [number, number]): { line: number; column: number; endLine: number; endColumn: number } {
    const [s, e] = this.toSource(range);
    const a = this.lines.position(s);
    const b = this.lines.position(e);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The block containing a text offset (or the nearest one before it). */
  blockAt(offset: number): Block | undefined {
    const bl = this.blocks;
    return bl.length ? bl[Math.max(0, countBefore(bl, offset, (b) => b.start, true) - 1)] : undefined;
  }

  /** The innermost section containing a text offset. */
  sectionAt(offset: number): Section | undefined {
    const b = this.blockAt(offset);
    return b && b.section >= 0 ? this.sections[b.section] : undefined;
  }

  /** The sentence containing a text offset. */
  sentenceAt(offset: number): Sentence | undefined {
    const ss = this.sentences;
    return ss.length ? ss[Math.max(0, countBefore(ss, offset, (x) => x.start, true) - 1)] : undefined;
  }

  /** Sections whose ancestors include `section` (itself first). */
  subtree(section: Section): Section[] {
    const out: Section[] = [section];
    for (let i = 0; i < out.length; i++) for (const c of out[i].children) out.push(this.sections[c]);
    return out;
  }

  /**
   * Computes a derived value once per document and shares it between rules (extractors).
   * The key is the function itself, so two rules asking for the same finder get one result.
   */
  memo<T>(fn: (doc: PolicyDocument) => T): T {
    if (!this.cache.has(fn)) this.cache.set(fn, fn(this));
    return this.cache.get(fn) as T;
  }
}

// ---------------------------------------------------------------------------------------------
// Block assembly: join hard-wrapped lines, split run-on ones, recognise headings and clauses.

interface Assembled {
  kind: BlockKind;
  depth: number;
  text: string;
  segments: Segment[];
  number?: string;
  contentOffset: number;
  cells?: [number, number][];
  header?: boolean;
  table?: number;
  ordered?: boolean;
  page?: number;
}

/** "7.", "7.1", "7.1.1", "3)" at the start of a clause, or "Раздел 7" / "Section 7". */
const CLAUSE = fastRegExp(
  '^(?:(?:(?:[Рр]аздел|[Сс]татья|[Гг]лава|[Ss]ection|[Aa]rticle|[Cc]hapter|РАЗДЕЛ|СТАТЬЯ|ГЛАВА|SECTION|ARTICLE|CHAPTER)\\s+(\\d{1,3}(?:\\.\\d{1,3}){0,4})\\.?)' +
    // "7.1." always; "7.1" only before a capital or a digit ("1.5 million" is a number).
    '|(\\d{1,3}(?:\\.\\d{1,3}){1,4})(?:\\.|(?=\\s+["«(]?[\\p{Lu}\\d]))|(\\d{1,3})[.)])(?=\\s|$)\\s*' +
    // "1.ОБЩИЕ ПОЛОЖЕНИЯ", "3.1.Обработка заявок": the number glued to a capitalised word.
    '|^(\\d{1,3}(?:\\.\\d{1,3}){0,4})\\.(?=["«]?\\p{Lu}\\p{L})',
  'u',
);
const clauseNumber = (m: RegExpExecArray) => m[1] ?? m[2] ?? m[3] ?? m[4];
const TERMINAL = /[.;:!?,…](?:["»”)\]]*)$/u;
const STARTS_UPPER = fastRegExp('^["«“(]?[\\p{Lu}\\d]');
const NOT_LETTER = fastRegExp('[^\\p{L}]', 'gu');
const LETTER = fastRegExp('\\p{L}');
const UPPER = fastRegExp('\\p{Lu}');
const WORD_BEFORE = fastRegExp('([\\p{L}\\d-]+)$');
const SENTENCE_END = fastRegExp('[.!?…]+["»”)\\]]*(?=\\s+["«“(]?[\\p{Lu}\\d])|;(?=\\s)|\\n', 'gu');
const STARTS_NEW_ITEM = /^(?:\d{1,3}(?:\.\d{1,3}){0,4}[.)]?\s|\d{1,3}(?:\.\d{1,3}){0,4}\.(?=["«]?[A-ZА-ЯЁ])|[-•*—–▪·●]\s|[а-яa-z]\)\s)/u;

/** A line in capitals ("ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ"): a title, never wrapped prose. */
function allCaps(text: string): boolean {
  const letters = text.replace(NOT_LETTER, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function titleLike(text: string, max: number): boolean {
  if (text.length === 0 || text.length > max) return false;
  if (TERMINAL.test(text)) return false;
  if (!LETTER.test(text)) return false;
  return STARTS_UPPER.test(text);
}

function assemble(units: LineUnit[]): Assembled[] {
  const out: Assembled[] = [];
  let current: { units: LineUnit[] } | null = null;
  const flush = () => {
    if (!current) return;
    out.push(finish(current.units));
    current = null;
  };
  for (const u of units) {
    if (u.kind === 'table-row' || u.kind === 'heading') {
      flush();
      out.push(finish([u]));
      continue;
    }
    if (current) {
      const cur: { units: LineUnit[] } = current;
      const prev = cur.units[cur.units.length - 1];
      const join =
        prev.group === u.group &&
        u.kind === 'paragraph' &&
        !STARTS_NEW_ITEM.test(u.text) &&
        !TERMINAL.test(prev.text) &&
        !(cur.units.length === 1 && titleLike(stripClause(prev.text), 70) && (STARTS_UPPER.test(u.text) || allCaps(prev.text)));
      if (join) {
        cur.units.push(u);
        continue;
      }
      flush();
    }
    current = { units: [u] };
  }
  flush();
  const firstNumbered = out.findIndex((b) => b.number !== undefined && b.kind !== 'table-row');
  return out.map((a, i, all) => classify(a, i, all, firstNumbered < 0 ? all.length : firstNumbered));
}

function stripClause(text: string): string {
  const m = CLAUSE.exec(text);
  return m ? text.slice(m[0].length) : text;
}

function finish(us: LineUnit[]): Assembled {
  const first = us[0];
  let text = '';
  const segments: Segment[] = [];
  for (const u of us) {
    if (text) text += ' ';
    for (const s of u.segments) segments.push({ ...s, textStart: s.textStart + text.length });
    text += u.text;
  }
  const m = first.kind === 'table-row' ? null : CLAUSE.exec(text);
  const a: Assembled & { standalone?: boolean } = {
    kind: first.kind,
    depth: first.depth,
    text,
    segments,
    number: m ? clauseNumber(m) : undefined,
    contentOffset: m ? m[0].length : 0,
    cells: first.cells,
    header: first.header,
    table: first.table,
    ordered: first.ordered,
    page: first.page,
  };
  if (us.length === 1 && first.standalone) a.standalone = true;
  return a;
}

/** Decides which blocks are headings (numbered titles, capitalised or standalone title lines). */
function classify(a: Assembled & { standalone?: boolean }, i: number, all: (Assembled & { standalone?: boolean })[], firstNumbered: number): Assembled {
  if (a.kind === 'heading' || a.kind === 'table-row') return a;
  const content = a.text.slice(a.contentOffset);
  if (a.number && titleLike(content, 100) && !/^\d+(\.\d+)*$/.test(content)) {
    return { ...a, kind: 'heading', depth: a.number.split('.').length };
  }
  if (!a.number && a.kind === 'paragraph' && titleLike(a.text, 80) && !a.text.includes(':')) {
    const caps = allCaps(a.text);
    const beforeNumbered = i < firstNumbered;
    const next = all[i + 1];
    const leads = next && next.kind !== 'heading';
    // In a policy without numbered clauses, title lines after the first are siblings at level 2,
    // under the document's title.
    const unnumbered = firstNumbered >= all.length && !hasHeadings(all);
    if (leads && (caps || a.standalone || (beforeNumbered && i < 4))) return { ...a, kind: 'heading', depth: unnumbered && i > 0 ? 2 : 1 };
    // A policy without numbered clauses or marked-up headings titles its parts with short lines
    // ("What we collect", «Ваши права») that lead a longer paragraph or a list.
    if (leads && unnumbered && a.text.length <= 60 && a.text.split(/\s+/).length <= 8) {
      if (next.kind === 'list-item' || next.text.length > a.text.length * 1.5) return { ...a, kind: 'heading', depth: 2 };
    }
  }
  return a;
}

const headingsSeen = new WeakMap<object, boolean>();
/** Whether the source marked up headings itself (Markdown #, HTML h1–h6); computed once. */
function hasHeadings(all: Assembled[]): boolean {
  let v = headingsSeen.get(all);
  if (v === undefined) {
    v = all.some((b) => b.kind === 'heading');
    headingsSeen.set(all, v);
  }
  return v;
}

function buildSections(blocks: Block[], text: string): Section[] {
  const sections: Section[] = [];
  const stack: Section[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      while (stack.length && stack[stack.length - 1].depth >= b.depth) {
        stack.pop()!.end = b.start - 1 >= 0 ? b.start - 1 : 0;
      }
      const parent = stack.length ? stack[stack.length - 1] : undefined;
      const s: Section = {
        index: sections.length,
        number: b.number,
        title: text.slice(b.contentStart, b.end),
        heading: b.index,
        depth: b.depth,
        start: b.start,
        end: text.length,
        parent: parent ? parent.index : -1,
        children: [],
      };
      if (parent) parent.children.push(s.index);
      sections.push(s);
      stack.push(s);
    }
    b.section = stack.length ? stack[stack.length - 1].index : -1;
  }
  for (const s of stack) s.end = text.length;
  return sections;
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'ст ч п пп г гг ул д кв корп стр пом лит оф им т е др пр см напр руб коп тыс млн млрд рис табл ' +
    'no nos art p pp cl e g i etc st apt bldg vs mr mrs ms dr inc ltd co corp jr sr approx incl ' +
    'фз ooo ао ип тел факс вн тер наб пер просп пр-т пл ш обл респ р-н мкр стр'
  ).split(' '),
);

function splitSentences(blocks: Block[], text: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = SENTENCE_END;
  for (const b of blocks) {
    let start = b.start;
    const body = text.slice(b.start, b.end);
    boundary.lastIndex = 0;
    for (let m = boundary.exec(body); m; m = boundary.exec(body)) {
      const at = b.start + m.index;
      if (m[0].startsWith('.')) {
        const before = WORD_BEFORE.exec(body.slice(Math.max(0, m.index - 12), m.index));
        const word = before ? before[1].toLowerCase() : '';
        // Abbreviations, initials ("A. S."), and clause numbers ("7.1.") do not end sentences.
        if (ABBREVIATIONS.has(word) || (word.length === 1 && UPPER.test(before![1]))) continue;
        if (b.number && at < b.contentStart) continue;
      }
      const end = at + m[0].length;
      if (end > start && text.slice(start, end).trim()) out.push({ start: trimStart(text, start, end), end: trimEnd(text, start, end), block: b.index });
      start = end;
    }
    if (b.end > start && text.slice(start, b.end).trim()) out.push({ start: trimStart(text, start, b.end), end: trimEnd(text, start, b.end), block: b.index });
  }
  return out;
}

function trimStart(text: string, s: number, e: number): number {
  while (s < e && /\s/.test(text[s])) s++;
  return s;
}
function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e;
}

export { sliceSegments };
