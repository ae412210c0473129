/**
 * Word (.docx) → the text a reader sees: body paragraphs, headings (by paragraph style) and table
 * rows, with automatic numbering rendered from numbering.xml («1.1.», «2)»). Headers, footers,
 * comments, footnotes, text boxes and deleted tracked changes are not read; inserted changes are.
 * Browser-safe. See docs/formats.md (Word).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { LoadError } from '../load.js';
import type { LineUnit, ParsedSource } from '../parse/units.js';
import { readZipEntry, zipEntries, type ZipLimits, DEFAULT_ZIP_LIMITS } from './zip.js';

/** Where a line of the extracted text is in the Word file. */
export interface ParagraphLocation {
  /** 1-based, among the body's paragraphs with text (a table row counts as one). */
  paragraph: number;
  /** The paragraph's number as the reader sees it ("4.2."), automatic or typed. */
  clause?: string;
}

export interface ExtractedDocx {
  /** One line per paragraph or table row (cells separated by « | », as in a Markdown table). */
  text: string;
  parsed: ParsedSource;
  lines: ParagraphLocation[];
}

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  isLgl: boolean;
  /** Restart after this level (0-based) or higher advances; -1 never. */
  restart?: number;
}

interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  /** numId → abstractNumId and start overrides per level. */
  nums: Map<string, { abstract: string; overrides: Map<number, number> }>;
}

interface Style {
  heading?: number;
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

const localName = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

function attr(tag: SaxesTagPlain, name: string): string | undefined {
  for (const [k, v] of Object.entries(tag.attributes)) if (localName(k) === name) return v as string;
  return undefined;
}

function xml(bytes: Uint8Array, part: string, handlers: { open?: (name: string, tag: SaxesTagPlain) => void; close?: (name: string) => void; text?: (t: string) => void }) {
  const parser = new SaxesParser();
  if (handlers.open) parser.on('opentag', (tag) => handlers.open!(localName(tag.name), tag as SaxesTagPlain));
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(localName(tag.name)));
  if (handlers.text) parser.on('text', handlers.text);
  try {
    parser.write(new TextDecoder('utf-8').decode(bytes)).close();
  } catch (err) {
    throw new LoadError(`corrupt Word file: ${part} is not well-formed XML (${(err as Error).message.split('\n')[0]})`);
  }
}

function readNumbering(bytes: Uint8Array | undefined): Numbering {
  const n: Numbering = { abstracts: new Map(), nums: new Map() };
  if (!bytes) return n;
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let num: { abstract: string; overrides: Map<number, number> } | undefined;
  let overrideLevel = -1;
  xml(bytes, 'word/numbering.xml', {
    open(name, tag) {
      if (name === 'abstractNum') {
        abstract = new Map();
        n.abstracts.set(attr(tag, 'abstractNumId') ?? '', abstract);
      } else if (name === 'lvl' && abstract && !num) {
        level = { start: 1, numFmt: 'decimal', lvlText: '', isLgl: false };
        abstract.set(Number(attr(tag, 'ilvl') ?? 0), level);
      } else if (name === 'num') {
        num = { abstract: '', overrides: new Map() };
        n.nums.set(attr(tag, 'numId') ?? '', num);
      } else if (name === 'abstractNumId' && num) num.abstract = attr(tag, 'val') ?? '';
      else if (name === 'lvlOverride' && num) overrideLevel = Number(attr(tag, 'ilvl') ?? 0);
      else if (name === 'startOverride' && num && overrideLevel >= 0) num.overrides.set(overrideLevel, Number(attr(tag, 'val') ?? 1));
      else if (level && !num) {
        const val = attr(tag, 'val');
        if (name === 'start') level.start = Number(val ?? 1);
        else if (name === 'numFmt') level.numFmt = val ?? 'decimal';
        else if (name === 'lvlText') level.lvlText = val ?? '';
        else if (name === 'isLgl') level.isLgl = val !== '0' && val !== 'false';
        else if (name === 'lvlRestart') level.restart = Number(val ?? 0) - 1;
      }
    },
    close(name) {
      if (name === 'abstractNum') abstract = undefined;
      else if (name === 'lvl') level = undefined;
      else if (name === 'num') num = undefined;
      else if (name === 'lvlOverride') overrideLevel = -1;
    },
  });
  return n;
}

