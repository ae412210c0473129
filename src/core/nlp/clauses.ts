/**
 * Sentences split into clauses, and what each clause says (see docs/architecture.md, "Clauses" and
 * "Clause facts"). Built once per document from the token pass and the shared concepts, memoised
 * on the PolicyDocument; rules ask questions of it instead of scanning text.
 */
import type { PolicyDocument } from '../document.js';
import { F, TokenKind, tokenAt, tokenize, type Token } from './tokens.js';
import { PhraseMatcher, type LexiconEntry, type PhraseHit } from './phrases.js';
import { ALL_CONCEPTS, WORD_CLASSES } from './concepts.js';

export type ClauseRole = 'main' | 'subordinate' | 'adverbial' | 'paren' | 'cell' | 'heading';
export type ClauseKind = 'heading' | 'definition' | 'contents' | 'about-document' | 'quoted';
export type Actor = 'operator' | 'subject' | 'regulator' | 'third-party';

export interface ClauseFacts {
  /** Predicate concepts in order ("answer", "store", …), without the "predicate:" prefix. */
  predicates: PhraseHit[];
  /** Who does the main predicate: the nearest actor before it, else after it, else the parent's or the lead-in's. */
  actor?: Actor;
  /** What the main predicate is about: the nearest object after it, else before it. */
  object?: string;
  /** The main predicate is negated (wherever the negation stands in the clause). */
  negated: boolean;
  /** Modalities present: "right", "must", "will", "on-request". */
  modality: Set<string>;
  /** [start, end) in doc.text of what «кроме» / "except" leaves out, to the clause end. */
  except?: [number, number];
  kinds: Set<ClauseKind>;
}

export interface Clause {
  index: number;
  /** Tokens [first, end). */
  first: number;
  end: number;
  /** [start, end) in doc.text. */
  start: number;
  stop: number;
  sentence: number;
  block: number;
  role: ClauseRole;
  /** The clause this one depends on (subordinate, adverbial or parenthesis), else -1. */
  parent: number;
  /** The clause that introduces this list item or continuation ("…вправе:" → items), else -1. */
  leadIn: number;
  /** A table cell's column header (normalised text), if any. */
  header?: string;
  /** Every concept hit whose first token lies in this clause's own tokens. */
  hits: PhraseHit[];
  facts: ClauseFacts;
}

export interface Analysis {
  tokens: Token[];
  clauses: Clause[];
  /** Clause index of each token (the innermost clause), -1 outside any. */
  clauseOf: Int32Array;
  /** Clause indices of each sentence, in order. */
  sentenceClauses: number[][];
}

/** Words that open a subordinate clause after a comma. */
const SUBORDINATORS = new Set(
  'который которая которое которые которого которой которому котором которым которыми которых которую где когда если чтобы поскольку хотя пока куда откуда whose which who whom where when if unless while although because whereas'.split(' '),
);
/** Words that open a new main clause after a comma. */
const COORDINATORS = new Set(['а', 'но', 'однако', 'but', 'however', 'yet']);

// Compiled on the first document, not when the module loads: start-up pays for no lexicon.
let shared: PhraseMatcher | undefined;
const sharedMatcher = () => (shared ??= new PhraseMatcher(ALL_CONCEPTS, WORD_CLASSES));

/** The document's clause analysis, built once. */
export function analyse(doc: PolicyDocument): Analysis {
  return doc.memo(build);
}

/** Hits of a rule's own lexicon over the document, computed once per matcher and assigned to clauses. */
export function matchLexicon(doc: PolicyDocument, lex: Lexicon): PhraseHit[] {
  let perDoc = lexiconHits.get(lex);
  if (!perDoc) lexiconHits.set(lex, (perDoc = new WeakMap()));
  let hits = perDoc.get(doc);
  if (!hits) {
    const a = analyse(doc);
    hits = [];
    const matcher = lex.matcher();
    for (const s of doc.sentences) {
      const from = tokenAt(a.tokens, s.start);
      const to = tokenAt(a.tokens, s.end);
      for (const h of matcher.match(a.tokens, from, to)) hits.push(h);
    }
    perDoc.set(doc, hits);
  }
  return hits;
}
const lexiconHits = new WeakMap<Lexicon, WeakMap<PolicyDocument, PhraseHit[]>>();

