import type { PolicyDocument, Sentence } from '../../src/core/document.js';
import { compile, fastRegExp, findAll } from '../../src/core/match.js';
import {
  ABROAD,
  COUNTRIES,
  EXCEPT,
  EXCEPTION_KINDS,
  GENERIC_DATA,
  LOCALIZATION_LAW,
  LOCALIZATION_REF,
  NON_ADEQUATE,
  PLACE_LIST_JOIN,
  PROCESSING_AGENT,
  PROHIBIT,
  RIGHTS_INFO,
  RIGHTS_WORD,
  RU_PLACE,
  RU_PLACE_NOT,
  STORE_TERM,
  TRANSFER_TERM,
  USER_RELATIVE_PLACE,
  NOT_DESTINATION_BEFORE,
  XB_DEFINITION,
  XB_NEGATION,
  XB_TERM,
} from '../lexicons/cross-border.js';
import { FOREIGN_RECIPIENTS, NOT_IN_USE, NOT_RECIPIENTS, PROCESSING_KINDS, ROLE_CUES, ROLE_CUES_AROUND, RUSSIAN_RECIPIENTS, type Recipient } from '../lexicons/recipients.js';
import { analyse, clauseAt, lexicon, matchLexicon } from '../../src/core/nlp/clauses.js';
import { inSectionAbout } from './topics.js';
import { countBefore } from '../../src/core/search.js';

/**
 * Named recipients and statements about where personal data goes (docs/law.md: Cross-border transfer, Localisation).
 *
 * - `recipients(doc)`: every mention of a named foreign or Russian service, with its role in
 *   context: `recipient` (the policy says it receives or processes personal data: a processor,
 *   an analytics, payment, hosting or AI service, a messenger through which the operator sends or
 *   stores users' messages), `contact` (a channel the user may choose to write through, an e-mail
 *   domain in a contact address, a page to follow), `source` (a sign-in provider from which the
 *   operator only receives data), `negated` ("we do not use Google Analytics") or `mention`.
 * - `crossBorder(doc)`: statements about transfer abroad (positive, negative, or a heading that
 *   names the topic) and statements about where data is stored or processed (in Russia or abroad).
 */

export type MentionRole = 'recipient' | 'contact' | 'source' | 'negated' | 'mention';

export interface RecipientMention {
  recipient: Recipient;
  foreign: boolean;
  /** [start, end) in doc.text: the name, or "Brand (Legal name)". */
  range: [number, number];
  role: MentionRole;
  /** A legal name ("Telegram FZ-LLC") is part of the mention. */
  legal: boolean;
  /** Strength of the evidence that it is a recipient (higher is stronger). */
  score: number;
}

export interface TransferStatement {
  /** The sentence (or heading) range in doc.text. */
  range: [number, number];
  /** The cross-border phrase or place inside it. */
  phrase: [number, number];
  /** 'topic': a heading naming the subject, saying neither yes nor no. */
  polarity: 'positive' | 'negative' | 'topic';
  /**
   * For negatives: all data, only transfers to countries without adequate protection, some data
   * only, or all but a stated exception («нет, кроме сервиса перевода текста»).
   */
  scope: 'all' | 'non-adequate' | 'partial' | 'except';
  countries: string[];
  /** For scope 'except': the exception, from «кроме» / "except" to the end of the sentence. */
  exception?: [number, number];
  /** A positive said only as where the data is ("processed by X on servers in Ireland"), not as a transfer. */
  byLocation?: boolean;
}

export interface LocationStatement {
  range: [number, number];
  /** The place phrase ("in the Russian Federation", "outside Russia", "in Germany"). */
  phrase: [number, number];
  /** From the storage word to the end of the place: "stored on rented servers in Germany". */
  claim: [number, number];
  place: 'ru' | 'abroad';
  countries: string[];
}

export interface CrossBorderInfo {
  transfers: TransferStatement[];
  locations: LocationStatement[];
}

