import type { PolicyDocument, Section } from '../../src/core/document.js';
import { fastRegExp, compile, findAll, has, type Match } from '../../src/core/match.js';
import {
  ACTOR_OPERATOR,
  ACTOR_SUBJECT,
  DATA_CONTEXT,
  DUTY,
  FOREIGN_AUTHORITY,
  FRAME,
  FRAME_NEGATION,
  FRAME_NEGATION_AFTER,
  MODAL_FRAME,
  GENERIC_RIGHTS,
  NOT_A_RIGHTS_STATEMENT,
  OPERATOR_HEADING,
  REQUEST_REF,
  RIGHT_PHRASES,
  RIGHTS_CLAUSE_LEXICON,
  RIGHTS_HEADING,
  STATED_RIGHT_PHRASES,
  SUBJECT_FRAME,
  SUBJECT_HEADING,
  type RightKind,
} from '../lexicons/rights.js';
import { countBefore } from '../../src/core/search.js';
import { analyse, context, lexicon, matchLexicon, negatedAt, type Analysis } from '../../src/core/nlp/clauses.js';
import type { PhraseHit } from '../../src/core/nlp/phrases.js';
import { TokenKind } from '../../src/core/nlp/tokens.js';
import { durations } from './durations.js';

export type { RightKind };
export { CORE_RIGHTS, type CoreRight } from '../lexicons/rights.js';

/** A right of the data subject stated in the policy, at the words that state it (doc.text range). */
export interface RightMention {
  kind: RightKind;
  start: number;
  end: number;
}

export interface SubjectRights {
  /** Every stated right, in document order (a right may be stated several times). */
  mentions: RightMention[];
  /** The kinds of right stated anywhere. */
  kinds: ReadonlySet<RightKind>;
  /** General statements that the subject has rights ("has the right", «права субъекта»), not naming which. */
  generic: [number, number][];
  /** Appeals or complaints to an authority that is not Roskomnadzor ("supervisory authority", "ICO"). */
  foreignAuthority: [number, number][];
  /** Sections whose heading is about the subject's rights (outermost first, in document order). */
  sections: Section[];
}

/** The subject's rights stated in the policy, computed once per document. */
export function subjectRights(doc: PolicyDocument): SubjectRights {
  return doc.memo(compute);
}

/** The first place a right of that kind is stated, if any. */
export function firstRight(doc: PolicyDocument, kind: RightKind): RightMention | undefined {
  return subjectRights(doc).mentions.find((m) => m.kind === kind);
}

// ---------------------------------------------------------------------------------------------

const RIGHT_RES = (Object.entries(RIGHT_PHRASES) as [RightKind, readonly string[]][])
  .filter(([, phrases]) => phrases.length > 0)
  .map(([kind, phrases]) => [kind, compile(phrases), false] as const);
const STATED_RES = (Object.entries(STATED_RIGHT_PHRASES) as [RightKind, readonly string[]][]).map(([kind, phrases]) => [kind, compile(phrases), true] as const);
const FRAME_RE = compile(FRAME);
const SUBJECT_FRAME_RE = compile(SUBJECT_FRAME);
const REQUEST_RE = compile(REQUEST_REF);
const OPERATOR_RE = compile(ACTOR_OPERATOR);
const SUBJECT_RE = compile(ACTOR_SUBJECT);
const DUTY_RE = compile(DUTY);
const GENERIC_RE = compile(GENERIC_RIGHTS);
const DATA_RE = compile(DATA_CONTEXT);
const NOT_RIGHTS_RE = compile(NOT_A_RIGHTS_STATEMENT);
const FOREIGN_RE = compile(FOREIGN_AUTHORITY);
const APPEAL_VERB_RE = compile(['обжал*', 'жалоб*', 'обрат*', 'пожалова*', 'appeal*', 'complain*', 'complaint*', 'lodg*', 'contact*', 'refer*']);
const NOT_RIGHTS_HEADING = fastRegExp(String.raw`применим\p{L}*\s+право|авторск\p{L}*\s+прав|applicable law|governing law|copyright|intellectual`, 'u');
/** Starts a continuation of the sentence before: a lower-case letter (after a list marker or number). */
const LOWER_START = fastRegExp(String.raw`^[\s\-–—•*·▪●]*(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s+)?[\p{Ll}]`, 'u');