/**
 * A rule's lexicon, with the shared word classes (@site, @data, @request…). Rules declare it at
 * module level; it is compiled when a document first needs it, so that start-up compiles nothing.
 */
export function lexicon(entries: readonly LexiconEntry[], classes: Record<string, readonly string[]> = {}): Lexicon {
  let compiled: PhraseMatcher | undefined;
  return { matcher: () => (compiled ??= new PhraseMatcher(entries, { ...WORD_CLASSES, ...classes })) };
}

/** A lexicon compiled on first use (see `lexicon`). */
export interface Lexicon {
  matcher(): PhraseMatcher;
}

/** The clause containing a text offset (innermost), or undefined. */
export function clauseAt(doc: PolicyDocument, offset: number): Clause | undefined {
  const a = analyse(doc);
  const t = tokenAt(a.tokens, offset);
  const i = t < a.tokens.length && a.tokens[t].start <= offset ? t : t - 1;
  if (i < 0 || i >= a.tokens.length) return undefined;
  const c = a.clauseOf[i];
  return c >= 0 ? a.clauses[c] : undefined;
}

/** The clause with its lead-in and parents: the context a list item or subordinate clause is read in. */
export function context(a: Analysis, c: Clause): Clause[] {
  const out: Clause[] = [];
  const seen = new Set<number>();
  for (let x: Clause | undefined = c; x && !seen.has(x.index); ) {
    seen.add(x.index);
    out.push(x);
    x = x.parent >= 0 ? a.clauses[x.parent] : x.leadIn >= 0 ? a.clauses[x.leadIn] : undefined;
  }
  return out;
}

/** Whether a token is negated in its clause: a negation within 4 words before it, not a bound («не более», "not later"). */
export function negatedAt(a: Analysis, tokenIndex: number): boolean {
  const c = a.clauses[a.clauseOf[tokenIndex]];
  if (!c) return false;
  let words = 0;
  for (let j = tokenIndex - 1; j >= c.first && words < 4; j--) {
    const t = a.tokens[j];
    if (t.kind === TokenKind.Punct) {
      if (t.norm === ',' || t.norm === ';' || t.norm === ':') break;
      continue;
    }
    words++;
    if (t.flags & F.NEG && !isBound(a.tokens, j)) return true;
  }
  return false;
}

/** «не более», «не позднее», «не только», "not later than", "no more than": a bound, not a negation. */
function isBound(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return !!next && /^(?:более|менее|позднее|позже|ранее|раньше|только|реже|чаще|дольше|свыше|later|more|less|only|longer|earlier|sooner|exceeding|than)$/.test(next.norm);
}