/** Re-exported for the rules that use this extractor: the core's fast (explicit-range) RegExp. */

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const word = (src: string, flags = 'u') => fastRegExp(`${B}(?:${src})`, flags);
const wordEnd = (src: string, flags = 'u') => fastRegExp(`${B}(?:${src})${E}`, flags);

// ---------------------------------------------------------------------------------------------
// Mentions

interface Matcher {
  recipient: Recipient;
  foreign: boolean;
  re: RegExp;
  legal: boolean;
}

/**
 * Brand names are matched exactly in Latin script ("Apple Inc." must not match "applied
 * include"), and on stems in Cyrillic, where they inflect ("Телеграме", "Яндексом").
 */
function exactLatin(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((t) => (/^[a-z]+$/.test(t) ? `=${t}` : t))
    .join(' ');
}
/** Longer names first: an alternation takes the first alternative that matches. */
const compileNames = (names: string[]) => compile([...names].sort((a, b) => b.length - a.length).map(exactLatin));

const MATCHERS: Matcher[] = [];
for (const [list, foreign] of [[FOREIGN_RECIPIENTS, true], [RUSSIAN_RECIPIENTS, false]] as const) {
  for (const r of list) {
    if (r.names.length) MATCHERS.push({ recipient: r, foreign, re: compileNames(r.names), legal: false });
    if (r.legalNames?.length) MATCHERS.push({ recipient: r, foreign, re: compileNames(r.legalNames), legal: true });
  }
}
const NOT_RE = compile(NOT_RECIPIENTS);
const NOT_IN_USE_MATCHER = lexicon(NOT_IN_USE);

const CUE = {
  oauth: word(ROLE_CUES.oauth),
  from: word(ROLE_CUES.from),
  contact: wordEnd(ROLE_CUES.contact),
  publicPage: wordEnd(ROLE_CUES.publicPage),
  handle: fastRegExp(ROLE_CUES.handle),
  functional: wordEnd(ROLE_CUES.functional),
  explicit: word(ROLE_CUES.explicit),
  negation: word(ROLE_CUES.negation, 'gu'),
  reset: fastRegExp(ROLE_CUES.reset),
  contactList: word(ROLE_CUES_AROUND.contactMeans),
  bot: wordEnd(ROLE_CUES_AROUND.bot),
  dataItemBefore: fastRegExp(ROLE_CUES_AROUND.dataItemBefore),
  dataItemAfter: fastRegExp(ROLE_CUES_AROUND.dataItemAfter),
};
/** Kinds that are channels: naming them says nothing about data unless the context does. */
const isProcessing = (r: Recipient) => r.kind !== undefined && PROCESSING_KINDS.has(r.kind);
const entityOf = (r: Recipient) => r.entity ?? r.name;

/** Every mention of a named recipient, in document order, with its role. */
export function recipients(doc: PolicyDocument): RecipientMention[] {
  return doc.memo(computeMentions);
}

function computeMentions(doc: PolicyDocument): RecipientMention[] {
  const lower = doc.lower;
  const raw: { start: number; end: number; m: Matcher }[] = [];
  for (const m of MATCHERS) for (const hit of findAll(m.re, lower)) raw.push({ start: hit.start, end: hit.end, m });
  if (raw.length === 0) return [];
  const excluded = findAll(NOT_RE, lower);
  raw.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || Number(b.m.legal) - Number(a.m.legal));
  // Longest match wins where names overlap ("Google Analytics" over "Google").
  const kept: typeof raw = [];
  let lastEnd = -1;
  let ex = 0;
  for (const r of raw) {
    if (r.start < lastEnd) continue;
    while (ex < excluded.length && excluded[ex].end <= r.start) ex++;
    if (ex < excluded.length && excluded[ex].start < r.end) continue;
    kept.push(r);
    lastEnd = r.end;
  }
  // "Telegram (Telegram FZ-LLC)": one mention with its legal name.
  const merged: { start: number; end: number; m: Matcher; legal: boolean }[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i];
    const b = kept[i + 1];
    let item = { start: a.start, end: a.end, m: a.m, legal: a.m.legal };
    if (b && entityOf(b.m.recipient) === entityOf(a.m.recipient)) {
      const between = lower.slice(a.end, b.start);
      const after = /^\s*\)/.exec(lower.slice(b.end, b.end + 4));
      if (/^\s*\(\s*$/.test(between) && after) {
        item = { start: a.start, end: b.end + after[0].length, m: a.m, legal: a.m.legal || b.m.legal };
        i++;
      }
    }
    merged.push(item);
  }
  return merged.map((k) => classify(doc, k.start, k.end, k.m, k.legal));
}

