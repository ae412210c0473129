import type { Block, PolicyDocument, Section } from '../../src/core/document.js';
import { fastRegExp, compile, findAll, has } from '../../src/core/match.js';
import { bases, type Clause } from './bases.js';
import {
  DATA_OR_PROCESSING,
  EMPTY_PURPOSE_AFTER,
  FIELD_LABEL,
  NOT_A_PURPOSE,
  NOT_PURPOSE_HEADING,
  PURPOSE_COLUMN,
  PURPOSE_HEADING,
  PURPOSE_INTRO,
  PURPOSE_LABEL,
  PURPOSE_PROSE,
  USE_FOR,
} from '../lexicons/purposes.js';

/**
 * The purposes of processing a policy states (152-FZ art. 5 part 2; art. 18.1 part 1 item 2 asks
 * for categories of data, subjects, grounds, periods "for each purpose").
 *
 * One `Purpose` per purpose the policy names, found as:
 *   - 'row'     a body row of a table with a purpose column ("Цель обработки", "Purpose");
 *   - 'unit'    a labelled per-purpose block: "4.1. Purpose: … / Legal basis: …", «Цель: …», or a
 *               key-value table whose key cell is «Цель»; the unit runs to the next purpose label;
 *   - 'section' a subsection of a purposes section ("3.2. Sending newsletters" with its fields);
 *   - 'item'    an item of the purposes section or of a list introduced by "for the following
 *               purposes:" / «в следующих целях:».
 * `scope` is where that purpose's own fields live (its row, unit, subsection or item): a rule that
 * checks something "for each purpose" looks there.
 * `statements` are purposes stated in prose («в целях исполнения договора», "we use your e-mail to
 * send receipts"), without a structure.
 */

export interface Purpose {
  /** The purpose's own text, [start, end) in doc.text. */
  range: [number, number];
  /** Where the purpose's fields are: its table row, unit, subsection or list item. */
  scope: [number, number];
  kind: 'row' | 'unit' | 'section' | 'item';
  /** Block holding the purpose text. */
  block: number;
  /** Clause number of its item or section ("3.1.2"), if any. */
  number?: string;
  /** For 'row': the table id (Block.table). */
  table?: number;
}

export interface PurposeTable {
  table: number;
  header: Block;
  rows: Block[];
  /** Column of the purposes. */
  purposeCol: number;
}

export interface Purposes {
  /** Sections whose heading is about purposes of processing. */
  sections: Section[];
  /** Every purpose found in a structure, in document order. */
  list: Purpose[];
  /** Tables with a purpose column. */
  tables: PurposeTable[];
  /** Purposes stated in prose, [start, end) of the phrase. */
  statements: [number, number][];
  /** Explicit purpose markers with a purpose after them («в целях исполнения …», "for the purpose of …"). */
  markers: [number, number][];
}

const HEADING_RE = compile(PURPOSE_HEADING);
/** "for informational purposes", "for these purposes", "for other purposes": no purpose named. */
const VAGUE_GAP = /\b(?:informational|information|reference|illustrative|convenience|other|any|these|such|those|various|similar|same|different|several|all|certain|its|their|our|legitimate|lawful|specified|stated|abovementioned|above)\b/u;
const PROSE_RE = compile(PURPOSE_PROSE);
const DATA_RE = compile(DATA_OR_PROCESSING);

export function purposes(doc: PolicyDocument): Purposes {
  return doc.memo(compute);
}

/** Sections whose heading names purposes of processing (not "Purpose of this Policy"). */
export function purposeSections(doc: PolicyDocument): Section[] {
  return doc.memo(computeSections);
}

function computeSections(doc: PolicyDocument): Section[] {
  return doc.sections.filter((s) => {
    const h = doc.blocks[s.heading];
    const title = doc.lower.slice(h.contentStart, h.end);
    if (NOT_PURPOSE_HEADING.test(title)) return false;
    // A purpose label heading ("4.1. Purpose: registration") is one purpose, not a purposes section.
    if (PURPOSE_LABEL.test(title) && labelValue(doc, h) !== undefined) return false;
    return has(HEADING_RE, doc.lower, h.contentStart, h.end);
  });
}

