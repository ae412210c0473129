/**
 * The token pass: one scan of a document's folded text (doc.lower) into words, numbers and
 * punctuation, each with its offsets in doc.text, normalised form, stem and the morphology the
 * rules ask about. See docs/architecture.md, "Tokens".
 *
 * Morphology is suffix rules over the normalised form (Russian gerunds, verbal nouns and their
 * case, imperatives, infinitives; English -ing forms and "to"-infinitives), with small exception
 * lists of nouns that look like verb forms. They are measured on the policies of the test corpus;
 * a dictionary analyser was not needed for the questions rules ask (see docs/architecture.md).
 */
import ruStemmer from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import enStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

export const enum TokenKind {
  Word = 1,
  Number = 2,
  Punct = 3,
}

/** Morphology flags (bit set). */
export const F = {
  /** Russian or English letters: Cyrillic. */
  CYR: 1 << 0,
  /** Negation particle: не, ни, нет, not, no, never, n't, without, без. */
  NEG: 1 << 1,
  /** Gerund: заполнив, отправляя, пользуясь; English -ing after "by". */
  GERUND: 1 << 2,
  /** Verbal noun: направление, регистрация, отправка; submission, use. */
  VNOUN: 1 << 3,
  /** Instrumental case of a noun: направлением, фактом, регистрацией. */
  INSTR: 1 << 4,
  /** Imperative: укажите, впиши, insert (clause-initial English verbs are decided by clauses). */
  IMPER: 1 << 5,
  /** Infinitive: указать, обрабатывать, to process. */
  INF: 1 << 6,
  /** Starts with a capital letter in the original text. */
  CAP: 1 << 7,
  /** Every letter is a capital (ЧЕРНОВИК, DRAFT). */
  CAPS: 1 << 8,
  /** English -ing form. */
  ING: 1 << 9,
  /** Participle: выраженное, предоставленный, given, expressed (past participles). */
  PART: 1 << 10,
} as const;

export interface Token {
  /** Index in the document's token array. */
  i: number;
  kind: TokenKind;
  /** [start, end) in doc.text. */
  start: number;
  end: number;
  /** Lower case, ё→е (doc.lower's slice). */
  norm: string;
  /** Porter stem of the normalised form (words), or the form itself. */
  stem: string;
  flags: number;
}

const stemCache = new Map<string, string>();
/** The stem of a normalised word: Russian or English Porter stemmer by its letters. */
export function stemOf(norm: string): string {
  let s = stemCache.get(norm);
  if (s === undefined) {
    const c = norm.charCodeAt(0);
    s = c >= 0x400 && c <= 0x4ff ? ruStemmer.stem(norm) : /^[a-z]/.test(norm) ? enStemmer.stem(norm) : norm;
    stemCache.set(norm, s);
  }
  return s;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x430 && c <= 0x44f) || (c >= 0x410 && c <= 0x42f) || c === 0x451 || c === 0x401 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x400 && c <= 0x4ff);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

// Russian morphology by suffix. Exceptions are nouns and adjectives with a verb-like ending.
const NOT_PERFECTIVE_GERUND = new Set(
  'состав устав архив актив мотив отзыв прав держав рукав перерыв позитив коллектив нарратив перспектив директив объектив императив пассив массив креатив негатив залив разрыв прорыв порыв взрыв призыв вызов улов отрыв срыв обрыв наплыв заголовок остров кадров договорив лев гнев напев рев сев посев запев налив слив перелив прилив отлив дефектив нив'.split(' '),
);
const NOT_IMPERFECTIVE_GERUND = new Set(
  'свежая чужая большая меньшая лучшая худшая высшая низшая старшая младшая общая тощая необходимая любимая зримая мнимая независимая допустимая совместимая видимая неотъемлемая значимая'.split(' '),
);

function ruFlags(w: string): number {
  let f = 0;
  const n = w.length;
  if (w === 'не' || w === 'ни' || w === 'нет' || w === 'без' || w === 'никогда') f |= F.NEG;
  // Gerunds: reflexive (пользуясь, зарегистрировавшись), perfective (заполнив, нажав),
  // imperfective (используя, отправляя, указывая, посещая, принимая).
  if (n >= 5 && /(?:[ая]сь|вшись|вши)$/.test(w)) f |= F.GERUND;
  else if (n >= 5 && /[аеиуыя]в$/.test(w) && !NOT_PERFECTIVE_GERUND.has(w)) f |= F.GERUND;
  else if (n >= 5 && /(?:[уюд]я|[жчщш]а|[ыи]вая|[ае][лн]яя|ляя|[жчщ]ая)$/.test(w) && !NOT_IMPERFECTIVE_GERUND.has(w)) f |= F.GERUND;
  // «-мая» is a gerund (принимая, нажимая) or an adjective (прямая, любимая, необходимая).
  else if (n >= 6 && /(?:ним|жим|ым)ая$/.test(w) && !NOT_IMPERFECTIVE_GERUND.has(w)) f |= F.GERUND;
  // Verbal nouns (направление, регистрация, отправка) and the instrumental case (направлением, фактом).
  if (n >= 6 && /(?:ние|ния|нию|нием|нии|ний|тие|тия|тию|тием|тии|ция|ции|цию|цией)$/.test(w)) f |= F.VNOUN;
  else if (n >= 7 && /(?:вк|дк|чк)(?:а|и|у|ой|е)$/.test(w)) f |= F.VNOUN;
  if (n >= 4 && /(?:ом|ем|ой|ей|ью|ами|ями)$/.test(w)) f |= F.INSTR;
  // Imperatives of instruction: укажите, впишите, перечислите, замените; впиши, укажи.
  if (n >= 5 && /(?:ите|йте)$/.test(w)) f |= F.IMPER;
  else if (IMPERATIVE_SINGULAR.has(w)) f |= F.IMPER;
  if (n >= 4 && /(?:ать|ять|еть|ить|оть|уть|ыть|ти|чь|ться|тись)$/.test(w)) f |= F.INF;
  // Past participles: выраженное, предоставленный, полученных.
  if (n >= 7 && /(?:енн|анн|янн)(?:ый|ая|ое|ые|ого|ой|ому|ым|ую|ых|ыми)$/.test(w)) f |= F.PART;
  return f;
}