/** How far back an enumeration ("may: …; …; …") is followed. */
const MAX_CHAIN = 12;

type Verdict = 'subject' | 'operator' | 'duty' | 'none';

/** Sorted match starts of one lexicon, with binary search for "the last one in [from, to)". */
class Hits {
  readonly list: Match[];
  constructor(re: RegExp, text: string) {
    this.list = findAll(re, text);
  }
  /** Index of the first match starting at or after `offset`. */
  private lower(offset: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** The last match starting in [from, to). */
  last(from: number, to: number): Match | undefined {
    const i = this.lower(to) - 1;
    return i >= 0 && this.list[i].start >= from ? this.list[i] : undefined;
  }
  /** Matches starting in [from, to), last first. */
  *backwards(from: number, to: number): Generator<Match> {
    for (let i = this.lower(to) - 1; i >= 0 && this.list[i].start >= from; i--) yield this.list[i];
  }
  any(from: number, to: number): boolean {
    return this.last(from, to) !== undefined;
  }
}

interface Context {
  doc: PolicyDocument;
  frames: Hits;
  subjectFrames: Hits;
  requests: Hits;
  operators: Hits;
  subjects: Hits;
  duties: Hits;
  /** Per section: whether it is about the subject's rights (own heading or inherited). */
  rightsSection: boolean[];
  /** Per block: the verdict of the lead-in ("The user has the right to:") it belongs to. */
  lead: Verdict[];
  /** Per block: the start of its lead-in block, or -1. */
  leadStart: number[];
}

function compute(doc: PolicyDocument): SubjectRights {
  const text = doc.lower;
  const ctx: Context = {
    doc,
    frames: new Hits(FRAME_RE, text),
    subjectFrames: new Hits(SUBJECT_FRAME_RE, text),
    requests: new Hits(REQUEST_RE, text),
    operators: new Hits(OPERATOR_RE, text),
    subjects: new Hits(SUBJECT_RE, text),
    duties: new Hits(DUTY_RE, text),
    rightsSection: [],
    lead: [],
    leadStart: [],
  };
  const own = doc.sections.map((s) => isRightsHeading(doc, s));
  for (const s of doc.sections) {
    const title = doc.lower.slice(doc.blocks[s.heading].contentStart, doc.blocks[s.heading].end);
    const operatorOnly = OPERATOR_HEADING.test(title) && !SUBJECT_HEADING.test(title);
    ctx.rightsSection[s.index] = own[s.index] || (s.parent >= 0 && ctx.rightsSection[s.parent] && !operatorOnly);
  }
  computeLeads(ctx);

  const facts = clauseFacts(doc);
  const mentions: RightMention[] = [];
  for (const [kind, re, stated] of [...STATED_RES, ...RIGHT_RES]) {
    for (const m of findAll(re, text)) {
      if (statesNothing(facts, m, kind)) continue;
      if (granted(ctx, m, stated)) mentions.push({ kind, start: m.start, end: m.end });
    }
  }
  for (const offer of offers(doc, facts, 'rights:offer-fix')) mentions.push({ kind: 'rectification', start: offer.start, end: offer.end });
  for (const offer of offers(doc, facts, 'rights:offer-access')) mentions.push({ kind: 'access', start: offer.start, end: offer.end });
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const unique = mentions.filter((m, i) => i === 0 || m.kind !== mentions[i - 1].kind || m.start !== mentions[i - 1].start);

  const generic: [number, number][] = [];
  const notRights = new Hits(NOT_RIGHTS_RE, text);
  const dataIn = new Map<number, boolean>(); // per sentence start: whether it speaks of data
  for (const m of findAll(GENERIC_RE, text)) {
    if (inContents(facts, m.start)) continue;
    const n = notRights.last(Math.max(0, m.start - 40), m.end + 1);
    if (n && n.end >= m.start) continue;
    const sentence = doc.sentenceAt(m.start);
    const from = sentence ? sentence.start : m.start;
    const to = sentence ? sentence.end : m.end;
    if (lastActor(ctx, from, m.start) === 'operator') continue;
    let data = dataIn.get(from);
    if (data === undefined) dataIn.set(from, (data = has(DATA_RE, text, from, to)));
    if (!data && !inRightsSection(ctx, m.start)) continue;
    generic.push([m.start, m.end]);
  }

  const foreignAuthority: [number, number][] = [];
  const appealIn = new Map<number, boolean>();
  for (const m of findAll(FOREIGN_RE, text)) {
    const sentence = doc.sentenceAt(m.start);
    if (!sentence) continue;
    let appeal = appealIn.get(sentence.start);
    if (appeal === undefined) appealIn.set(sentence.start, (appeal = has(APPEAL_VERB_RE, text, sentence.start, sentence.end)));
    if (appeal) foreignAuthority.push([m.start, m.end]);
  }

  const sections = doc.sections.filter((s) => own[s.index] && !(s.parent >= 0 && ctx.rightsSection[s.parent]));
  return { mentions: unique, kinds: new Set(unique.map((m) => m.kind)), generic, foreignAuthority, sections };
}

// ---------------------------------------------------------------------------------------------
// Clause facts (src/core/nlp): what a clause is, and offers to act on the subject's wish.

const CLAUSE_LEXICON = lexicon(RIGHTS_CLAUSE_LEXICON);
/** How many blocks before an offer, in its section, an invitation to write may stand ("write to us:" + list + "we will delete"). */
const OFFER_REACH = 2;

interface Facts {
  a: Analysis;
  /** This rule's clause-lexicon hits, by concept, in document order. */
  hits: Map<string, PhraseHit[]>;
}

function clauseFacts(doc: PolicyDocument): Facts {
  const a = analyse(doc);
  const hits = new Map<string, PhraseHit[]>();
  for (const h of matchLexicon(doc, CLAUSE_LEXICON)) {
    let list = hits.get(h.concept);
    if (!list) hits.set(h.concept, (list = []));
    list.push(h);
  }
  return { a, hits };
}

function clauseIndexAt(f: Facts, offset: number): number {
  const t = countBefore(f.a.tokens, offset, (x) => x.start, true) - 1;
  return t >= 0 ? f.a.clauseOf[t] : -1;
}

/**
 * A contents list («Политика содержит: …; порядок отзыва согласия») names rights without stating
 * them. A list the document introduces as the subject's rights («Политика устанавливает следующие
 * права субъекта: право на отзыв согласия; …») states them.
 */
function inContents(f: Facts, offset: number): boolean {
  const c = clauseIndexAt(f, offset);
  if (c < 0 || !f.a.clauses[c].facts.kinds.has('contents')) return false;
  const lead = f.a.clauses[c].leadIn;
  return !(lead >= 0 && endsWithRights(f.a, f.a.clauses[lead]));
}

const RIGHTS_NOUN = /^(?:права|право|прав|правах|правами|rights|right|entitlements)$/u;

/** The lead-in's last words name rights: «…следующие права субъекта:», "…the following rights of users:". */
function endsWithRights(a: Analysis, lead: { first: number; end: number }): boolean {
  let words = 0;
  for (let k = lead.end - 1; k >= lead.first && words < 4; k--) {
    const t = a.tokens[k];
    if (t.kind === TokenKind.Punct) continue;
    words++;
    if (RIGHTS_NOUN.test(t.norm)) return true;
  }
  return false;
}

/** Whether a concept of the rule's clause lexicon has a hit starting in [from, to). */
function hitIn(f: Facts, concept: string, from: number, to: number): PhraseHit | undefined {
  const list = f.hits.get(concept);
  if (!list) return undefined;
  const i = countBefore(list, from, (h) => h.start);
  return i < list.length && list[i].start < to ? list[i] : undefined;
}

/**
 * A mention that states no right: in a contents list, or an "appeal" to a court in a dispute,
 * claims or jurisdiction clause that names no Roskomnadzor («Перед обращением в суд … досудебный
 * порядок»).
 */
function statesNothing(f: Facts, m: Match, kind: RightKind): boolean {
  if (inContents(f, m.start)) return true;
  if (kind !== 'appeal') return false;
  const c = clauseIndexAt(f, m.start);
  if (c < 0) return false;
  // The clause and what it depends on (its main clause, its lead-in): «…; споры рассматриваются в
  // суде» in another clause of the sentence does not undo «вправе обжаловать … в суде».
  const chain = context(f.a, f.a.clauses[c]);
  const any = (concept: string) => chain.some((x) => hitIn(f, concept, x.start, x.stop));
  return any('rights:dispute') && !any('rights:regulator');
}

/**
 * Offers: the operator promises to correct or delete ("we will delete", «удалим»), or to tell what
 * it holds ("we will tell you which data"), when the
 * subject asks, the invitation standing in the same block, a few blocks before it in its section,
 * or in the section's heading ("Requests about personal data"). A negated promise is none.
 */
function offers(doc: PolicyDocument, f: Facts, concept: string): PhraseHit[] {
  const out: PhraseHit[] = [];
  for (const h of f.hits.get(concept) ?? []) {
    const ci = clauseIndexAt(f, h.start);
    if (ci < 0) continue;
    const clause = f.a.clauses[ci];
    if (clause.facts.kinds.size || negatedAt(f.a, h.last)) continue;
    const block = doc.blocks[clause.block];
    let from = block.start;
    for (let b = block.index - 1, n = 0; b >= 0 && n < OFFER_REACH; b--, n++) {
      if (doc.blocks[b].section !== block.section) break;
      from = doc.blocks[b].start;
      if (doc.blocks[b].kind === 'heading') break;
    }
    if (block.section >= 0) {
      const heading = doc.blocks[doc.sections[block.section].heading];
      if (hitIn(f, 'rights:ask', heading.start, heading.end)) from = Math.min(from, heading.start);
    }
    const sentence = doc.sentenceAt(h.start);
    const [ss, se] = sentence ? [sentence.start, sentence.end] : [block.start, block.end];
    if (hitIn(f, 'rights:ask', ss, se)) out.push(h);
    // An ask further back covers a promise with no schedule of its own: "Data is deleted after 3
    // years" below "Write to us:" is retention, not an offer.
    else if (!scheduled(doc, ss, se) && hitIn(f, 'rights:ask', from, block.end)) out.push(h);
  }
  return out;
}

/** Whether [from, to) gives a period, an end event or a purpose for its action. */
function scheduled(doc: PolicyDocument, from: number, to: number): boolean {
  const items = durations(doc).items;
  for (let i = countBefore(items, from, (x) => x.range[0]); i < items.length && items[i].range[0] < to; i++) {
    const it = items[i];
    if (it.kind === 'period' || it.kind === 'event' || (it.kind === 'vague' && it.vague === 'purpose')) return true;
  }
  return false;
}

function isRightsHeading(doc: PolicyDocument, s: Section): boolean {
  const h = doc.blocks[s.heading];
  const title = doc.lower.slice(h.contentStart, h.end);
  if (!RIGHTS_HEADING.test(title) || NOT_RIGHTS_HEADING.test(title)) return false;
  return !(OPERATOR_HEADING.test(title) && !SUBJECT_HEADING.test(title));
}

function inRightsSection(ctx: Context, offset: number): boolean {
  const b = ctx.doc.blockAt(offset);
  return !!b && b.section >= 0 && ctx.rightsSection[b.section] === true;
}

/**
 * Lead-ins: a block ending with ":" governs the list items, deeper-numbered clauses and
 * lower-case continuation blocks after it ("The user has the right to:" / «Оператор обязан:»).
 */
function computeLeads(ctx: Context): void {
  const { doc } = ctx;
  let lead: { verdict: Verdict; start: number; number?: string } | null = null;
  for (const b of doc.blocks) {
    ctx.lead[b.index] = 'none';
    ctx.leadStart[b.index] = -1;
    if (b.kind === 'heading') {
      lead = null;
      continue;
    }
    const body = doc.text.slice(b.contentStart, b.end);
    if (lead) {
      const deeper = !!(lead.number && b.number && b.number.startsWith(`${lead.number}.`));
      const follows = b.kind === 'list-item' || deeper || LOWER_START.test(body) || (b.kind === 'table-row' && lead.number === undefined);
      if (follows) {
        ctx.lead[b.index] = lead.verdict;
        ctx.leadStart[b.index] = lead.start;
      } else lead = null;
    }
    if (/:\s*$/u.test(body) && b.kind !== 'table-row') {
      // A lead-in without a frame ("rights are exercised as follows:") decides nothing.
      lead = { verdict: verdictOf(ctx, b.start, b.end, null), start: b.start, number: b.number };
    }
  }
}

/** The last actor named in [from, to): the operator's side or the subject's. */
function lastActor(ctx: Context, from: number, to: number): 'operator' | 'subject' | undefined {
  const op = ctx.operators.last(from, to);
  const su = ctx.subjects.last(from, to);
  if (!op && !su) return undefined;
  if (op && (!su || op.start > su.start)) return 'operator';
  return 'subject';
}

/**
 * Whose right a region grants: a subject frame, a frame with the subject (or no one) before it,
 * an operator's duty, or none. Without a frame, an operator named in the sentence itself (from
 * `own` on) makes the passage the operator's.
 */
function verdictOf(ctx: Context, from: number, to: number, own: number | null = from): Verdict {
  if (ctx.subjectFrames.any(from, to)) return 'subject';
  const lower = ctx.doc.lower;
  for (const f of ctx.frames.backwards(from, to)) {
    if (FRAME_NEGATION.test(lower.slice(Math.max(from, f.start - 8), f.start))) continue;
    if (FRAME_NEGATION_AFTER.test(lower.slice(f.end, f.end + 8))) continue;
    // The actor of a frame is named in the frame's own sentence ("Users may: …").
    const fs = ctx.doc.sentenceAt(f.start);
    // "вы можете": the actor may be part of the frame itself.
    const actor = lastActor(ctx, Math.max(from, fs ? fs.start : from), MODAL_FRAME.test(f.text) ? f.end : f.start);
    if (MODAL_FRAME.test(f.text)) {
      // "may" with nobody named ("data may be deleted") says nothing about whose right it is.
      if (actor) return actor;
      continue;
    }
    return actor === 'operator' ? 'operator' : 'subject';
  }
  const duty = ctx.duties.last(from, to);
  if (duty && lastActor(ctx, from, duty.start) === 'operator') return 'duty';
  if (own === null) return 'none';
  return lastActor(ctx, Math.max(from, own), to) === 'operator' ? 'operator' : 'none';
}

/** Start of the sentence, followed back over an enumeration ("…: a; b; c") or a broken line. */
function chainStart(ctx: Context, offset: number): number {
  const { doc } = ctx;
  const ss = doc.sentences;
  let i = sentenceIndex(ss, offset);
  if (i < 0) return offset;
  for (let n = 0; n < MAX_CHAIN && i > 0; n++) {
    const prev = ss[i - 1];
    const prevText = doc.text.slice(prev.start, prev.end);
    const curText = doc.text.slice(ss[i].start, ss[i].end);
    const prevBlock = doc.blocks[prev.block];
    if (prevBlock.kind === 'heading') break;
    const enumerated = /[;,]\s*$/u.test(prevText) || (/:\s*$/u.test(prevText) && prev.block === ss[i].block);
    const broken = !/[.!?:;…]["»”)]*\s*$/u.test(prevText) && LOWER_START.test(curText);
    if (!enumerated && !broken) break;
    i--;
  }
  return ss[i].start;
}

/** Index of the sentence containing an offset (the last one starting at or before it), or -1. */
function sentenceIndex(ss: readonly { start: number }[], offset: number): number {
  // The first sentence when the offset comes before all of them (as the model's sentenceAt does).
  return ss.length ? Math.max(0, countBefore(ss, offset, (s) => s.start, true) - 1) : -1;
}

/**
 * Whether the right named at `m` is granted to the data subject. `stated`: the phrase states a
 * right by itself (an appeal to Roskomnadzor, "consent may be withdrawn") and needs no frame.
 */
function granted(ctx: Context, m: Match, stated: boolean): boolean {
  const { doc } = ctx;
  const from = chainStart(ctx, m.start);
  const sentence = doc.sentenceAt(m.start);
  const to = sentence ? Math.max(sentence.end, m.end) : m.end;
  const block = doc.blockAt(m.start);
  const requestRef = ctx.requests.any(from, to) || ctx.subjectFrames.any(from, to);

  const verdict = verdictOf(ctx, from, m.start, sentence ? sentence.start : from);
  if (verdict === 'subject') return true;
  if (verdict === 'operator' || verdict === 'duty') return requestRef;

  const lead = block ? ctx.lead[block.index] : 'none';
  if (lead === 'subject') return true;
  if (lead === 'operator' || lead === 'duty') {
    return requestRef || (block !== undefined && ctx.requests.any(ctx.leadStart[block.index], block.start));
  }
  return stated || inRightsSection(ctx, m.start);
}
