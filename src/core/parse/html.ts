import { defaultTreeAdapter, parse } from 'parse5';
import type { DefaultTreeAdapterMap, DefaultTreeAdapterTypes as P, TreeAdapter } from 'parse5';
import type { Segment } from '../text.js';
import type { LineUnit, ParsedSource } from './units.js';
import { fastRegExp } from './../match.js';
import { blankServerCode } from './template.js';

/*
 * HTML → line units, with every piece of text mapped to its offset in the HTML source.
 *
 * Parsed with parse5 (the WHATWG parser that rehype-parse itself wraps). rehype-parse's conversion
 * to hast (hast-util-from-parse5) recurses once per nesting level and overflows the stack at about
 * 10,000 nested elements; parse5 alone is iterative and linear, and this module walks its tree with
 * explicit stacks. Character references are decoded by parse5; each decoded character is mapped
 * back onto its reference in the source (see `align`).
 *
 * What counts as policy text (docs/formats.md): the visible text of the body. Not counted: <head>,
 * script/style/template/noscript, svg/math, iframe/object/embed/canvas/audio/video, form controls
 * (button, select, textarea, datalist), nav and ARIA navigation/banner/contentinfo/search/menu
 * landmarks, hidden elements (`hidden` except "until-found", inline display:none /
 * visibility:hidden, closed <dialog>, the visually-hidden "sr-only" classes), cookie banners
 * marked by their usual class names, and the page's own header and footer (a <header>/<footer>,
 * or a div with a header/footer/menu class or id, outside article/section/main/aside/nav; a page
 * header that holds the <h1> is kept). When a <main> holds most of the visible text, only <main>
 * counts. Comments are not text (the engine reads suppression comments from the raw source).
 * Server code and template syntax of server pages (<?php ?>, <% %>, razor @{ }, {% %}, and {{ }}
 * in templates) is blanked first (./template.ts).
 */

type Node = P.Node;
type El = P.Element;

const SKIP_TAGS = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'object', 'embed',
  'applet', 'canvas', 'audio', 'video', 'picture', 'map', 'button', 'select', 'option', 'optgroup', 'datalist',
  'textarea', 'input', 'nav', 'meter', 'progress',
]);