const IMPERATIVE_SINGULAR = new Set('впиши укажи замени вставь перечисли заполни добавь удали опиши пропиши уточни напиши введи'.split(' '));

const EN_NEG = new Set(['not', 'no', 'never', 'without', 'nor', 'neither', 'none', 'nothing']);
const EN_ING_NOT_VERB = new Set(['thing', 'nothing', 'something', 'anything', 'everything', 'ring', 'king', 'string', 'spring', 'during', 'morning', 'evening', 'ceiling', 'wedding', 'building', 'setting', 'settings', 'meeting']);

function enFlags(w: string): number {
  let f = 0;
  if (EN_NEG.has(w) || w === "n't" || w === 'n’t') f |= F.NEG;
  if (w.length >= 5 && w.endsWith('ing') && !EN_ING_NOT_VERB.has(w)) f |= F.ING;
  if (w.length >= 6 && /(?:tion|sion|ment|ance|ence|al|ure)$/.test(w)) f |= F.VNOUN;
  if (w.length >= 4 && /(?:ed|en)$/.test(w)) f |= F.PART;
  return f;
}

/**
 * Tokenises `lower` (doc.lower: same length as doc.text) in one pass; `text` is the original, for
 * capitalisation. Words keep inner hyphens and apostrophes (e-mail, 152-фз, o'clock); English
 * "don't" becomes "do" + "n't" so that the negation is a token of its own.
 */
export function tokenize(text: string, lower: string): Token[] {
  const out: Token[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c) || isDigit(c)) {
      let letters = false;
      let digits = false;
      while (i < n) {
        const d = lower.charCodeAt(i);
        if (isLetter(d)) letters = true;
        else if (isDigit(d)) digits = true;
        else if ((d === 0x2d || d === 0x27 || d === 0x2019) && i + 1 < n && (isLetter(lower.charCodeAt(i + 1)) || isDigit(lower.charCodeAt(i + 1))) && i > start) {
          // inner hyphen or apostrophe: e-mail, 152-фз, o'clock — but "n't" is split below
        } else break;
        i++;
      }
      const end = i;
      const norm = lower.slice(start, end);
      // English "don't", "isn't": the word and a separate negation token "n't".
      const nt = /n['’]t$/.exec(norm);
      if (nt && norm.length > 3 && /^[a-z]/.test(norm)) {
        const cut = end - 3;
        pushWord(out, text, lower, start, cut, letters, digits && !letters);
        const t: Token = { i: out.length, kind: TokenKind.Word, start: cut, end, norm: "n't", stem: "n't", flags: F.NEG };
        out.push(t);
        continue;
      }
      pushWord(out, text, lower, start, end, letters, digits && !letters);
      continue;
    }
    // Punctuation: one token per character (… and runs of dots kept together).
    i++;
    if (c === 0x2e) while (i < n && lower.charCodeAt(i) === 0x2e) i++;
    out.push({ i: out.length, kind: TokenKind.Punct, start, end: i, norm: lower.slice(start, i), stem: lower.slice(start, i), flags: 0 });
  }
  return out;
}

function pushWord(out: Token[], text: string, lower: string, start: number, end: number, letters: boolean, numberOnly: boolean): void {
  const norm = lower.slice(start, end);
  if (numberOnly || !letters) {
    out.push({ i: out.length, kind: TokenKind.Number, start, end, norm, stem: norm, flags: 0 });
    return;
  }
  const c = norm.charCodeAt(0);
  const cyr = c >= 0x400 && c <= 0x4ff;
  let flags = cyr ? F.CYR | ruFlags(norm) : enFlags(norm);
  const first = text.charCodeAt(start);
  if (first !== lower.charCodeAt(start)) {
    flags |= F.CAP;
    if (end - start >= 2 && text.slice(start, end) === text.slice(start, end).toUpperCase()) flags |= F.CAPS;
  }
  out.push({ i: out.length, kind: TokenKind.Word, start, end, norm, stem: stemOf(norm), flags });
}

/** The token index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
