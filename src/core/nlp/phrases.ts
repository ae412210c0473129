/**
 * The phrase automaton: every lexicon's phrases compiled into one matcher over the token stream,
 * run once per document (see docs/architecture.md, "Phrases"). Lexicons are data: phrases in the
 * syntax below, each entry with its concept and language; no regular expressions.
 *
 * Phrase syntax (elements separated by spaces):
 *   word        a word form sharing the word's stem (words of 4 letters or fewer: exactly it)
 *   word*       any word starting with "word"
 *   =word       exactly this word
 *   (a|b*|=c)   one of these
 *   @class      one of a word class's words (WORD_CLASSES below or the lexicon's own)
 *   ~ / ~N      up to 6 (or N) words in between, inside one sentence and never across . ; ! ? :
 *   ^flag       any word with this morphology: ^gerund, ^vnoun, ^instr, ^imper, ^inf, ^neg, ^ing, ^part, ^num
 * Matching is on the normalised form (lower case, ё→е): write phrases in lower case.
 */
import { F, TokenKind, stemOf, type Token } from './tokens.js';

export interface LexiconEntry {
  /** The concept the phrases express, e.g. "predicate:answer", "actor:operator". */
  concept: string;
  lang?: 'ru' | 'en';
  phrases: readonly string[];
}

export interface PhraseHit {
  concept: string;
  /** Token indices [first, last] (inclusive). */
  first: number;
  last: number;
  /** [start, end) in doc.text. */
  start: number;
  end: number;
}

type Test = (t: Token) => boolean;
interface Element {
  test: Test;
  /** Words allowed before this element (0 = adjacent). */
  gap: number;
  /** Index keys for the first element: exact forms and prefixes. */
  exact?: string[];
  prefixes?: string[];
}
interface Compiled {
  concept: string;
  elements: Element[];
}

const FLAG_NAMES: Record<string, number> = {
  gerund: F.GERUND,
  vnoun: F.VNOUN,
  instr: F.INSTR,
  imper: F.IMPER,
  inf: F.INF,
  neg: F.NEG,
  ing: F.ING,
  part: F.PART,
};

/** Punctuation that may stand between two adjacent words of a phrase: dashes, quotes, slashes, brackets. */
const SOFT_PUNCT = new Set(['-', '–', '—', '/', '«', '»', '"', '“', '”', '„', '(', ')', "'", '’', '`']);
/** Punctuation a gap may also cross (commas, colons are not sentence ends). */
const GAP_PUNCT = new Set([...SOFT_PUNCT, ',']);

function wordAlternative(w: string): { test: Test; exact?: string; prefix?: string } {
  if (w.startsWith('=')) {
    const x = w.slice(1);
    return { test: (t) => t.norm === x, exact: x };
  }
  if (w.endsWith('*')) {
    const p = w.slice(0, -1);
    return { test: (t) => t.kind !== TokenKind.Punct && t.norm.startsWith(p), prefix: p };
  }
  if (w.length <= 4 || !/^[a-zа-я]+$/.test(w)) return { test: (t) => t.norm === w, exact: w };
  const st = stemOf(w);
  if (st.length < 4 || !w.startsWith(st)) return { test: (t) => t.norm === w, exact: w };
  return { test: (t) => t.kind === TokenKind.Word && t.norm.startsWith(st), prefix: st };
}

function compileElement(src: string, classes: Record<string, readonly string[]>, gap: number): Element {
  if (src.startsWith('^')) {
    const name = src.slice(1);
    if (name === 'num') return { test: (t) => t.kind === TokenKind.Number, gap, prefixes: [''] };
    const flag = FLAG_NAMES[name];
    if (!flag) throw new Error(`phrase: unknown flag ^${name}`);
    return { test: (t) => (t.flags & flag) !== 0, gap, prefixes: [''] };
  }
  let words: string[];
  if (src.startsWith('@')) {
    const cls = classes[src.slice(1)];
    if (!cls) throw new Error(`phrase: unknown word class ${src}`);
    words = [...cls];
  } else if (src.startsWith('(') && src.endsWith(')')) words = src.slice(1, -1).split('|');
  else if (src.includes('(') || src.includes(')') || src.includes('|')) throw new Error(`phrase: a group holds single words only: "${src}"`);
  else words = [src];
  const alts = words.map((w) => wordAlternative(w.replace(/ё/g, 'е')));
  const tests = alts.map((a) => a.test);
  return {
    test: tests.length === 1 ? tests[0] : (t) => tests.some((f) => f(t)),
    gap,
    exact: alts.filter((a) => a.exact !== undefined).map((a) => a.exact!),
    prefixes: alts.filter((a) => a.prefix !== undefined).map((a) => a.prefix!),
  };
}