/** The text after a purpose label in a block ("Цель: …", key cell «Цель»), if it names a purpose. */
function labelValue(doc: PolicyDocument, b: Block): [number, number] | undefined {
  if (b.kind === 'table-row') {
    if (!b.cells || b.cells.length < 2) return undefined;
    const key = doc.lower.slice(b.cells[0][0], b.cells[0][1]);
    const m = PURPOSE_LABEL.exec(key);
    if (!m || m[0].trimEnd().length < key.trimEnd().length) return undefined;
    const value = trimRange(doc, b.cells[1][0], b.cells[b.cells.length - 1][1]);
    return fastRegExp(String.raw`\p{L}{3,}`, 'u').test(doc.slice(value)) ? value : undefined;
  }
  const m = PURPOSE_LABEL.exec(doc.lower.slice(b.contentStart, b.end));
  // The label is closed by ':' or a dash, or numbered ("Purpose 2. …"); "Purposes of processing"
  // alone is a title, and «Цели обработки:» with nothing after it introduces a list.
  if (!m || !/[:—–]|-\s|\d/u.test(m[0])) return undefined;
  const value = trimRange(doc, b.contentStart + m[0].length, b.end);
  if (!fastRegExp(String.raw`\p{L}{3,}`, 'u').test(doc.slice(value))) return undefined;
  const sentence = doc.sentenceAt(value[0]);
  const first = sentence && sentence.end > value[0] ? sentence.end : value[1];
  if (NOT_A_PURPOSE.test(doc.lower.slice(value[0], first))) return undefined;
  return value;
}