function build(doc: PolicyDocument): Analysis {
  const tokens = tokenize(doc.text, doc.lower);
  const clauses: Clause[] = [];
  const clauseOf = new Int32Array(tokens.length).fill(-1);
  const sentenceClauses: number[][] = [];
  const headerOf = tableHeaders(doc);

  const open = (first: number, sentence: number, block: number, role: ClauseRole, parent: number): Clause => {
    const c: Clause = {
      index: clauses.length, first, end: first, start: tokens[first]?.start ?? 0, stop: tokens[first]?.start ?? 0,
      sentence, block, role, parent, leadIn: -1, hits: [],
      facts: { predicates: [], negated: false, modality: new Set(), kinds: new Set() },
    };
    clauses.push(c);
    return c;
  };
  const close = (c: Clause, end: number) => {
    c.end = Math.max(c.first, end);
    c.stop = c.end > c.first ? tokens[c.end - 1].end : c.start;
  };

  let leadIn = -1;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const block = doc.blocks[s.block];
    const from = tokenAt(tokens, s.start);
    const to = tokenAt(tokens, s.end);
    const mine: number[] = [];
    sentenceClauses.push(mine);
    if (from >= to) continue;
    // A list continues the sentence that introduces it: «…вправе:» + items, until a block that is no item.
    const firstOfBlock = from === tokenAt(tokens, block.start);
    if (firstOfBlock && (block.kind === 'heading' || (block.kind !== 'list-item' && !startsLikeItem(doc, block)))) leadIn = -1;

    if (block.kind === 'table-row' && block.cells?.length) {
      for (let ci = 0; ci < block.cells.length; ci++) {
        const [cs, ce] = block.cells[ci];
        const a = Math.max(from, tokenAt(tokens, cs));
        const b = Math.min(to, tokenAt(tokens, ce));
        if (a >= b) continue;
        const c = open(a, si, s.block, 'cell', -1);
        c.header = block.header ? undefined : headerOf.get(block.table ?? -1)?.[ci];
        close(c, b);
        for (let k = a; k < b; k++) clauseOf[k] = c.index;
        mine.push(c.index);
      }
      continue;
    }

    const role: ClauseRole = block.kind === 'heading' ? 'heading' : 'main';
    let main = open(from, si, s.block, role, -1);
    // Items of one paragraph separated by semicolons («…содержит: цели; перечень; порядок») continue the lead-in too.
    const prevEnd = from > 0 ? tokens[from - 1].norm : '';
    if (leadIn >= 0 && (block.kind === 'list-item' || firstOfBlock || prevEnd === ';' || prevEnd === ':')) main.leadIn = leadIn;
    mine.push(main.index);
    let cur = main;
    const stack: Clause[] = [];
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (t.kind === TokenKind.Punct) {
        if (t.norm === '(' && stack.length < 8) {
          stack.push(cur);
          cur = open(k + 1, si, s.block, 'paren', cur.index);
          mine.push(cur.index);
          clauseOf[k] = stack[stack.length - 1].index;
          continue;
        }
        if (t.norm === ')' && stack.length) {
          close(cur, k);
          cur = stack.pop()!;
          clauseOf[k] = cur.index;
          continue;
        }
        if (!stack.length && (t.norm === ':' || t.norm === ';') && k + 1 < to) {
          clauseOf[k] = cur.index;
          close(cur, k + 1);
          if (t.norm === ':') leadIn = cur.index;
          main = cur = open(k + 1, si, s.block, role, -1);
          if (t.norm === ':') cur.leadIn = leadIn;
          mine.push(cur.index);
          continue;
        }
        if (!stack.length && t.norm === ',' && k + 1 < to) {
          const next = tokens[k + 1];
          const startedWithGerund = startsAdverbial(tokens, cur.first, k);
          if (SUBORDINATORS.has(next.norm) || (next.norm === 'в' || next.norm === 'на' || next.norm === 'с' || next.norm === 'по' || next.norm === 'от' || next.norm === 'in' || next.norm === 'by' || next.norm === 'to' || next.norm === 'of') && SUBORDINATORS.has(tokens[k + 2]?.norm ?? '')) {
            clauseOf[k] = cur.index;
            close(cur, k + 1);
            cur = open(k + 1, si, s.block, 'subordinate', main.index);
            mine.push(cur.index);
            continue;
          }
          if (COORDINATORS.has(next.norm) || startedWithGerund) {
            clauseOf[k] = cur.index;
            close(cur, k + 1);
            const prev = cur;
            main = cur = open(k + 1, si, s.block, role, -1);
            if (startedWithGerund) {
              prev.role = 'adverbial';
              prev.parent = cur.index;
            }
            cur.leadIn = prev.leadIn;
            mine.push(cur.index);
            continue;
          }
        }
      }
      clauseOf[k] = cur.index;
    }
    close(cur, to);
    while (stack.length) close(stack.pop()!, to);
    // Clauses of the sentence that were closed early keep their end; the main clause spans to its last token.
    for (const ci of mine) {
      const c = clauses[ci];
      if (c.end <= c.first) {
        let last = c.first;
        for (let k = c.first; k < to; k++) if (clauseOf[k] === ci) last = k + 1;
        close(c, last);
      }
    }
    if (tokens[to - 1].norm === ':') leadIn = clauseOf[to - 1];
  }

  const analysis: Analysis = { tokens, clauses, clauseOf, sentenceClauses };
  // Concept hits, per sentence (phrases never cross a sentence).
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    for (const h of sharedMatcher().match(tokens, tokenAt(tokens, s.start), tokenAt(tokens, s.end))) {
      const c = clauseOf[h.first];
      if (c >= 0) clauses[c].hits.push(h);
    }
  }
  const definitions = definitionSections(doc, analysis);
  for (const c of clauses) computeFacts(analysis, doc, c, definitions);
  return analysis;
}