/** Elements that start and end a block of text (the CSS display:block elements of the UA sheet). */
const BLOCK_TAGS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu', 'ol', 'p', 'plaintext', 'pre', 'search',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp', 'frameset', 'noframes',
]);
const LIST_TAGS = new Set(['ul', 'ol', 'menu', 'dir']);
const PRE_TAGS = new Set(['pre', 'listing', 'xmp', 'plaintext']);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Ancestors that make a <header>/<footer> the header of that content, not of the page. */
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menubar', 'menu', 'toolbar', 'tablist']);
const VISUALLY_HIDDEN = new Set(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screen-reader-only', 'element-invisible']);
/** Utility classes that hide an element in the common CSS frameworks (Bootstrap, Tailwind, Bulma…). */
// Not Bootstrap's "collapse": a policy in an accordion is still the policy.
const UTILITY_HIDDEN = ['hidden', 'd-none', 'is-hidden', 'hide', 'u-hidden', 'display-none', 'invisible'];
/** Hidden classes of the page being parsed: the utility ones plus those its <style> sets to display:none. */
let hiddenClasses = new Set<string>(UTILITY_HIDDEN);

/** Class selectors that a page's own style sheets hide: `.draft { display: none }`. */
function styleHiddenClasses(source: string): Set<string> {
  const out = new Set<string>(UTILITY_HIDDEN);
  const styles = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
  for (let m = styles.exec(source); m; m = styles.exec(source)) {
    const rules = /([^{}]{1,300})\{([^{}]{0,500})\}/g;
    for (let r = rules.exec(m[1]); r; r = rules.exec(m[1])) {
      if (!/(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(r[2])) continue;
      // Only simple selectors ".name" (possibly in a list): a descendant selector hides less.
      for (const sel of r[1].split(',')) {
        const simple = /^\s*\.([\w-]+)\s*$/.exec(sel);
        if (simple) out.add(simple[1].toLowerCase());
      }
    }
  }
  return out;
}
const COOKIE_BANNER = new Set([
  'cookie-banner', 'cookie-notice', 'cookie-consent', 'cookie-bar', 'cookies-banner', 'cookie-popup', 'cookie-message',
  'cookie-warning', 'cookie-alert', 'cookie-notification', 'cookie-law-info-bar', 'cookies-notice', 'cookie-modal',
]);
const HEADER_TOKENS = new Set(['header', 'site-header', 'page-header', 'masthead', 'topbar', 'top-bar']);
const FOOTER_TOKENS = new Set([
  'footer', 'site-footer', 'page-footer', 'colophon', 'menu', 'main-menu', 'top-menu', 'navbar', 'navigation',
  'breadcrumbs', 'breadcrumb', 'sidebar',
]);
/** Text of a table cell longer than this makes the table a layout table. */
const LAYOUT_CELL_TEXT = 2000;

const attr = (el: El, name: string): string | undefined => {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
};

function tokens(el: El): string[] {
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  const out = cls ? cls.toLowerCase().split(/[\t\n\f\r ]+/) : [];
  if (id) out.push(id.toLowerCase().trim());
  return out;
}

/** Elements whose content is never policy text, wherever they are. */
function skippedAlways(el: El): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  const hidden = attr(el, 'hidden');
  if (hidden !== undefined && hidden.trim().toLowerCase() !== 'until-found') return true;
  if (el.tagName === 'dialog' && attr(el, 'open') === undefined) return true;
  const style = attr(el, 'style');
  if (style && /(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\b/i.test(style)) return true;
  const role = attr(el, 'role');
  if (role && SKIP_ROLES.has(role.trim().toLowerCase())) return true;
  if (el.attrs.length > 0) {
    for (const t of tokens(el)) if (VISUALLY_HIDDEN.has(t) || COOKIE_BANNER.has(t)) return true;
    const cls = attr(el, 'class');
    if (cls) for (const c of cls.toLowerCase().split(/[\t\n\f\r ]+/)) if (hiddenClasses.has(c)) return true;
  }
  return false;
}

/** 'header' / 'footer' when the element is page furniture if it is not inside the page's content. */
function chromeKind(el: El): 'header' | 'footer' | undefined {
  if (el.tagName === 'header') return 'header';
  if (el.tagName === 'footer') return 'footer';
  if (el.tagName !== 'div' || el.attrs.length === 0) return undefined;
  const ts = tokens(el);
  if (ts.some((t) => HEADER_TOKENS.has(t))) return 'header';
  if (ts.some((t) => FOOTER_TOKENS.has(t))) return 'footer';
  return undefined;
}

const children = (n: Node): Node[] => ('childNodes' in n ? (n.childNodes as Node[]) : []);
const isEl = (n: Node): n is El => 'tagName' in n;

/** Elements of running prose: a header or footer beside them belongs to that text, not to the page. */
const PROSE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'blockquote', 'pre']);

/**
 * Page furniture sits among other containers; a "footer" beside paragraphs is the text's own.
 * (Directly in <body> it is the page's.) `seen` caches the answer per parent.
 */
function amongProse(el: El, seen: Map<Node, boolean>): boolean {
  const parent = el.parentNode as Node | null;
  if (!parent || !isEl(parent) || parent.tagName === 'body') return false;
  let found = seen.get(parent);
  if (found === undefined) {
    found = children(parent).some((sib) => (isEl(sib) ? PROSE.has(sib.tagName) : sib.nodeName === '#text' && /\S/.test((sib as P.TextNode).value)));
    seen.set(parent, found);
  }
  return found;
}

function isSectioning(el: El): boolean {
  if (SECTIONING.has(el.tagName)) return true;
  const role = attr(el, 'role');
  return role === 'main' || role === 'article';
}