function trimRange(doc: PolicyDocument, s: number, e: number): [number, number] {
  // A clause number the model did not split off ("3.1.Обработка заявок").
  const num = fastRegExp(String.raw`^\d{1,3}(?:\.\d{1,3}){0,4}[.)]?(?=\p{L}|\s)`, 'u').exec(doc.text.slice(s, Math.min(e, s + 20)));
  if (num) s += num[0].length;
  while (s < e && /[\s"«“]/u.test(doc.text[s])) s++;
  while (e > s && /[\s;.,:»”"]/u.test(doc.text[e - 1])) e--;
  return [s, e];
}

function isFieldBlock(doc: PolicyDocument, b: Block): boolean {
  const from = b.kind === 'table-row' && b.cells?.length ? b.cells[0][0] : b.contentStart;
  const head = doc.lower.slice(from, Math.min(b.end, from + 120));
  if (b.kind === 'table-row' && b.cells && b.cells.length >= 2) return FIELD_LABEL.test(`${doc.lower.slice(b.cells[0][0], b.cells[0][1])}:`);
  return FIELD_LABEL.test(head);
}

function compute(doc: PolicyDocument): Purposes {
  const sections = purposeSections(doc);
  const list: Purpose[] = [];
  const taken = new Set<number>(); // blocks already holding a purpose or a field of one
  const tables: PurposeTable[] = [];

  // Tables: rows grouped by table id.
  const byTable = new Map<number, Block[]>();
  for (const b of doc.blocks) if (b.kind === 'table-row' && b.table !== undefined) {
    const rows = byTable.get(b.table) ?? [];
    rows.push(b);
    byTable.set(b.table, rows);
  }
  const keyValueTables = new Set<number>();
  for (const [table, rows] of byTable) {
    const labelled = rows.filter((r) => r.cells && r.cells.length >= 2 && (labelValue(doc, r) || isFieldBlock(doc, r))).length;
    if (rows.some((r) => labelValue(doc, r)) && labelled >= 2) {
      keyValueTables.add(table);
      continue;
    }
    const header = rows.find((r) => r.header) ?? rows[0];
    const cells = header.cells ?? [];
    const purposeCol = cells.findIndex((c) => PURPOSE_COLUMN.test(doc.lower.slice(c[0], c[1])) && !/основан|basis|bases|ground|срок|period|категор|categor/u.test(doc.lower.slice(c[0], c[1])));
    const col = purposeCol >= 0 ? purposeCol : cells.findIndex((c) => PURPOSE_COLUMN.test(doc.lower.slice(c[0], c[1])));
    if (col < 0) continue;
    const body = rows.filter((r) => r !== header && rows.indexOf(r) > rows.indexOf(header));
    tables.push({ table, header, rows: body, purposeCol: col });
    for (const r of body) {
      taken.add(r.index);
      const cell = r.cells?.[col];
      if (!cell) continue;
      const range = trimRange(doc, cell[0], cell[1]);
      if (!fastRegExp(String.raw`\p{L}{2,}`, 'u').test(doc.slice(range))) continue;
      list.push({ range, scope: [r.start, r.end], kind: 'row', block: r.index, table });
    }
  }

  // Labelled units: "Цель: …" blocks (and key-value rows); a unit runs to the next label.
  const labels: { block: Block; value: [number, number] }[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'table-row' && (b.table === undefined || !keyValueTables.has(b.table))) continue;
    const value = labelValue(doc, b);
    if (value) labels.push({ block: b, value });
  }
  for (let i = 0; i < labels.length; i++) {
    const { block, value } = labels[i];
    const next = i + 1 < labels.length ? labels[i + 1].block.index : doc.blocks.length;
    let last = block.index;
    if (block.kind === 'heading') {
      // "### Purpose: registration" — its section, up to the next label.
      const own = doc.sections[block.section];
      for (let j = block.index + 1; j < next && doc.blocks[j].start < own.end; j++) last = j;
    } else if (block.kind === 'table-row') {
      for (let j = block.index + 1; j < next && doc.blocks[j].kind === 'table-row' && doc.blocks[j].table === block.table; j++) last = j;
    } else {
      // "Purpose: …" then its fields ("Data: …", "Legal basis: …", a field's bullet list).
      let listOpen = false;
      for (let j = block.index + 1; j < next; j++) {
        const b = doc.blocks[j];
        if (b.kind === 'heading' || b.kind === 'table-row') break;
        if (isFieldBlock(doc, b)) {
          last = j;
          listOpen = /:\s*$/u.test(doc.text.slice(b.start, b.end));
        } else if (listOpen && b.kind === 'list-item') {
          last = j;
        } else break;
      }
    }
    const stop = doc.blocks[last].end;
    list.push({ range: value, scope: [block.start, stop], kind: 'unit', block: block.index, number: block.number });
    for (let j = block.index; j <= last; j++) taken.add(j);
  }

  // Purposes sections: their items, or their subsections as per-purpose sections.
  const done = new Set<number>();
  for (const s of sections) fromSection(doc, s, list, taken, done);

  // Lists introduced by "for the following purposes:" anywhere else.
  for (const b of doc.blocks) {
    if (taken.has(b.index) || b.kind === 'heading' || b.kind === 'table-row') continue;
    const text = doc.lower.slice(b.contentStart, b.end);
    const m = PURPOSE_INTRO.exec(text);
    if (!m || !has(DATA_RE, doc.lower, b.start, b.end)) continue;
    const after = trimRange(doc, b.contentStart + m.index + m[0].length, b.end);
    if (fastRegExp(String.raw`\p{L}{3,}`, 'u').test(doc.slice(after))) {
      taken.add(b.index);
      list.push({ range: after, scope: [b.start, b.end], kind: 'item', block: b.index, number: b.number });
      continue;
    }
    if (m.index + m[0].length < text.length - 1) continue;
    for (let j = b.index + 1; j < doc.blocks.length; j++) {
      const it = doc.blocks[j];
      const sub = it.kind === 'list-item' || (it.kind === 'paragraph' && it.number && (!b.number || it.number.startsWith(`${b.number}.`)));
      if (!sub || taken.has(j)) break;
      addItem(doc, it, list, taken);
    }
  }

  list.sort((a, b) => a.range[0] - b.range[0]);
  const markers = purposeMarkers(doc);
  return { sections, list, tables, statements: [...markers, ...useStatements(doc)].sort((a, b) => a[0] - b[0]), markers };
}

function addItem(doc: PolicyDocument, b: Block, list: Purpose[], taken: Set<number>): void {
  taken.add(b.index);
  const text = doc.lower.slice(b.contentStart, b.end);
  if (NOT_A_PURPOSE.test(text) || isFieldBlock(doc, b)) return;
  const intro = PURPOSE_INTRO.exec(text);
  let from = b.contentStart;
  if (intro) {
    from = b.contentStart + intro.index + intro[0].length;
  } else if (/:\s*$/u.test(text)) {
    return; // an intro of a sub-list
  }
  const range = trimRange(doc, from, b.end);
  if (!fastRegExp(String.raw`\p{L}{3,}`, 'u').test(doc.slice(range))) return;
  list.push({ range, scope: [b.start, b.end], kind: 'item', block: b.index, number: b.number });
}

/** Blocks directly in a section (not in its subsections), by section index. */
function blocksBySection(doc: PolicyDocument): Block[][] {
  return doc.memo(computeBlocksBySection);
}

function computeBlocksBySection(doc: PolicyDocument): Block[][] {
  const out: Block[][] = doc.sections.map(() => []);
  for (const b of doc.blocks) if (b.section >= 0) out[b.section].push(b);
  return out;
}

function fromSection(doc: PolicyDocument, s: Section, list: Purpose[], taken: Set<number>, done: Set<number>): void {
  if (done.has(s.index)) return;
  done.add(s.index);
  const bySection = blocksBySection(doc);
  const blocks = bySection[s.index].filter((b) => b.kind !== 'heading');
  // A section with a purposes table: the table states the purposes; its other paragraphs comment on it.
  if (blocks.some((b) => b.kind === 'table-row' && taken.has(b.index))) {
    for (const b of blocks) taken.add(b.index);
    return;
  }
  let header = true;
  for (const b of blocks) {
    if (taken.has(b.index)) continue;
    if (b.kind === 'table-row') {
      // A table in the purposes section without a purpose column: its rows' first cells.
      const first = b.cells?.find((c) => fastRegExp(String.raw`\p{L}{3,}`, 'u').test(doc.text.slice(c[0], c[1])));
      if (header || b.header || !first) {
        header = false;
        continue;
      }
      taken.add(b.index);
      const range = trimRange(doc, first[0], first[1]);
      if (fastRegExp(String.raw`\p{L}{3,}`, 'u').test(doc.slice(range))) list.push({ range, scope: [b.start, b.end], kind: 'row', block: b.index, table: b.table });
      continue;
    }
    header = true;
    addItem(doc, b, list, taken);
  }
  for (const c of s.children) {
    const child = doc.sections[c];
    if (done.has(c)) continue;
    const own = bySection[c].filter((b) => b.kind !== 'heading' && b.kind !== 'table-row');
    const items = own.filter((b) => !isFieldBlock(doc, b) && !/:\s*$/u.test(doc.text.slice(b.start, b.end)));
    const h = doc.blocks[child.heading];
    if (own.some((b) => taken.has(b.index)) || taken.has(h.index)) {
      done.add(c);
      continue;
    }
    if (items.length >= 2 && !own.some((b) => isFieldBlock(doc, b))) {
      // A group of purposes ("3.1. Purposes for customers" with its items).
      fromSection(doc, child, list, taken, done);
      continue;
    }
    done.add(c);
    for (const d of doc.subtree(child)) done.add(d.index);
    const range = trimRange(doc, h.contentStart, h.end);
    if (NOT_A_PURPOSE.test(doc.lower.slice(range[0], range[1]))) continue;
    taken.add(h.index);
    for (const b of own) taken.add(b.index);
    list.push({ range, scope: [child.start, child.end], kind: 'section', block: h.index, number: child.number });
  }
}

function purposeMarkers(doc: PolicyDocument): [number, number][] {
  const out: [number, number][] = [];
  for (const m of findAll(PROSE_RE, doc.lower)) {
    const after = doc.lower.slice(m.end, m.end + 60);
    if (EMPTY_PURPOSE_AFTER.test(after) || VAGUE_GAP.test(m.text)) continue;
    if (!fastRegExp(String.raw`^[\s,:—–-]*(?:of\s+)?[«"“(]?\p{L}{3,}`, 'u').test(after)) continue;
    const s = doc.sentenceAt(m.start);
    if (!s || !has(DATA_RE, doc.lower, s.start, s.end)) continue;
    out.push([m.start, m.end]);
  }
  return out;
}

function useStatements(doc: PolicyDocument): [number, number][] {
  const out: [number, number][] = [];
  for (const s of doc.sentences) {
    const m = USE_FOR.exec(doc.lower.slice(s.start, s.end));
    if (m && has(DATA_RE, doc.lower, s.start, s.end)) out.push([s.start + m.index, s.start + m.index + m[0].length]);
  }
  return out;
}

/** A purpose right after a ground: "consent for marketing", «согласие — для рассылки». */
const FOR_PURPOSE = fastRegExp(String.raw`^[^.;:]{0,40}?(?:(?<![\p{L}])for|для|в\s+целях|с\s+целью|in\s+order\s+to)\s+(?!the\s+(?:extent|period|duration|term)|(?:the\s+)?(?:purposes?\s+)?(?:above|below|listed|specified|stated)|all\b|any\b|other\b|ин\p{L}*|всех|любых|следующ)\p{L}{3,}`, 'u');

/**
 * Grounds stated together with their own purpose ("consent (Art. 6 part 1 clause 1) for
 * marketing; performance of the contract for order processing"): clause → the text after it.
 */
export function groundPurposeTies(doc: PolicyDocument): Map<Clause, [number, number]> {
  return doc.memo(computeTies);
}

function computeTies(doc: PolicyDocument): Map<Clause, [number, number]> {
  const out = new Map<Clause, [number, number]>();
  for (const st of bases(doc).statements) {
    const gs = st.grounds.filter((g) => g.clause !== '?');
    gs.forEach((g, i) => {
      const next = gs.slice(i + 1).find((o) => o.start >= g.end && o.clause !== g.clause);
      const to = next ? next.start : st.end;
      const m = FOR_PURPOSE.exec(doc.lower.slice(g.end, to));
      if (m && !out.has(g.clause)) out.set(g.clause, [g.end + m.index, g.end + m.index + m[0].length]);
    });
  }
  return out;
}