/** A gerund or "by …ing" opening a clause: «Заполнив форму, …», "By submitting the form, …". */
function startsAdverbial(tokens: readonly Token[], first: number, comma: number): boolean {
  for (let k = first; k < comma && k < first + 3; k++) {
    const t = tokens[k];
    if (t.kind !== TokenKind.Word) continue;
    if (t.flags & F.GERUND) return true;
    if (t.norm === 'by' && tokens[k + 1] && tokens[k + 1].flags & F.ING) return true;
  }
  return false;
}

/** A paragraph that reads as a list item in plain text: "- …", "• …", "а) …", "1) …". */
function startsLikeItem(doc: PolicyDocument, block: { start: number; end: number; number?: string }): boolean {
  return /^\s*(?:[-•*—–▪·●]\s|[а-яa-z]\)\s|\d{1,2}\)\s)/u.test(doc.text.slice(block.start, Math.min(block.end, block.start + 6))) || !!block.number;
}

/** Column headers of each table: the header row's cells (or the first row's), normalised. */
function tableHeaders(doc: PolicyDocument): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const b of doc.blocks) {
    if (b.kind !== 'table-row' || b.table === undefined || !b.cells) continue;
    if (out.has(b.table)) continue;
    out.set(b.table, b.cells.map(([s, e]) => doc.lower.slice(s, e).trim()));
  }
  return out;
}

/** Sections whose heading says they define terms (DEFINITION_HEADINGS), with their subsections. */
function definitionSections(doc: PolicyDocument, a: Analysis): Set<number> {
  const out = new Set<number>();
  const sectionOf = new Map(doc.sections.map((s) => [s.heading, s] as const));
  for (const c of a.clauses) {
    if (c.role !== 'heading' || !c.hits.some((h) => h.concept === 'heading:definitions')) continue;
    const s = sectionOf.get(c.block);
    if (s && !out.has(s.index)) for (const x of doc.subtree(s)) out.add(x.index);
  }
  return out;
}

const ACTOR_OF: Record<string, Actor> = {
  'actor:operator': 'operator',
  'actor:subject': 'subject',
  'actor:regulator': 'regulator',
  'actor:third-party': 'third-party',
};

function computeFacts(a: Analysis, doc: PolicyDocument, c: Clause, definitions: Set<number>): void {
  const f = c.facts;
  const hits = c.hits;
  f.predicates = hits.filter((h) => h.concept.startsWith('predicate:'));
  const main = f.predicates[0];
  const actors = hits.filter((h) => h.concept.startsWith('actor:'));
  const objects = hits.filter((h) => h.concept.startsWith('object:'));
  if (main) {
    const before = actors.filter((h) => h.last < main.first).pop();
    const after = actors.find((h) => h.first > main.last);
    const act = before ?? after;
    if (act) f.actor = ACTOR_OF[act.concept];
    const obj = objects.find((h) => h.first > main.last) ?? objects.filter((h) => h.last < main.first).pop();
    if (obj) f.object = obj.concept.slice('object:'.length);
    f.negated = negatedAt(a, main.first) || trailingNegation(a, c, main.last);
  } else if (actors.length) f.actor = ACTOR_OF[actors[0].concept];
  if (!f.actor) {
    const up = c.parent >= 0 ? a.clauses[c.parent] : c.leadIn >= 0 ? a.clauses[c.leadIn] : undefined;
    if (up && up.index < c.index) f.actor = up.facts.actor;
  }
  for (const h of hits) {
    if (h.concept.startsWith('modality:')) f.modality.add(h.concept.slice('modality:'.length));
    else if (h.concept === 'scope:except' && !f.except) f.except = [h.end, c.stop];
    else if (h.concept === 'kind:contents' || h.concept === 'kind:about-document') {
      // The document as the subject of the clause: the hit starts near the clause start (after
      // any clause number: «1.1. Настоящая Политика разработана …»).
      let lead = c.first;
      while (lead < c.end && a.tokens[lead].kind !== TokenKind.Word) lead++;
      if (h.first - lead <= 4) f.kinds.add(h.concept.slice('kind:'.length) as ClauseKind);
    }
  }
  const block = doc.blocks[c.block];
  if (block.kind === 'heading') f.kinds.add('heading');
  if (isDefinition(a, doc, c, definitions)) f.kinds.add('definition');
  // Items of a contents list («Политика содержит: цели; перечень данных; …») state nothing either;
  // an item that is a verb phrase («получать сведения…», "to withdraw consent") is a statement.
  if (c.leadIn >= 0 && c.leadIn < c.index && a.clauses[c.leadIn].facts.kinds.has('contents') && !startsWithVerb(a, c)) f.kinds.add('contents');
  if (c.parent >= 0 && c.parent < c.index && a.clauses[c.parent].facts.kinds.has('contents') && c.role === 'paren') f.kinds.add('contents');
}

