import ruStemmer from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import enStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/**
 * Phrase matching on stems. Lexicons are written as ordinary phrases; each word is reduced to its
 * Porter stem (natural's Russian or English stemmer) and matches every form sharing that stem,
 * so "хранения" also finds "хранение" and "retention" finds "retentions".
 *
 * Phrase syntax (one phrase = one alternative):
 *   word      any form sharing the word's stem (words of 4 letters or fewer: exactly that word)
 *   word*     any word starting with "word"
 *   =word     exactly this word
 *   ~  ~N     up to 6 (or N) words in between, within one sentence
 *   {re}      a raw regular-expression fragment, e.g. {\d+}
 * Matching runs on doc.lower (lower-cased, ё→е): write lexicons in lower case.
 */

/**
 * Letter classes as explicit ranges. V8 compiles `\p{L}` under the `u` flag into a huge automaton
 * on first use (about 20 ms per regular expression), which dominated start-up; policies are
 * Russian or English, so Latin, Latin-1/Extended-A and Cyrillic cover every letter that matters.
 */
const RANGES: Record<string, string> = {
  L: 'A-Za-zªµºÀ-ÖØ-öø-ſЀ-ӿ',
  Lu: 'A-ZÀ-ÖØ-ÞЀ-Я',
  Ll: 'a-zß-öø-ÿа-яѐ-џ',
  N: '0-9',
};

/**
 * Builds a RegExp, rewriting `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}` (and `\P{…}` outside classes) into
 * explicit ranges, inside or outside character classes. Use it for every hot regular expression.
 */
export function fastRegExp(source: string, flags = 'u'): RegExp {
  let out = converted.get(source);
  if (out === undefined) {
    out = convertClasses(source);
    converted.set(source, out);
  }
  // V8 caches compiled code by source and flags: a new RegExp of a known source is cheap.
  return new RegExp(out, flags);
}

const converted = new Map<string, string>();

function convertClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const m = /^\\([pP])\{(L|Lu|Ll|N)\}/.exec(source.slice(i, i + 8));
      if (m) {
        const ranges = RANGES[m[2]];
        out += inClass ? ranges : m[1] === 'p' ? `[${ranges}]` : `[^${ranges}]`;
        i += m[0].length - 1;
        continue;
      }
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

const L = `[${RANGES.L}${RANGES.N}]`;
/** Between two adjacent words: spaces, dashes, quotes, slashes, brackets. */
const SEP = '[\\s\\-–—/«»"“”„()\'’]+';
/** Between words across a gap: also commas and colons, but never a sentence end. */
const GAP_SEP = '[\\s\\-–—/«»"“”„()\'’,:]+';

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /[а-яё]/.test(word) ? ruStemmer.stem(word) : enStemmer.stem(word);
    stemCache.set(word, s);
  }
  return s;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordPattern(word: string): string {
  if (word.startsWith('{') && word.endsWith('}')) return word.slice(1, -1);
  if (word.startsWith('=')) return `${escape(word.slice(1))}(?!${L})`;
  if (word.endsWith('*')) return `${escape(word.slice(0, -1))}${L}*`;
  if (!/^[\p{L}]+$/u.test(word)) return `${escape(word)}(?!${L})`;
  if (word.length <= 4) return `${escape(word)}(?!${L})`;
  const st = stem(word);
  if (st.length < 4 || !word.startsWith(st)) return `${escape(word)}(?!${L})`;
  return `${escape(st)}${L}*`;
}

export function phrasePattern(phrase: string): string {
  // Raw {regex} fragments keep their case (\p{L}, \S); words are folded as doc.lower is.
  const tokens = phrase
    .trim()
    .split(/\s+/)
    .map((t) => (t.startsWith('{') && t.endsWith('}') ? t : t.toLowerCase().replace(/ё/g, 'е')));
  let out = '';
  let pendingGap = -1;
  for (const t of tokens) {
    const gap = /^(?:~(\d*)|…)$/.exec(t);
    if (gap) {
      pendingGap = gap[1] ? Number(gap[1]) : 6;
      continue;
    }
    if (out) {
      out += pendingGap >= 0 ? `(?:${GAP_SEP}${L}[^\\s.;!?]*){0,${pendingGap}}?${GAP_SEP}` : SEP;
    }
    pendingGap = -1;
    out += wordPattern(t);
  }
  return out;
}

/** Compiles phrases into one global, Unicode regular expression that matches whole words. */
export function compile(phrases: readonly string[]): RegExp {
  const body = phrases.map(phrasePattern).join('|');
  const re = fastRegExp(`(?<!${L})(?:${body})`, 'gu');
  // The same without the leading lookbehind, for findAll/findFirst/has: V8 scans for an
  // alternation's first characters much faster when no lookbehind stands before it; those
  // helpers check the word boundary themselves. Direct users of `re` keep the full pattern.
  UNANCHORED.set(re, fastRegExp(`(?:${body})`, 'gu'));
  return re;
}

const UNANCHORED = new WeakMap<RegExp, RegExp>();

/** Whether a UTF-16 code unit is a letter or digit of L (the ranges above). */
function isWordUnit(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0xaa || c === 0xb5 || c === 0xba ||
    (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7) || (c >= 0x400 && c <= 0x4ff)
  );
}

/** The next match at a word start, with the unanchored twin of a compile()d pattern. */
function execAtWordStart(fast: RegExp, hay: string): RegExpExecArray | null {
  for (let m = fast.exec(hay); m; m = fast.exec(hay)) {
    if (m.index === 0 || !isWordUnit(hay.charCodeAt(m.index - 1))) return m;
    fast.lastIndex = m.index + 1;
  }
  return null;
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

/** Every match of a global regex in text[from, to); offsets are in `text`. */
export function findAll(re: RegExp, text: string, from = 0, to = text.length): Match[] {
  const out: Match[] = [];
  const whole = from === 0 && to === text.length;
  const hay = whole ? text : text.slice(from, to);
  const base = whole ? 0 : from;
  const fast = UNANCHORED.get(re);
  if (fast) {
    fast.lastIndex = 0;
    for (let m = execAtWordStart(fast, hay); m; m = execAtWordStart(fast, hay)) {
      if (m[0].length === 0) {
        fast.lastIndex = m.index + 1;
        continue;
      }
      out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
    }
    return out;
  }
  re.lastIndex = 0;
  for (let m = re.exec(hay); m; m = re.exec(hay)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The first match in text[from, to), or undefined; offsets are in `text`. */
export function findFirst(re: RegExp, text: string, from = 0, to = text.length): Match | undefined {
  const whole = from === 0 && to === text.length;
  const hay = whole ? text : text.slice(from, to);
  const base = whole ? 0 : from;
  const fast = UNANCHORED.get(re);
  let m: RegExpExecArray | null;
  if (fast) {
    fast.lastIndex = 0;
    m = execAtWordStart(fast, hay);
  } else {
    re.lastIndex = 0;
    m = re.exec(hay);
  }
  return m ? { start: base + m.index, end: base + m.index + m[0].length, text: m[0] } : undefined;
}

/** Whether text[from, to) contains a match. */
export function has(re: RegExp, text: string, from = 0, to = text.length): boolean {
  return findFirst(re, text, from, to) !== undefined;
}