interface TableInfo {
  layout: boolean;
  hasHeader: boolean;
  maxCells: number;
  rowCells: number;
  openCells: number;
}

interface Prepared {
  skip: Set<El>;
  root: Node;
  tables: Map<El, TableInfo>;
}

/**
 * First pass: which elements are skipped, which tables are data tables (not layout), and whether
 * a <main> holds the policy. Iterative post-order walk.
 */
function prepare(document: Node): Prepared {
  const skip = new Set<El>();
  const tables = new Map<El, TableInfo>();
  const prose = new Map<Node, boolean>();
  const openTables: TableInfo[] = [];
  const mains: { el: El; text: number }[] = [];
  interface Frame {
    text: number;
    h1: boolean;
    chrome?: 'header' | 'footer';
    sectioning: boolean;
    cellOf?: TableInfo;
  }
  const frames: Frame[] = [{ text: 0, h1: false, sectioning: false }];
  let sectioning = 0;
  // Explicit stack: a node, and whether it is being left (its children are done).
  const stack: Node[] = [document];
  const leaving: boolean[] = [false];
  while (stack.length) {
    const node = stack.pop()!;
    const exit = leaving.pop()!;
    if (!isEl(node)) {
      if (node.nodeName === '#text') {
        const v = (node as P.TextNode).value;
        let n = 0;
        for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 32) n++;
        frames[frames.length - 1].text += n;
      } else if (!exit) {
        const kids = children(node);
        for (let i = kids.length - 1; i >= 0; i--) {
          stack.push(kids[i]);
          leaving.push(false);
        }
      }
      continue;
    }
    const el = node;
    const tag = el.tagName;
    if (!exit) {
      if (skippedAlways(el)) {
        skip.add(el);
        continue;
      }
      const kind = sectioning === 0 ? chromeKind(el) : undefined;
      const chrome = kind && !amongProse(el, prose) ? kind : undefined;
      if (chrome === 'footer') {
        skip.add(el);
        continue;
      }
      const top = openTables[openTables.length - 1];
      if (top && top.openCells > 0 && (HEADINGS[tag] || tag === 'table')) top.layout = true;
      let cellOf: TableInfo | undefined;
      if (tag === 'table') {
        const info: TableInfo = { layout: false, hasHeader: false, maxCells: 0, rowCells: 0, openCells: 0 };
        tables.set(el, info);
        openTables.push(info);
      } else if (top && tag === 'tr') {
        top.rowCells = 0;
      } else if (top && tag === 'thead') {
        top.hasHeader = true;
      } else if (top && (tag === 'td' || tag === 'th')) {
        top.rowCells++;
        top.maxCells = Math.max(top.maxCells, top.rowCells);
        top.openCells++;
        if (tag === 'th') top.hasHeader = true;
        cellOf = top;
      }
      const sec = isSectioning(el);
      if (sec) sectioning++;
      frames.push({ text: 0, h1: tag === 'h1', chrome, sectioning: sec, cellOf });
      stack.push(el);
      leaving.push(true);
      const kids = children(el);
      for (let i = kids.length - 1; i >= 0; i--) {
        stack.push(kids[i]);
        leaving.push(false);
      }
      continue;
    }
    const f = frames.pop()!;
    const parent = frames[frames.length - 1];
    if (f.sectioning) sectioning--;
    if (f.cellOf) {
      f.cellOf.openCells--;
      if (f.text > LAYOUT_CELL_TEXT) f.cellOf.layout = true;
    }
    if (tag === 'table') {
      const info = openTables.pop()!;
      if (info.maxCells <= 1) info.layout = true;
    }
    if (f.chrome === 'header' && !f.h1) {
      skip.add(el);
      continue;
    }
    if (tag === 'main' || attr(el, 'role') === 'main') mains.push({ el, text: f.text });
    parent.text += f.text;
    parent.h1 ||= f.h1;
  }
  const total = frames[0].text;
  let root: Node = document;
  let best = 0;
  for (const m of mains) {
    if (m.text > best && m.text >= total * 0.5) {
      best = m.text;
      root = m.el;
    }
  }
  return { skip, root, tables };
}