/** The clause's first word is an infinitive («получать», «отозвать») or "to" + a word ("to withdraw"). */
function startsWithVerb(a: Analysis, c: Clause): boolean {
  let k = c.first;
  while (k < c.end && a.tokens[k].kind !== TokenKind.Word) k++;
  const t = a.tokens[k];
  if (!t || k >= c.end) return false;
  if (t.flags & F.CYR) return (t.flags & F.INF) !== 0;
  return t.norm === 'to' && k + 1 < c.end && a.tokens[k + 1].kind === TokenKind.Word;
}

/** «Передачи за рубеж нет», "none": a negation after the predicate closing the clause. */
function trailingNegation(a: Analysis, c: Clause, after: number): boolean {
  for (let k = after + 1; k < c.end; k++) {
    const t = a.tokens[k];
    if ((t.norm === 'нет' || t.norm === 'none') && (k + 1 >= c.end || a.tokens[k + 1].kind === TokenKind.Punct)) return true;
  }
  return false;
}

const DEFINING = /^(?:понимается|понимаются|означает|означают|является|являются|means|refers|shall|is|are)$/;

/** A definition: "«Оператор» — …", "Personal data means …", or any clause of a definitions section. */
function isDefinition(a: Analysis, doc: PolicyDocument, c: Clause, definitions: Set<number>): boolean {
  if (c.role !== 'main' && c.role !== 'cell') return false;
  const block = doc.blocks[c.block];
  if (block.section >= 0 && definitions.has(block.section) && block.kind !== 'heading') return true;
  // A term of at most 6 words, then a dash: «Персональные данные — любая информация…». A verb to
  // the reader is no term: «Захотите — удалим», «Напишите — ответим».
  let words = 0;
  for (let k = c.first; k < c.end && words <= 6; k++) {
    const t = a.tokens[k];
    if (t.kind === TokenKind.Punct) {
      if (t.norm === '—' || t.norm === '–' || (t.norm === '-' && a.tokens[k + 1]?.start > t.end)) return words > 0;
      if (t.norm === ',' || t.norm === '.') return false;
      continue;
    }
    if (words === 0 && t.flags & F.IMPER) break;
    words++;
  }
  // "X means …", «Под X понимается …»: a term in quotes or capitals before a defining verb.
  if (a.tokens[c.first]?.norm === 'под') {
    for (let k = c.first; k < Math.min(c.end, c.first + 10); k++) if (/^понима/.test(a.tokens[k].norm)) return true;
  }
  const first = a.tokens[c.first];
  if (first && (first.norm === '"' || first.norm === '«' || first.norm === '“')) {
    for (let k = c.first + 1; k < Math.min(c.end, c.first + 10); k++) if (DEFINING.test(a.tokens[k].norm) && /["»”]/.test(a.tokens[k - 1].norm)) return true;
  }
  return false;
}