function classify(doc: PolicyDocument, start: number, end: number, m: Matcher, legal: boolean): RecipientMention {
  const r = m.recipient;
  const base = { recipient: r, foreign: m.foreign, range: [start, end] as [number, number], legal };
  if (inEmailAddress(doc.lower, start, end)) return { ...base, role: 'contact', score: 0 };
  const sentence = doc.sentenceAt(start);
  const sStart = sentence && sentence.start <= start ? sentence.start : doc.blockAt(start)?.start ?? start;
  const sEnd = sentence && sentence.end >= end ? sentence.end : doc.blockAt(start)?.end ?? end;
  const s = doc.lower.slice(sStart, sEnd);
  const pos = start - sStart;
  if (negatedBefore(s, pos) || namedNotInUse(doc, start, end)) return { ...base, role: 'negated', score: 0 };

  const processing = isProcessing(r);
  const explicit = CUE.explicit.test(s);
  // A bot in a messenger: its messages pass through the messenger (only for messengers, not a company's name).
  const functional = CUE.functional.test(s) || (r.kind === 'messenger' && CUE.bot.test(s));
  const section = inSectionAbout(doc, start, 'third-parties', 'cross-border') || leadInTransfers(doc, start);
  const score = (legal ? 3 : 0) + (explicit ? 2 : 0) + (functional ? 1 : 0) + (section ? 1 : 0);
  // Analytics, hosting, payment, AI … receive data whenever they are used.
  if (processing) return { ...base, role: 'recipient', score };

  // Messengers, social networks, mailboxes, sign-in providers, bare company names: the context decides.
  const oauth = CUE.oauth.test(s) || r.kind === 'oauth';
  const from = CUE.from.test(s);
  const contact = CUE.contact.test(s) || CUE.handle.test(s.slice(pos, pos + (end - start) + 40));
  const publicPage = CUE.publicPage.test(s);
  // "передаёт оператору" is a cue of data coming from the service, not of data going to it.
  const outward = explicit && !from;
  let role: MentionRole;
  if (legal) role = 'recipient';
  // "(Telegram, телефон, электронная почта)": one of the ways to reach the operator.
  // Not the channels the operator sends through ("notifications via Telegram, SMS and e-mail").
  else if (!functional && inContactList(s, pos, pos + (end - start))) role = 'contact';
  else if (oauth && !outward) role = 'source';
  // «Профиль Telegram», "Telegram user ID": a data item the operator receives, not a recipient.
  else if (CUE.dataItemBefore.test(s.slice(Math.max(0, pos - 40), pos)) || CUE.dataItemAfter.test(s.slice(pos + (end - start), pos + (end - start) + 24))) role = 'mention';
  else if (publicPage && !explicit) role = 'contact';
  else if (contact && !explicit && !functional) role = 'contact';
  else if (from && !functional) role = 'source';
  else if (r.kind === 'company') {
    // A bare company name ("Google", "Apple") names no service: only a statement that it gets
    // data, or a service word in a section about recipients, makes it one.
    role = explicit || (functional && section) ? 'recipient' : 'mention';
  } else if (explicit || functional || section) role = 'recipient';
  else role = 'mention';
  return { ...base, role, score };
}

/** "name@gmail.com": the mention is the domain of an e-mail address. */
function inEmailAddress(lower: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && i > start - 80 && /[a-z0-9._%+@-]/.test(lower[i])) {
    if (lower[i] === '@') return true;
    i--;
  }
  return false;
}