// ---------------------------------------------------------------------------------------------
// Lines: text with whitespace collapsed as a browser renders it, and segments into the source.

interface Seg extends Segment {
  /** A decoded character reference [start, end) in the source. */
  ref?: [number, number];
  /** Text that is not the source verbatim (a collapsed space, half a surrogate pair): never merged. */
  loose?: boolean;
}

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;
const TOKEN = /[\t\n\f\r ]+|[\u00ad\u200b\u2060\ufeff]+|[^\t\n\f\r \u00ad\u200b\u2060\ufeff]+/g;
const WORD = fastRegExp(String.raw`[\p{L}\p{N}]`, 'u');
const SPACE = /\s/;

class LineBuf {
  text = '';
  segs: Seg[] = [];
  /** Source offset of a collapsed run of whitespace waiting to become one space. */
  space = -1;
  /** Whether the source at `space` is a plain space (not a newline, a tab, a <br> or a reference). */
  spaceExact = true;
  /** A block boundary inside a table cell, waiting to become a separator. */
  sep = false;

  private flushPending(): void {
    if (this.text.length === 0) {
      this.space = -1;
      this.sep = false;
      return;
    }
    if (this.sep) {
      this.text += /[.;:,!?]$/.test(this.text) ? ' ' : '; ';
      this.sep = false;
      this.space = -1;
    } else if (this.space >= 0) {
      if (this.spaceExact) this.push(' ', this.space);
      else {
        this.segs.push({ textStart: this.text.length, sourceStart: this.space, length: 1, loose: true });
        this.text += ' ';
      }
      this.space = -1;
    }
  }

  private push(piece: string, pos: number): void {
    const last = this.segs[this.segs.length - 1];
    if (last && !last.ref && !last.loose && last.textStart + last.length === this.text.length && last.sourceStart + last.length === pos) {
      last.length += piece.length;
    } else {
      this.segs.push({ textStart: this.text.length, sourceStart: pos, length: piece.length });
    }
    this.text += piece;
  }

  whitespace(pos: number, exact = true): void {
    if (this.space < 0) {
      this.space = pos;
      this.spaceExact = exact;
    }
  }

  /** Text that is in the source verbatim at `pos`. `pre`: keep spaces (no newlines in `str`). */
  exact(str: string, pos: number, pre: boolean): void {
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(str); m; m = TOKEN.exec(str)) {
      const tok = m[0];
      const c = tok.charCodeAt(0);
      if (c === 32 || c === 9 || c === 10 || c === 12 || c === 13) {
        if (pre && this.text.length > 0) {
          this.flushPending();
          this.push(tok, pos + m.index);
        } else this.whitespace(pos + m.index, c === 32);
      } else if (INVISIBLE.test(tok[0])) {
        continue;
      } else {
        this.flushPending();
        this.push(tok, pos + m.index);
      }
    }
  }

  /** A decoded character reference (or a normalised line break) standing for source [start, end). */
  decoded(str: string, start: number, end: number): void {
    if (/^[\t\n\f\r ]$/.test(str)) {
      this.whitespace(start, false);
      return;
    }
    if (INVISIBLE.test(str)) return;
    this.flushPending();
    if (str.length === 1) {
      this.segs.push({ textStart: this.text.length, sourceStart: start, length: 1, ref: [start, end] });
      this.text += str;
      return;
    }
    // A surrogate pair (or a legacy reference followed by literal text): the first unit at the
    // reference's start, the rest right-aligned onto its end, so a range covering it all is exact.
    for (let k = 0; k < str.length; k++) {
      const pos = k === 0 ? start : Math.max(start, end - (str.length - k));
      this.segs.push({ textStart: this.text.length, sourceStart: pos, length: 1, loose: true });
      this.text += str[k];
    }
  }

  get empty(): boolean {
    return this.text.length === 0;
  }

  /** The trimmed line, or undefined when blank. Resets the buffer. */
  take(): { text: string; segments: Segment[] } | undefined {
    const full = this.text;
    const segs = this.segs;
    this.text = '';
    this.segs = [];
    this.space = -1;
    this.sep = false;
    let s = 0;
    let e = full.length;
    while (s < e && SPACE.test(full[s])) s++;
    while (e > s && SPACE.test(full[e - 1])) e--;
    if (s >= e) return undefined;
    const text = full.slice(s, e);
    const segments: Segment[] = [];
    for (const seg of segs) {
      const a = Math.max(s, seg.textStart);
      const b = Math.min(e, seg.textStart + seg.length);
      if (a >= b) continue;
      let sourceStart = seg.sourceStart + (a - seg.textStart);
      if (seg.ref) {
        // One character for a whole reference ("&raquo;"): it maps to the reference's first
        // character, or to its last one where it ends a word, so that a range that starts or ends
        // with it covers the whole reference in the source.
        const t = a - s;
        const prev = text[t - 1];
        const next = text[t + 1];
        const endsWord = next === undefined || (!WORD.test(next) && prev !== undefined && !SPACE.test(prev));
        if (endsWord) sourceStart = seg.ref[1] - 1;
      }
      segments.push({ textStart: a - s, sourceStart, length: b - a });
    }
    return { text, segments };
  }
}