function readStyles(bytes: Uint8Array | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!bytes) return styles;
  let style: Style | undefined;
  let inPPr = false;
  xml(bytes, 'word/styles.xml', {
    open(name, tag) {
      if (name === 'style') {
        style = {};
        styles.set(attr(tag, 'styleId') ?? '', style);
      } else if (!style) return;
      else if (name === 'name') {
        const m = /^heading\s*(\d)$/i.exec(attr(tag, 'val') ?? '');
        if (m) style.heading = Number(m[1]);
        else if (/^title$/i.test(attr(tag, 'val') ?? '')) style.heading = 1;
      } else if (name === 'basedOn') style.basedOn = attr(tag, 'val');
      else if (name === 'pPr') inPPr = true;
      else if (inPPr && name === 'numId') style.numId = attr(tag, 'val');
      else if (inPPr && name === 'ilvl') style.ilvl = Number(attr(tag, 'val') ?? 0);
      else if (inPPr && name === 'outlineLvl' && style.heading === undefined) {
        const lvl = Number(attr(tag, 'val'));
        if (lvl >= 0 && lvl < 9) style.heading = lvl + 1;
      }
    },
    close(name) {
      if (name === 'style') style = undefined;
      else if (name === 'pPr') inPPr = false;
    },
  });
  return styles;
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
const RU_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';

function letters(n: number, alphabet: string): string {
  // Word repeats the letter past the alphabet: a … z, aa … zz.
  const k = alphabet.length;
  return alphabet[(n - 1) % k].repeat(Math.floor((n - 1) / k) + 1);
}

/** A counter in a numbering format. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz').toUpperCase();
    case 'russianLower':
      return letters(n, RU_LETTERS);
    case 'russianUpper':
      return letters(n, RU_LETTERS).toUpperCase();
    case 'lowerRoman':
    case 'upperRoman': {
      let out = '';
      let rest = n;
      for (const [v, s] of ROMAN) while (rest >= v) {
        out += s;
        rest -= v;
      }
      return fmt === 'upperRoman' ? out.toUpperCase() : out;
    }
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** Counters of the lists met so far; renders a paragraph's number as Word shows it. */
class Counters {
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();
  constructor(private readonly numbering: Numbering) {}

  /** The rendered number ("1.2.", "а)") or, for a bullet, null; undefined when not numbered. */
  next(numId: string, ilvl: number): { label: string; bullet: boolean } | undefined {
    const num = this.numbering.nums.get(numId);
    if (!num) return undefined;
    const levels = this.numbering.abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (!levels || !level) return undefined;
    // Word continues a list across numbering instances of the same abstract list; an instance
    // with a start override restarts it at its first paragraph.
    const key = num.abstract;
    let counts = this.counts.get(key);
    if (!counts) this.counts.set(key, (counts = []));
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of num.overrides) counts[l] = start - 1;
    }
    const startOf = (l: number) => levels.get(l)?.start ?? 1;
    counts[ilvl] = (counts[ilvl] ?? startOf(ilvl) - 1) + 1;
    for (let l = ilvl + 1; l < 9; l++) {
      const lv = levels.get(l);
      if (!lv || lv.restart === undefined || lv.restart >= ilvl) counts[l] = undefined;
    }
    if (level.numFmt === 'bullet') return { label: level.lvlText, bullet: true };
    const label = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const c = counts[l] ?? startOf(l);
      const lv = levels.get(l);
      return formatNumber(c, level.isLgl ? 'decimal' : lv?.numFmt ?? 'decimal');
    });
    return { label, bullet: false };
  }
}

/** Elements whose content a reader does not see in the body (or which hold nested bodies we skip). */
const SKIPPED = new Set(['del', 'moveFrom', 'delText', 'instrText', 'drawing', 'pict', 'object', 'AlternateContent', 'txbxContent', 'footnoteReference', 'endnoteReference', 'commentReference']);
/** A typed clause number at the start of a paragraph («4.», «4.2», «4.2.», «2)»), not a bare number. */
const TYPED_CLAUSE = /^(\d{1,3}(?:\.\d{1,3}){1,4}\.?|\d{1,3}[.)])(?=\s)/;