function compilePhrase(phrase: string, classes: Record<string, readonly string[]>): Element[] {
  const out: Element[] = [];
  let gap = 0;
  for (const part of phrase.trim().toLowerCase().split(/\s+/)) {
    const g = /^~(\d*)$/.exec(part);
    if (g) {
      gap = g[1] ? Number(g[1]) : 6;
      continue;
    }
    out.push(compileElement(part, classes, out.length ? gap : 0));
    gap = 0;
  }
  if (!out.length) throw new Error(`phrase: empty phrase "${phrase}"`);
  return out;
}

/** Whether a token ends a sentence-level span for gaps: . ; ! ? : */
function isHardStop(t: Token): boolean {
  return t.kind === TokenKind.Punct && !GAP_PUNCT.has(t.norm);
}

/**
 * A compiled set of lexicons. `match` runs every phrase over a token range in one pass: each token
 * is looked up by its exact form and its prefixes in an index of phrase starts, so the cost is
 * linear in the tokens (times the few phrases that start with the same word).
 */
export class PhraseMatcher {
  private readonly byExact = new Map<string, Compiled[]>();
  private readonly byPrefix3 = new Map<string, Compiled[]>();
  /** Phrases whose first element has a short prefix or a flag: tried on every token. */
  private readonly always: Compiled[] = [];
  readonly concepts = new Set<string>();

  constructor(entries: readonly LexiconEntry[], classes: Record<string, readonly string[]> = {}) {
    for (const e of entries) {
      this.concepts.add(e.concept);
      for (const p of e.phrases) {
        const c: Compiled = { concept: e.concept, elements: compilePhrase(p, classes) };
        const first = c.elements[0];
        let indexed = true;
        for (const x of first.exact ?? []) push(this.byExact, x, c);
        for (const pre of first.prefixes ?? []) {
          if (pre.length >= 3) push(this.byPrefix3, pre.slice(0, 3), c);
          else indexed = false;
        }
        if (!indexed) this.always.push(c);
      }
    }
    // A phrase indexed under several keys must be tried once per token.
    for (const m of [this.byExact, this.byPrefix3]) for (const [k, v] of m) m.set(k, [...new Set(v)]);
  }

  /**
   * Every hit in tokens[from, to): per concept, at each start the longest hit; hits of one concept
   * do not overlap (leftmost-longest), hits of different concepts may.
   */
  match(tokens: readonly Token[], from = 0, to = tokens.length): PhraseHit[] {
    const out: PhraseHit[] = [];
    const busyUntil = new Map<string, number>();
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (t.kind === TokenKind.Punct) continue;
      const cands = new Set<Compiled>();
      for (const c of this.byExact.get(t.norm) ?? []) cands.add(c);
      for (const c of this.byPrefix3.get(t.norm.slice(0, 3)) ?? []) cands.add(c);
      for (const c of this.always) cands.add(c);
      if (!cands.size) continue;
      const best = new Map<string, number>();
      for (const c of cands) {
        if ((busyUntil.get(c.concept) ?? -1) >= i) continue;
        if (!c.elements[0].test(t)) continue;
        const last = matchFrom(c.elements, 1, tokens, i, to);
        if (last >= 0 && last > (best.get(c.concept) ?? -1)) best.set(c.concept, last);
      }
      for (const [concept, last] of best) {
        out.push({ concept, first: i, last, start: t.start, end: tokens[last].end });
        busyUntil.set(concept, last);
      }
    }
    return out;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Matches elements[k..] after token `prev`; returns the last token index of the longest match, or -1. */
function matchFrom(els: readonly Element[], k: number, tokens: readonly Token[], prev: number, to: number): number {
  if (k === els.length) return prev;
  const el = els[k];
  let words = 0;
  for (let j = prev + 1; j < to; j++) {
    const t = tokens[j];
    if (t.kind === TokenKind.Punct) {
      if (el.gap === 0 ? !SOFT_PUNCT.has(t.norm) : isHardStop(t)) return -1;
      continue;
    }
    if (el.test(t)) {
      const r = matchFrom(els, k + 1, tokens, j, to);
      if (r >= 0) return r;
    }
    words++;
    if (words > el.gap) return -1;
  }
  return -1;
}