// ---------------------------------------------------------------------------------------------
// Mapping a text node's decoded value onto its source.

type Emit = (piece: string, start: number, end: number) => void;
const REF = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;
/** After "<", these start markup; text never holds "<" followed by them. */
const TAG_START = /^[A-Za-z/!?]$/;

/**
 * Walks a text node's value against its source span: literal runs map one to one, a character
 * reference maps to the reference, a CRLF (normalised to LF by the parser) to the CR. No entity
 * table is needed: a reference's extent is confirmed by the literal text after it.
 */
function align(source: string, start: number, end: number, value: string, emit: Emit, exact: (piece: string, pos: number) => void): void {
  let i = 0;
  let j = start;
  const n = value.length;
  while (i < n) {
    if (j >= end) {
      emit(value.slice(i), Math.max(start, end - 1), end);
      return;
    }
    const c = source.charCodeAt(j);
    if (c === 38) {
      const used = reference(source, j, end, value, i);
      if (used) {
        emit(value.slice(i, i + used[0]), j, used[1]);
        i += used[0];
        j = used[1];
        continue;
      }
    } else if (c === 13 && value.charCodeAt(i) === 10) {
      const len = j + 1 < end && source.charCodeAt(j + 1) === 10 ? 2 : 1;
      emit('\n', j, j + len);
      i++;
      j += len;
      continue;
    }
    let k = 0;
    while (i + k < n && j + k < end) {
      const sc = source.charCodeAt(j + k);
      if (sc !== value.charCodeAt(i + k) || sc === 13 || (sc === 38 && k > 0) || (sc === 60 && TAG_START.test(source[j + k + 1] ?? ''))) break;
      k++;
    }
    if (k > 0) {
      exact(value.slice(i, i + k), j);
      i += k;
      j += k;
      continue;
    }
    // Markup the parser ignored inside the text's span (a stray end tag such as "</h2>").
    if (c === 60) {
      const close = source.indexOf('>', j);
      if (close >= 0 && close < end) {
        j = close + 1;
        continue;
      }
    }
    // The parser dropped this source character (NUL) or replaced it (U+FFFD).
    if (value.charCodeAt(i) === 0xfffd) {
      emit('\ufffd', j, j + 1);
      i++;
    }
    j++;
  }
}

/**
 * parse5 sometimes starts a text node that begins with a character reference at the reference's
 * end (after whitespace it dropped before <html>): move the start back onto the reference.
 */
function textStart(source: string, start: number, value: string): number {
  if (!value || source[start] === value[0] || start === 0) return start;
  for (let k = start; k >= Math.max(0, start - 40); k--) {
    if (source.charCodeAt(k) !== 38) continue;
    REF.lastIndex = k;
    const m = REF.exec(source);
    return m && k + m[0].length > start ? k : start;
  }
  return start;
}