/** A negation of use or transfer earlier in the sentence that still covers the mention. */
function negatedBefore(s: string, pos: number): boolean {
  const before = s.slice(0, pos);
  CUE.negation.lastIndex = 0;
  let last = -1;
  for (let m = CUE.negation.exec(before); m; m = CUE.negation.exec(before)) last = m.index + m[0].length;
  if (last < 0) return false;
  return !CUE.reset.test(before.slice(last));
}

/**
 * "Google Analytics is not used", «Сервисы (…) на сайте не используются»: a passive negation of use
 * after the mention, in the mention's clause or, from a parenthesis, the clause it belongs to — not
 * past "but", a relative clause or a semicolon (clause boundaries of src/core/nlp/clauses.ts).
 */
function namedNotInUse(doc: PolicyDocument, start: number, end: number): boolean {
  const hits = matchLexicon(doc, NOT_IN_USE_MATCHER);
  if (!hits.length) return false;
  const mc = clauseAt(doc, start);
  if (!mc) return false;
  const a = analyse(doc);
  return hits.some((h) => {
    if (h.start < end || h.start > mc.stop + 400) return false;
    const hc = a.clauseOf[h.first];
    return hc === mc.index || (mc.role === 'paren' && mc.parent === hc);
  });
}

/**
 * The mention is one item of a list of contact means: a parenthesis or comma list that also holds
 * a phone, an e-mail or a post address ("(Telegram, телефон, электронная почта)").
 */
function inContactList(s: string, start: number, end: number): boolean {
  const open = s.lastIndexOf('(', start);
  const close = s.indexOf(')', end);
  let from: number;
  let to: number;
  if (open >= 0 && close >= 0 && !s.slice(open + 1, start).includes(')') && !s.slice(end, close).includes('(') && close - open <= 160) {
    from = open + 1;
    to = close;
  } else {
    // A comma list: back and forward to the nearest clause delimiter.
    const delimBefore = Math.max(s.lastIndexOf(':', start), s.lastIndexOf(';', start), s.lastIndexOf('.', start), -1);
    const rest = s.slice(end).search(/[.;:()]/u);
    from = delimBefore + 1;
    to = rest < 0 ? s.length : end + rest;
    if (!/,/u.test(s.slice(from, to))) return false;
  }
  const list = s.slice(from, start) + ' ' + s.slice(end, to);
  CUE.contactList.lastIndex = 0;
  return CUE.contactList.test(list);
}