/** Extracts a .docx file's body. Throws LoadError for what is not a readable Word document. */
export function extractDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ExtractedDocx {
  const entries = zipEntries(bytes);
  const docEntry = entries.get('word/document.xml');
  if (!docEntry) {
    if (entries.has('content.xml') || entries.has('mimetype')) throw new LoadError('an OpenDocument file (.odt): save it as .docx, PDF, HTML, Markdown or text');
    throw new LoadError('not a Word document: the ZIP archive has no word/document.xml (supported: .docx, .pdf, .md, .html, .txt)');
  }
  const part = (name: string) => {
    const e = entries.get(name);
    return e ? readZipEntry(bytes, e, limits) : undefined;
  };
  const numbering = readNumbering(part('word/numbering.xml'));
  const styles = readStyles(part('word/styles.xml'));
  const counters = new Counters(numbering);

  const styleProp = <K extends keyof Style>(id: string | undefined, key: K): Style[K] | undefined => {
    for (let s = id, guard = 0; s && guard < 20; guard++) {
      const st = styles.get(s);
      if (!st) return undefined;
      if (st[key] !== undefined) return st[key];
      s = st.basedOn;
    }
    return undefined;
  };

  const lines: string[] = [];
  const units: LineUnit[] = [];
  const locs: ParagraphLocation[] = [];
  let offset = 0;
  const emit = (text: string, kind: LineUnit['kind'], depth: number, clause: string | undefined, cells?: [number, number][]) => {
    const unit: LineUnit = { kind, depth, group: units.length, text, segments: [{ textStart: 0, sourceStart: offset, length: text.length }] };
    if (kind === 'paragraph') unit.standalone = true;
    if (cells) {
      unit.cells = cells;
      unit.table = tableId;
    }
    units.push(unit);
    lines.push(text);
    const loc: ParagraphLocation = { paragraph: lines.length };
    const typed = clause ?? TYPED_CLAUSE.exec(text)?.[1];
    if (typed) loc.clause = typed;
    locs.push(loc);
    offset += text.length + 1;
  };

  let inBody = false;
  let skip = 0;
  let tableDepth = 0;
  let tableId = 0;
  let inPPr = false;
  let inT = false;
  let para: { text: string; style?: string; numId?: string; ilvl?: number } | undefined;
  let row: string[] | undefined;
  let rowHeader = false;
  let cell: string[] | undefined;
  const add = (s: string) => {
    if (para) para.text += s;
  };

  const closeParagraph = () => {
    if (!para) return;
    const p = para;
    para = undefined;
    const numId = p.numId ?? styleProp(p.style, 'numId');
    const ilvl = p.ilvl ?? styleProp(p.style, 'ilvl') ?? 0;
    let text = p.text.replace(/\s+/g, ' ').trim();
    const number = numId && numId !== '0' ? counters.next(numId, ilvl) : undefined;
    if (!text) return;
    let clause: string | undefined;
    if (number && !number.bullet && number.label) {
      clause = number.label;
      text = `${number.label} ${text}`;
    }
    if (cell) {
      cell.push(text);
      return;
    }
    const heading = styleProp(p.style, 'heading');
    if (heading) emit(text, 'heading', heading, clause);
    else if (number?.bullet) emit(text, 'list-item', ilvl + 1, undefined);
    else emit(text, 'paragraph', 0, clause);
  };

  xml(part('word/document.xml')!, 'word/document.xml', {
    open(name, tag) {
      if (name === 'body') inBody = true;
      if (!inBody) return;
      if (skip) {
        skip++;
        return;
      }
      if (SKIPPED.has(name)) {
        skip = 1;
        return;
      }
      switch (name) {
        case 'p':
          if (!para) para = { text: '' };
          break;
        case 'pPr':
          inPPr = true;
          break;
        case 'pStyle':
          if (inPPr && para) para.style = attr(tag, 'val');
          break;
        case 'numId':
          if (inPPr && para) para.numId = attr(tag, 'val');
          break;
        case 'ilvl':
          if (inPPr && para) para.ilvl = Number(attr(tag, 'val') ?? 0);
          break;
        case 't':
          inT = true;
          break;
        case 'tab':
        case 'br':
        case 'cr':
          if (!inPPr) add(' ');
          break;
        case 'noBreakHyphen':
          add('-');
          break;
        case 'tbl':
          if (++tableDepth === 1) tableId++;
          break;
        case 'tr':
          if (tableDepth === 1) {
            row = [];
            rowHeader = false;
          }
          break;
        case 'tblHeader':
          // "Repeat as header row": the row names the columns.
          if (tableDepth === 1 && row && attr(tag, 'val') !== '0' && attr(tag, 'val') !== 'false') rowHeader = true;
          break;
        case 'tc':
          if (tableDepth === 1) cell = [];
          break;
      }
    },
    close(name) {
      if (!inBody) return;
      if (skip) {
        skip--;
        return;
      }
      switch (name) {
        case 'body':
          inBody = false;
          break;
        case 'pPr':
          inPPr = false;
          break;
        case 't':
          inT = false;
          break;
        case 'p':
          closeParagraph();
          break;
        case 'tc':
          if (tableDepth === 1 && row && cell) {
            row.push(cell.join(' '));
            cell = undefined;
          }
          break;
        case 'tr':
          if (tableDepth === 1 && row) {
            const cellsText = row.map((c) => c.replace(/\t/g, ' '));
            if (cellsText.some((c) => c)) {
              const cells: [number, number][] = [];
              let text = '';
              for (const c of cellsText) {
                if (cells.length) text += ' | ';
                cells.push([text.length, text.length + c.length]);
                text += c;
              }
              emit(text, 'table-row', 0, undefined, cells.filter(([a, b]) => b > a));
              if (rowHeader) units[units.length - 1].header = true;
            }
            row = undefined;
          }
          break;
        case 'tbl':
          tableDepth--;
          break;
      }
    },
    text(t) {
      if (inT && !skip && inBody) add(t);
    },
  });
  if (lines.length === 0) throw new LoadError('the Word document has no text in its body');
  return { text: lines.join('\n'), parsed: { units }, lines: locs };
}