/** A character reference at source[j]: [value units it produced, source end], or undefined (literal "&"). */
function reference(source: string, j: number, end: number, value: string, i: number): [number, number] | undefined {
  REF.lastIndex = j;
  const m = REF.exec(source);
  if (!m) return undefined;
  const r = Math.min(j + m[0].length, end);
  const hi = value.charCodeAt(i);
  const d = hi >= 0xd800 && hi <= 0xdbff && i + 1 < value.length ? 2 : 1;
  if (i + d > value.length) return undefined;
  const numeric = source.charCodeAt(j + 1) === 35;
  // A named reference may be a legacy one without ";" that stops early ("&copy2026" = "©2026").
  const from = numeric ? r : j + 2;
  const to = numeric ? r : Math.min(r, j + 34);
  let unverified: [number, number] | undefined;
  for (let q = from; q <= to; q++) {
    const a = agrees(source, q, end, value, i + d, q === r);
    if (a === 2) return [d, q];
    if (a === 1) unverified = [d, q];
  }
  if (!numeric && r > to) {
    const a = agrees(source, r, end, value, i + d, true);
    if (a === 2) return [d, r];
    if (a === 1) unverified = [d, r];
  }
  // Nothing after it to confirm: an unknown name ("&foo;") stays literal if the value has it so.
  if (unverified && value.startsWith(source.slice(j, r), i)) return undefined;
  return unverified;
}

/**
 * Does the source after a reference (from q) continue as the value does (from v)? 2: yes, seen;
 * 1: nothing to compare (another reference, a line break or markup follows), plausible; 0: no.
 */
function agrees(source: string, q: number, end: number, value: string, v: number, full: boolean): 0 | 1 | 2 {
  let k = 0;
  let w = v;
  let p = q;
  let skipped = false;
  while (k < 12 && p < end) {
    const sc = source.charCodeAt(p);
    if (sc === 0) {
      if (value.charCodeAt(w) === 0xfffd) w++; // NUL: dropped or replaced by the parser
      p++;
      continue;
    }
    if (sc === 60 && TAG_START.test(source[p + 1] ?? '')) {
      // Markup inside the span (an ignored tag, or a table the text was moved out of): look past it.
      const close = source.indexOf('>', p);
      if (close < 0 || close >= end) break;
      p = close + 1;
      skipped = true;
      if (p >= end) return w === value.length ? 2 : 0;
      continue;
    }
    if (sc === 38 || sc === 13) break;
    // Past markup, text may come from elsewhere (foster-parented out of a table): not a disproof.
    if (sc !== value.charCodeAt(w)) return skipped && full ? 1 : 0;
    w++;
    k++;
    p++;
  }
  if (k > 0) return 2;
  if (q >= end) return v === value.length ? 2 : 0;
  if (!full) return 0;
  if (source.charCodeAt(p) === 13) return value.charCodeAt(w) === 10 ? 2 : 0;
  return w < value.length ? 1 : 0;
}

/**
 * parse5's tree adapter, except that text is never merged into the text node before it: each
 * text token keeps its own source location, so text moved by the parser (out of a table, past an
 * ignored tag) does not stretch a node's span over markup and other text.
 */
const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  insertText(parent, text) {
    defaultTreeAdapter.appendChild(parent, defaultTreeAdapter.createTextNode(text));
  },
  insertTextBefore(parent, text, reference) {
    defaultTreeAdapter.insertBefore(parent, defaultTreeAdapter.createTextNode(text), reference);
  },
};

// ---------------------------------------------------------------------------------------------
// Second pass: units.