/** A list item or clause introduced by a sentence that says data is transferred ("… to: "). */
function leadInTransfers(doc: PolicyDocument, offset: number): boolean {
  const b = doc.blockAt(offset);
  if (!b || (b.kind !== 'list-item' && b.kind !== 'table-row')) return false;
  for (let i = b.index - 1; i >= 0 && i >= b.index - 30; i--) {
    const p = doc.blocks[i];
    if (p.kind === b.kind) continue;
    if (p.kind === 'heading') return false;
    const text = doc.lower.slice(p.start, p.end);
    return /:\s*$/.test(text) && TRANSFER_RE.test(text);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Statements about transfer abroad and about where data is kept

const XB_RE = word(XB_TERM);
const ABROAD_RE = word(ABROAD, 'gu');
const COUNTRY_RES = Object.entries(COUNTRIES).map(([code, src]) => [code, wordEnd(src, 'gu')] as const);
/** "US" in capitals, on doc.text (lower-cased it is the pronoun "us"). */
const US_UPPER = fastRegExp('(?<![\\p{L}\\p{N}])U\\.?S\\.?(?![\\p{L}\\p{N}])', 'gu');
const RU_PLACE_RE = word(RU_PLACE, 'gu');
const RU_PLACE_NOT_RE = fastRegExp(RU_PLACE_NOT);
const STORE_RE = wordEnd(STORE_TERM, 'gu');
const TRANSFER_RE = word(TRANSFER_TERM);
const XB_NEG_RE = word(XB_NEGATION, 'gu');
const NON_ADEQUATE_RE = word(NON_ADEQUATE, 'gu');
const EXCEPT_RE = word(EXCEPT, 'gu');
const GENERIC_DATA_RE = fastRegExp(GENERIC_DATA);
const PROHIBIT_RE = word(PROHIBIT);
const RIGHTS_INFO_RE = fastRegExp(RIGHTS_INFO);
const RIGHTS_WORD_RE = word(RIGHTS_WORD);
const DEFINITION_RE = fastRegExp(XB_DEFINITION);
const LOCALIZATION_LAW_RE = word(LOCALIZATION_LAW);
const LOCALIZATION_REF_RE = word(LOCALIZATION_REF);
const NOT_DESTINATION_BEFORE_RE = fastRegExp(NOT_DESTINATION_BEFORE);
/** A denial with no object of its own: it speaks of the heading's topic. */
const BARE_DENIAL_RE = fastRegExp('^[\\s\\d.)-]*(?:не|нет|no|none|not)(?!\\p{L})|(?<!\\p{L})(?:такая|такую|такой|ее|она|such|it)(?!\\p{L})');
const PLACE_LIST_JOIN_RE = fastRegExp(PLACE_LIST_JOIN);
const PROCESSING_AGENT_RE = wordEnd(PROCESSING_AGENT);
const USER_RELATIVE_PLACE_RE = fastRegExp(USER_RELATIVE_PLACE);
const EXCEPTION_KIND_RES = Object.entries(EXCEPTION_KINDS).map(([kind, src]) => [kind, wordEnd(src)] as const);
const NOT_BEFORE_STORE = fastRegExp('(?:^|\\s)(?:не|not|never)\\s+(?:\\p{L}+\\s+)?$');
/** How near (in characters) a storage word must be to the place it is about. */
const NEAR = 120;

/** Statements about cross-border transfer and data location, in document order. */
export function crossBorder(doc: PolicyDocument): CrossBorderInfo {
  return doc.memo(computeCrossBorder);
}

interface Hit {
  start: number;
  end: number;
}

/** Every match of a global regex in a string (the shared finder of src/core/match.ts). */
function hits(re: RegExp, s: string): Hit[] {
  return findAll(re, s);
}

type CountryHit = Hit & { code: string };

function countriesIn(doc: PolicyDocument, sStart: number, sEnd: number, s: string): { codes: string[]; hits: CountryHit[] } {
  const codes: string[] = [];
  const all: CountryHit[] = [];
  const add = (code: string, found: Hit[]) => {
    // "eu-central-1", "us-east-2": a region code, not a country said in plain words.
    const h = found.filter((x) => !REGION_CODE_AFTER.test(s.slice(x.end, x.end + 2)));
    if (!h.length) return;
    if (!codes.includes(code)) codes.push(code);
    for (const x of h) all.push({ ...x, code });
  };
  for (const [code, re] of COUNTRY_RES) add(code, hits(re, s));
  add('US', hits(US_UPPER, doc.text.slice(sStart, sEnd)));
  return { codes, hits: all.sort((a, b) => a.start - b.start) };
}
const REGION_CODE_AFTER = /^-[\p{L}\p{N}]/u;

/** The sentence names who processes the data: a named recipient, or a service or provider. */
function disclosesAgent(doc: PolicyDocument, sStart: number, sEnd: number, s: string): boolean {
  PROCESSING_AGENT_RE.lastIndex = 0;
  if (PROCESSING_AGENT_RE.test(s)) return true;
  return mentionsIn(doc, sStart, sEnd).some((m) => m.role !== 'negated' && m.foreign);
}

/**
 * The sentence names a service that keeps data for its own function (analytics, payment, a
 * messenger…) and not the operator: where it keeps data says nothing about the operator's databases.
 */
function thirdPartyServers(doc: PolicyDocument, sStart: number, sEnd: number, s: string): boolean {
  // "our servers", «Оператор хранит»: the operator's own (not "never reaches us": an object).
  if (OPERATOR_WORD_RE.test(s)) return false;
  return mentionsIn(doc, sStart, sEnd).some((m) => m.role !== 'negated' && !HOSTING_KINDS.has(m.recipient.kind ?? 'company'));
}

/** The mentions that start in [from, to). */
function mentionsIn(doc: PolicyDocument, from: number, to: number): RecipientMention[] {
  const all = recipients(doc);
  const lo = countBefore(all, from, (m) => m.range[0]);
  const hi = countBefore(all, to, (m) => m.range[0]);
  return all.slice(lo, hi);
}
const OPERATOR_WORD_RE = fastRegExp('(?<!\\p{L})(?:оператор\\p{L}*|мы|наш\\p{L}*|we|our|operator\\p{L}*|company)(?!\\p{L})');
/** Services that keep the operator's own records (hosting, a CRM, forms): their servers are the operator's databases. */
const HOSTING_KINDS: ReadonlySet<string> = new Set(['hosting', 'storage', 'cdn', 'crm', 'forms', 'mailing', 'collaboration']);

/** Blanks out the matches of `re` (same length), so that other patterns do not see them. */
function blank(s: string, re: RegExp): string {
  re.lastIndex = 0;
  return s.replace(re, (m) => ' '.repeat(m.length));
}

function near(a: Hit[], b: Hit[], distance = NEAR): boolean {
  for (const x of a) for (const y of b) if (Math.abs(x.start - y.start) <= distance || (y.start >= x.start && y.start <= x.end)) return true;
  return false;
}

/**
 * From the storage word the place belongs to through the end of the place: the first storage word
 * of the same clause before it ("хранятся на арендованных серверах в Нидерландах"), else the
 * nearest before it, else the first after it.
 */
function claimOf(place: Hit, store: Hit[], text: string, at: (h: Hit) => [number, number]): [number, number] {
  const before = store.filter((h) => h.end <= place.start && place.start - h.start <= NEAR / 2);
  const sameClause = before.filter((h) => !/[,;:]/u.test(text.slice(h.end, place.start)));
  const s = sameClause[0] ?? before[before.length - 1] ?? store.find((h) => h.start >= place.end && h.start - place.end <= NEAR);
  if (!s) return at(place);
  return at({ start: Math.min(s.start, place.start), end: Math.max(s.end, place.end) });
}

/** The place a storage word is about: the first one after it ("stored in X"), else the nearest. */
function complement(h: Hit, candidates: Hit[]): Hit | undefined {
  const after = candidates.filter((c) => c.start >= h.end && c.start - h.end <= 40).sort((a, b) => a.start - b.start)[0];
  return after ?? nearest(candidates, h.start);
}

/** The hit nearest to an offset. */
function nearest(hs: Hit[], offset: number): Hit | undefined {
  let best: Hit | undefined;
  for (const h of hs) if (!best || Math.abs(h.start - offset) < Math.abs(best.start - offset)) best = h;
  return best;
}

/**
 * Whether s negates the transfer, and whether an exception after the negation ("… except …")
 * takes something out of it: then the statement denies every transfer but the exception.
 */
function negation(s: string): { negated: boolean; exception?: Hit } {
  const negs = hits(XB_NEG_RE, s);
  if (!negs.length) return { negated: false };
  const first = negs[0];
  const e = hits(EXCEPT_RE, s).find((x) => x.start > first.start);
  return e ? { negated: false, exception: { start: e.start, end: s.length } } : { negated: true };
}

/**
 * Countries named as where users live or come from ("users in the EEA and the United Kingdom",
 * «для пользователей из Казахстана») or where a company is registered: not a place data goes to.
 */
function notDestinations(s: string, places: Hit[]): Set<Hit> {
  const out = new Set<Hit>();
  let prev: Hit | undefined;
  for (const p of places) {
    const joined = prev !== undefined && out.has(prev) && PLACE_LIST_JOIN_RE.test(s.slice(prev.end, p.start));
    if (joined || NOT_DESTINATION_BEFORE_RE.test(s.slice(Math.max(0, p.start - 60), p.start))) out.add(p);
    prev = p;
  }
  return out;
}

/** Whether an exception to "no transfer abroad" covers a recipient: it names it, or a service of its kind. */
export function exceptionCovers(doc: PolicyDocument, exception: [number, number], m: RecipientMention): boolean {
  if (m.range[0] >= exception[0] && m.range[0] < exception[1]) return true;
  const text = doc.lower.slice(exception[0], exception[1]);
  const entity = entityOf(m.recipient);
  if (mentionsIn(doc, exception[0], exception[1]).some((o) => entityOf(o.recipient) === entity)) return true;
  const kind = m.recipient.kind;
  return EXCEPTION_KIND_RES.some(([k, re]) => k === kind && re.test(text));
}

function computeCrossBorder(doc: PolicyDocument): CrossBorderInfo {
  const transfers: TransferStatement[] = [];
  const locations: LocationStatement[] = [];
  for (const sentence of doc.sentences) analyseSentence(doc, sentence, transfers, locations);
  return { transfers, locations };
}

function analyseSentence(doc: PolicyDocument, sentence: Sentence, transfers: TransferStatement[], locations: LocationStatement[]): void {
  const block = doc.blocks[sentence.block];
  // Skip the clause number: "8.1. The Operator …".
  const sStart = block.number && sentence.start < block.contentStart && block.contentStart <= sentence.end ? block.contentStart : sentence.start;
  const sEnd = sentence.end;
  const raw = doc.lower.slice(sStart, sEnd);
  if (!raw.trim()) return;
  const range: [number, number] = [sStart, sEnd];
  const isHeading = block.kind === 'heading';
  const definitions = inSectionAbout(doc, sStart, 'definitions');

  // Non-adequate scope words contain negations of their own ("не обеспечивающие"): hide them.
  const nonAdequate = hits(NON_ADEQUATE_RE, raw).length > 0;
  const s = blank(raw, NON_ADEQUATE_RE);
  const xb = XB_RE.exec(s);
  const abroad = hits(ABROAD_RE, s);
  const found = countriesIn(doc, sStart, sEnd, s);
  const allPlaces = [...abroad, ...found.hits].sort((a, b) => a.start - b.start);
  const residence = notDestinations(s, allPlaces);
  const places = allPlaces.filter((p) => !residence.has(p));
  const countryHits = found.hits.filter((h) => !residence.has(h));
  const codes = residence.size ? [...new Set(countryHits.map((h) => h.code))] : found.codes;
  const store = hits(STORE_RE, s);
  const transfer = TRANSFER_RE.test(s);
  const neg = negation(s);
  const at = (h: Hit): [number, number] => [sStart + h.start, sStart + h.end];
  const exception = neg.exception ? at(neg.exception) : undefined;

  // --- transfer statements
  if (xb && !definitions && !DEFINITION_RE.test(s) && !(RIGHTS_INFO_RE.test(s) && RIGHTS_WORD_RE.test(s))) {
    const phrase = at({ start: xb.index, end: xb.index + xb[0].length });
    if (isHeading && !neg.negated) transfers.push({ range, phrase, polarity: 'topic', scope: 'all', countries: codes });
    else if (exception) transfers.push({ range, phrase, polarity: 'negative', scope: 'except', countries: codes, exception });
    else if (neg.negated) transfers.push({ range, phrase, polarity: 'negative', scope: nonAdequate ? 'non-adequate' : 'all', countries: codes });
    else transfers.push({ range, phrase, polarity: 'positive', scope: 'all', countries: codes });
  } else if (!xb && places.length && !definitions && !isHeading) {
    const inXbSection = inSectionAbout(doc, sStart, 'cross-border');
    const storeNear = near(places, store);
    const prohibited = PROHIBIT_RE.test(s);
    if (transfer || (inXbSection && storeNear)) {
      if (exception) {
        transfers.push({ range, phrase: at(places[0]), polarity: 'negative', scope: 'except', countries: codes, exception });
      } else if (neg.negated) {
        const scope = nonAdequate ? 'non-adequate' : GENERIC_DATA_RE.test(s) || !transfer ? 'all' : 'partial';
        transfers.push({ range, phrase: at(places[0]), polarity: 'negative', scope, countries: codes });
      } else {
        transfers.push({ range, phrase: at(places[0]), polarity: 'positive', scope: 'all', countries: codes });
      }
    }
    if (storeNear && !transfer) {
      // "stored outside Russia" is processing abroad; "… outside Russia is not permitted" is the
      // 2025 wording of localisation.
      const claim = claimOf(places[0], store, s, at);
      if (neg.negated || prohibited) locations.push({ range, phrase: at(places[0]), claim, place: 'ru', countries: [] });
      else {
        locations.push({ range, phrase: at(places[0]), claim, place: 'abroad', countries: codes });
        // Said in plain words where the data goes — a country, who processes it there, or "outside
        // your country" — the statement discloses the transfer; the operator's bare right to keep
        // data "outside Russia" does not.
        if (!inXbSection && (codes.length || disclosesAgent(doc, sStart, sEnd, s) || places.some((p) => USER_RELATIVE_PLACE_RE.test(s.slice(p.start, p.end)))))
          transfers.push({ range, phrase: at(places[0]), polarity: 'positive', scope: 'all', countries: codes, byLocation: true });
      }
    } else if (storeNear && transfer && (neg.negated || prohibited) && hits(RU_PLACE_RE, s).length === 0) {
      // "не передаются и не хранятся за пределами РФ" — a (negative) localisation too.
      if (/(?:хран|запис|stor|kept|record)/u.test(s)) locations.push({ range, phrase: at(places[0]), claim: claimOf(places[0], store, s, at), place: 'ru', countries: [] });
    }
  } else if (!xb && isHeading === false && !definitions && neg.negated && inSectionAbout(doc, sStart, 'cross-border') && s.trim().length <= 60 && (transfer || BARE_DENIAL_RE.test(s))) {
    // "Не осуществляется." / "None." / «Такая передача не производится.» under a cross-border heading
    // (not «Отдельной базы данных разработчик не ведёт.»).
    transfers.push({ range, phrase: range, polarity: 'negative', scope: 'all', countries: [] });
  }

  // --- Russian location (localisation)
  if (isHeading || definitions) return;
  const abroadPositive = places.length > 0 && !neg.negated && !PROHIBIT_RE.test(s);
  const law = LOCALIZATION_LAW_RE.exec(s) ?? (store.length && !neg.negated ? LOCALIZATION_REF_RE.exec(s) : null);
  if (law) {
    const phrase = at({ start: law.index, end: law.index + law[0].length });
    locations.push({ range, phrase, claim: phrase, place: 'ru', countries: [] });
    return;
  }
  const ruPlaces = hits(RU_PLACE_RE, s);
  // «Яндекс Метрика (серверы расположены на территории РФ)»: a third party's servers, not the operator's databases.
  if (ruPlaces.length && thirdPartyServers(doc, sStart, sEnd, s)) return;
  for (const p of ruPlaces) {
    const before = s.slice(Math.max(0, p.start - 30), p.start);
    if (RU_PLACE_NOT_RE.test(before)) continue;
    if (/(?:за пределами|за пределы|вне|outside|beyond|кроме|except)\s*$/u.test(before)) continue;
    if (!near([p], store, 90)) continue;
    // "collected in Russia and stored in the Netherlands": the storage word belongs to the nearer place.
    if (abroadPositive) {
      const h = nearest(store, p.start);
      if (h && complement(h, [p, ...places]) !== p) continue;
    }
    // "данные не хранятся в РФ" is not localisation.
    const storeBefore = store.filter((h) => h.end <= p.start);
    const lastStore = storeBefore[storeBefore.length - 1];
    if (lastStore && NOT_BEFORE_STORE.test(s.slice(Math.max(0, lastStore.start - 16), lastStore.start))) continue;
    locations.push({ range, phrase: at(p), claim: claimOf(p, store, s, at), place: 'ru', countries: [] });
    return;
  }
}