/** HTML: visible body text as headings, paragraphs, list items and table rows (see the top of the file). */
export function parseHtml(original: string): ParsedSource {
  // Server pages and templates: server code and template syntax blanked with spaces, offsets kept.
  const source = blankServerCode(original);
  hiddenClasses = styleHiddenClasses(source);
  const document = parse(source, { sourceCodeLocationInfo: true, scriptingEnabled: true, treeAdapter }) as Node;
  const { skip, root, tables } = prepare(document);
  const units: LineUnit[] = [];
  let group = 0;
  let tableCount = 0;

  // The current run of text: its lines (split by <br>) and the line being built.
  let lines: { text: string; segments: Segment[]; newGroup: boolean }[] = [];
  let line = new LineBuf();
  let breaks = 0;
  let headingLevel = 0;
  let headingOpen = 0;
  let pendingItem = -1;
  let listDepth = 0;
  // The open lists, innermost last: an <ol> item's number is drawn by the browser, not in the text.
  const listTags: string[] = [];
  let pendingOrdered = false;
  let preDepth = 0;
  let lastPos = 0;

  // Data tables: the row being built and its cells.
  interface Row {
    cells: { text: string; segments: Segment[] }[];
    th: boolean[];
    thead: boolean;
    table: number;
    info: TableInfo;
    first: boolean;
  }
  let row: Row | undefined;
  let cell: LineBuf | undefined;
  let openRow: El | undefined;
  let openCell: El | undefined;
  const dataTables: { id: number; info: TableInfo; rows: number }[] = [];

  const cur = () => cell ?? line;

  const endLine = () => {
    const taken = line.take();
    if (taken) {
      lines.push({ ...taken, newGroup: breaks >= 2 });
      breaks = 1;
    } else breaks++;
  };

  const flush = () => {
    if (cell) return;
    endLine();
    breaks = 0;
    if (lines.length === 0) return;
    group++;
    lines.forEach((l, k) => {
      if (k > 0 && l.newGroup) group++;
      let kind: LineUnit['kind'] = 'paragraph';
      let depth = 0;
      if (k === 0 && headingOpen > 0) {
        kind = 'heading';
        depth = headingLevel;
      } else if (k === 0 && pendingItem > 0) {
        kind = 'list-item';
        depth = pendingItem;
        pendingItem = -1;
      }
      const unit: LineUnit = { kind, depth, group, text: l.text, segments: l.segments };
      if (kind === 'list-item' && pendingOrdered) unit.ordered = true;
      units.push(unit);
    });
    lines = [];
  };

  const emit: Emit = (piece, start, end) => {
    lastPos = end;
    const buf = cur();
    if (preDepth > 0 && !cell && piece === '\n') {
      endLine();
      return;
    }
    buf.decoded(piece, start, end);
  };
  const exact = (piece: string, pos: number) => {
    lastPos = pos + piece.length;
    const buf = cur();
    if (preDepth > 0 && !cell && piece.includes('\n')) {
      let a = 0;
      for (let k = 0; k <= piece.length; k++) {
        if (k === piece.length || piece[k] === '\n') {
          if (k > a) buf.exact(piece.slice(a, k), pos + a, true);
          if (k < piece.length) endLine();
          a = k + 1;
        }
      }
      return;
    }
    buf.exact(piece, pos, preDepth > 0 && !cell);
  };

  const text = (node: P.TextNode) => {
    const loc = node.sourceCodeLocation;
    if (!loc) {
      cur().decoded(node.value, lastPos, lastPos);
      return;
    }
    align(source, textStart(source, loc.startOffset, node.value), loc.endOffset, node.value, emit, exact);
  };

  const enter = (el: El) => {
    const tag = el.tagName;
    if (tag === 'br') {
      const pos = el.sourceCodeLocation?.startOffset ?? lastPos;
      if (cell || headingOpen > 0) cur().whitespace(pos, false);
      else endLine();
      return;
    }
    const data = tables.get(el);
    if (data && !data.layout && !cell) {
      flush();
      group++;
      dataTables.push({ id: ++tableCount, info: data, rows: 0 });
      return;
    }
    const table = dataTables[dataTables.length - 1];
    if (table && !cell && tag === 'tr' && !table.info.layout) {
      row = { cells: [], th: [], thead: el.parentNode !== null && isEl(el.parentNode as Node) && (el.parentNode as El).tagName === 'thead', table: table.id, info: table.info, first: table.rows === 0 };
      return;
    }
    if (row && !cell && (tag === 'td' || tag === 'th')) {
      cell = new LineBuf();
      row.th.push(tag === 'th');
      return;
    }
    if (!BLOCK_TAGS.has(tag)) return;
    if (cell) {
      cell.sep = true;
      return;
    }
    if (headingOpen > 0 && !HEADINGS[tag]) return; // blocks inside a heading stay in it
    flush();
    if (HEADINGS[tag]) {
      headingOpen++;
      headingLevel = HEADINGS[tag];
    } else if (LIST_TAGS.has(tag)) {
      listDepth++;
      listTags.push(tag);
    } else if (tag === 'li') {
      pendingItem = Math.max(1, listDepth);
      pendingOrdered = listTags[listTags.length - 1] === 'ol';
    }
    if (PRE_TAGS.has(tag)) preDepth++;
  };

  const exit = (el: El) => {
    const tag = el.tagName;
    if (tag === 'br') return;
    const data = tables.get(el);
    const table = dataTables[dataTables.length - 1];
    if (data && table && table.info === data && !cell) {
      dataTables.pop();
      group++;
      return;
    }
    if (cell && row && (tag === 'td' || tag === 'th') && el === openCell) {
      const taken = cell.take();
      row.cells.push(taken ?? { text: '', segments: [] });
      cell = undefined;
      openCell = undefined;
      return;
    }
    if (row && !cell && tag === 'tr' && el === openRow) {
      if (row.cells.some((c) => c.text)) {
        let text = '';
        const segments: Segment[] = [];
        const cells: [number, number][] = [];
        row.cells.forEach((c, k) => {
          if (k > 0) text += ' | ';
          for (const s of c.segments) segments.push({ ...s, textStart: s.textStart + text.length });
          cells.push([text.length, text.length + c.text.length]);
          text += c.text;
        });
        const header = row.thead || (row.th.length > 0 && row.th.every(Boolean)) || (row.first && !row.info.hasHeader);
        units.push({ kind: 'table-row', depth: 0, group, text, segments, cells, header, table: row.table });
        table!.rows++;
      }
      row = undefined;
      openRow = undefined;
      return;
    }
    if (!BLOCK_TAGS.has(tag)) return;
    if (cell) {
      cell.sep = true;
      return;
    }
    if (headingOpen > 0 && !HEADINGS[tag]) return;
    flush();
    if (HEADINGS[tag]) headingOpen--;
    else if (LIST_TAGS.has(tag)) {
      listDepth--;
      listTags.pop();
    } else if (tag === 'li') pendingItem = -1;
    if (PRE_TAGS.has(tag)) preDepth--;
  };

  const stack: Node[] = [root];
  const leaving: boolean[] = [false];
  while (stack.length) {
    const node = stack.pop()!;
    const out = leaving.pop()!;
    if (!isEl(node)) {
      if (node.nodeName === '#text') text(node as P.TextNode);
      else if (!out) {
        const kids = children(node);
        for (let i = kids.length - 1; i >= 0; i--) {
          stack.push(kids[i]);
          leaving.push(false);
        }
      }
      continue;
    }
    if (out) {
      exit(node);
      continue;
    }
    if (skip.has(node)) continue;
    const hadRow = row;
    const hadCell = cell;
    enter(node);
    if (row && !hadRow) openRow = node;
    if (cell && !hadCell) openCell = node;
    stack.push(node);
    leaving.push(true);
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]);
      leaving.push(false);
    }
  }
  flush();

  // A paragraph alone in its group stands alone (as a Markdown paragraph does).
  units.forEach((u, k) => {
    const prev = units[k - 1];
    const next = units[k + 1];
    if (u.kind === 'paragraph' && (!prev || prev.group !== u.group) && (!next || next.group !== u.group)) u.standalone = true;
  });
  return { units };
}
