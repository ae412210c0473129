import type { Block, PolicyDocument } from '../../src/core/document.js';
import { fastRegExp, compile, findAll } from '../../src/core/match.js';
import {
  DAY_KIND_SOURCE,
  EVENT_SOURCES,
  IMMEDIATE_SOURCE,
  IMPLICIT_ONE_SOURCE,
  COMPOUND_PREFIXES,
  COMPOUND_SOURCE,
  INTRO_BEFORE,
  MAX_BEFORE,
  MIN_AFTER,
  MIN_BEFORE,
  MULTIPLIER_WORDS,
  NUMBER_DIGITS,
  NUMBER_WORDS,
  NUMBER_WORDS_SOURCE,
  PERIOD_COLUMN,
  REGISTER_COLUMN,
  RANGE_SEPARATOR,
  START_AFTER,
  TOPIC_CUES,
  UNBOUNDED_SOURCE,
  NO_DELETION_SOURCE,
  NO_DELETION_CONDITION,
  UNIT_ADJECTIVE_SOURCE,
  UNIT_SOURCE,
  VAGUE_SOURCES,
  dayKindOf,
  unitOf,
  type Bound,
  type DayKind,
  type DurationTopic,
  type DurationUnit,
  type EventKind,
  type VagueKind,
} from '../lexicons/durations.js';
import { countBefore } from '../../src/core/search.js';

export type { Bound, DayKind, DurationTopic, DurationUnit, EventKind, VagueKind };

/**
 * Durations in a policy: "30 (тридцати) календарных дней", "10 (ten) business days", «в течение
 * месяца», "up to 6 months", "indefinitely", «до отзыва согласия», "as long as necessary", each
 * normalised and classified by what it is about (retention, destruction, answering a subject's
 * request, answering Roskomnadzor, …) from its sentence, table column, list lead-in and section.
 *
 * Usage: `durations(doc).items` (document order), or the typed lists `periods`, `unbounded`,
 * `events`, `vague`, `immediate`. Offsets are in doc.text.
 */

interface ItemBase {
  /** [start, end) in doc.text of the duration itself ("30 calendar days", "indefinitely"). */
  range: [number, number];
  /** doc.text of range. */
  text: string;
  /** What the duration is about. */
  topic: DurationTopic;
  /** The sentence (or table cell) the duration is in. */
  context: [number, number];
  /** Said of anonymised, aggregated or statistical data (not personal data). */
  anonymised: boolean;
}

/** A number with a unit. */
export interface Period extends ItemBase {
  kind: 'period';
  amount: number;
  /** The upper end of a range: "180 or 365 days", «от 3 до 5 лет». */
  amountMax?: number;
  unit: DurationUnit;
  dayKind: DayKind;
  bound: Bound;
  /** No number written: «в течение месяца», "within a month". */
  implicit: boolean;
  /** The period extends another deadline: 'by' N ("extended by 5 days") or 'to' N in total. */
  extension?: 'by' | 'to';
  /** The whole deadline phrase: introducer, the period, and where it runs from ("within 30 days of receipt"). */
  phrase: [number, number];
}

/** Storage with no end: "indefinitely", «бессрочно», "permanently". */
export interface Unbounded extends ItemBase {
  kind: 'unbounded';
}

/** An end event: "until the account is deleted", «до отзыва согласия», "for the term of the contract". */
export interface TermEvent extends ItemBase {
  kind: 'event';
  event: EventKind;
}

/** A period that names no period: "as long as necessary", «в разумный срок», "until the purposes are achieved". */
export interface VaguePeriod extends ItemBase {
  kind: 'vague';
  vague: VagueKind;
}

/** «незамедлительно», "immediately". */
export interface Immediate extends ItemBase {
  kind: 'immediate';
}

export type DurationItem = Period | Unbounded | TermEvent | VaguePeriod | Immediate;

export interface Durations {
  items: DurationItem[];
  periods: Period[];
  unbounded: Unbounded[];
  events: TermEvent[];
  vague: VaguePeriod[];
  immediate: Immediate[];
}

/** Every duration of the document (memoised per document). */
export function durations(doc: PolicyDocument): Durations {
  return doc.memo(computeDurations);
}

/** What the text at [start, end) is about, judged as a duration would be (memoised cue index). */
export function topicAt(doc: PolicyDocument, start: number, end: number): DurationTopic {
  return classify(doc, cueIndex(doc), start, end, contextOf(doc, start, end));
}

// ---------------------------------------------------------------------------------------------
// Arithmetic on periods

/** Calendar days a period spans at most (months as 31 days, years as 366). */
export function maxCalendarDays(p: Period): number {
  const a = p.amountMax ?? p.amount;
  switch (p.unit) {
    case 'hour':
      return Math.ceil(a / 24);
    case 'day':
      return p.dayKind === 'working' ? Math.ceil(a / 5) * 7 : a;
    case 'week':
      return a * 7;
    case 'month':
      return Math.ceil(a * 31);
    case 'year':
      return Math.ceil(a * 366);
  }
}

/**
 * The most working days a period can contain: working days as written; N calendar days hold at
 * most floor(N/7)*5 + min(N mod 7, 5) working days (14 days → 10, 15 days → 11); a month → 23.
 */
export function maxWorkingDays(p: Period): number {
  const a = p.amountMax ?? p.amount;
  if (p.unit === 'day' && p.dayKind === 'working') return a;
  let days: number;
  switch (p.unit) {
    case 'hour':
      days = Math.ceil(a / 24);
      break;
    case 'day':
      days = Math.ceil(a);
      break;
    case 'week':
      days = Math.ceil(a * 7);
      break;
    case 'month':
      days = Math.ceil(a * 31);
      break;
    case 'year':
      days = Math.ceil(a * 366);
      break;
  }
  return Math.floor(days / 7) * 5 + Math.min(days % 7, 5);
}

/** Years a period spans (for limits such as "no more than N years"). */
export function years(p: Period): number {
  return maxCalendarDays(p) / 365;
}

// ---------------------------------------------------------------------------------------------
// Extraction

const NUM = `(?:${NUMBER_DIGITS}|${NUMBER_WORDS_SOURCE})`;
const DUP = `\\s?\\(\\s?${NUM}\\s?\\)`;
/**
 * Group 1 number, 2 second number of a range, 3 day kind, 4 unit, 5 adjective unit ("30-day").
 * Every repetition is bounded, and a number cannot start right after a letter, digit, dot or comma,
 * so a run of digits is tried once (linear).
 */
const PERIOD_RE = fastRegExp(
  `(?<![\\p{L}\\p{N}.,])(${NUM})(?:${DUP})?(?:${RANGE_SEPARATOR}(${NUM})(?:${DUP})?)?(?:\\s{1,3}|\\s?-\\s?)?(?:(${DAY_KIND_SOURCE})\\s{1,3})?(?:(${UNIT_SOURCE})(?![\\p{L}])|-(${UNIT_ADJECTIVE_SOURCE})(?![\\p{L}]))`,
  'gdu',
);
const COMPOUND_RE = fastRegExp(`(?<![\\p{L}])${COMPOUND_SOURCE}(?![\\p{L}])`, 'gu');
const IMPLICIT_RE = fastRegExp(`(?<![\\p{L}])(?:${IMPLICIT_ONE_SOURCE})`, 'gdu');
const UNBOUNDED_RE = fastRegExp(`(?<![\\p{L}])(?:${UNBOUNDED_SOURCE})(?![\\p{L}])`, 'gu');
const NO_DELETION_RE = fastRegExp(`(?<![\\p{L}])(?:${NO_DELETION_SOURCE})(?![\\p{L}])`, 'gu');
const EVENT_RES = EVENT_SOURCES.map(([kind, src]) => [kind, fastRegExp(`(?<![\\p{L}])(?:${src})(?![\\p{L}])`, 'gu')] as const);
const VAGUE_RES = VAGUE_SOURCES.map(([kind, src]) => [kind, fastRegExp(`(?<![\\p{L}])(?:${src})(?![\\p{L}])`, 'gu')] as const);
const IMMEDIATE_RE = fastRegExp(`(?<![\\p{L}])(?:${IMMEDIATE_SOURCE})(?![\\p{L}])`, 'gu');

/** "permanently deleted", "blocked permanently", "permanent residence": not storage. */
const NOT_STORAGE_NEAR = /(?:delet|destr|eras|remov|wip|purg|anonymi|block|ban|suspend|resid|locat|address|удал|уничтож|стир|стер|обезлич|блок|прожива|регистрац)/u;
const ANONYMISED = fastRegExp(String.raw`(?:обезличенн|анонимизированн|агрегированн|статистическ|anonymi[sz]ed|aggregated|de-identified|depersonali[sz]ed|statistical)\p{L}{0,4}\s(?:\p{L}{1,12}\s)?(?:данн|информаци|сведени|статистик|вид|форм|data|information|statistic|form|records|reports)`, 'u');
const WHERE = fastRegExp(String.raw`(?:сервер|территори|росси|(?<![\p{L}])рф(?![\p{L}])|баз\p{L}{0,2} данных|server|territor|russia|database|locat)`, 'u');
const STORAGE_VERB = /^(?:хран|сохраня|stored|kept|retained|store|keep|retain)/u;
const EXTENSION_WORD = fastRegExp(String.raw`(?:продл|продлен|extend|extension|prolong)\p{L}*`, 'gu');

function computeDurations(doc: PolicyDocument): Durations {
  const lower = doc.lower;
  const cues = cueIndex(doc);
  const items: DurationItem[] = [];
  const taken = new Taken();
  const overlaps = (s: number, e: number) => taken.overlaps(s, e);

  const base = (start: number, end: number) => {
    const context = contextOf(doc, start, end);
    return {
      range: [start, end] as [number, number],
      text: doc.text.slice(start, end),
      topic: classify(doc, cues, start, end, context),
      context: context.own,
      anonymised: anonymisedAt(doc, context.own, start, end),
    };
  };

  // Numbers with units.
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(lower); m; m = PERIOD_RE.exec(lower)) {
    const amount = parseNumber(m[1]);
    const unit = unitOf(m[4] ?? m[5] ?? '');
    if (amount === undefined || !unit) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    // "в 2026 году", "30.04.2026 года": a calendar year, not a duration.
    if (unit === 'year' && /^\d{4}$/.test(m[1]) && amount >= 1900 && amount <= 2100) continue;
    // «с 9 до 18 часов», "at 10 hours": a time of day, not a duration.
    if (unit === 'hour' && fastRegExp(String.raw`(?:^|[^\p{L}])(?:с|со|в|from|at)\s$`, 'u').test(lower.slice(Math.max(0, start - 6), start))) continue;
    const amountMax = m[2] !== undefined ? parseNumber(m[2]) : undefined;
    items.push({ kind: 'period', ...base(start, end), ...periodShape(doc, start, end, start), amount, amountMax: amountMax !== undefined && amountMax > amount ? amountMax : undefined, unit, dayKind: dayKindOf(m[3], m[4]), implicit: false });
    taken.add(start, end);
  }

  // «в десятидневный срок», «пятилетний».
  COMPOUND_RE.lastIndex = 0;
  for (let m = COMPOUND_RE.exec(lower); m; m = COMPOUND_RE.exec(lower)) {
    const start = m.index;
    const end = m.index + m[0].length;
    const amount = COMPOUND_PREFIXES.get(m[1]);
    const unit = unitOf(m[2]);
    if (amount === undefined || !unit || overlaps(start, end)) continue;
    const shape = periodShape(doc, start, end, start);
    // The phrase is «в десятидневный срок».
    const before = fastRegExp(String.raw`(?:^|[^\p{L}])(в|within)\s$`, 'u').exec(lower.slice(Math.max(0, start - 8), start));
    if (before) shape.phrase[0] = Math.min(shape.phrase[0], start - before[1].length - 1);
    const after = fastRegExp(String.raw`^\s(?:срок\p{L}{0,2}|период\p{L}{0,2}|period|term)(?![\p{L}])`, 'u').exec(lower.slice(end, end + 12));
    if (after) shape.phrase[1] = Math.max(shape.phrase[1], end + after[0].length);
    items.push({ kind: 'period', ...base(start, end), ...shape, amount, unit, dayKind: 'unspecified', implicit: false });
    taken.add(start, end);
  }

  // «в течение месяца», "within a month", «полгода».
  IMPLICIT_RE.lastIndex = 0;
  for (let m = IMPLICIT_RE.exec(lower); m; m = IMPLICIT_RE.exec(lower)) {
    const groups = m.indices!.slice(1).map((g, i) => (g ? ([g[0], g[1], m![i + 1]] as const) : undefined)).filter((g) => g !== undefined);
    const g = groups[0];
    if (!g) continue;
    const word = g[2];
    const half = /^(?:полугода|полгода|half a year|six months' time)$/.test(word);
    const unit = half ? 'month' : unitOf(word.replace(/^(?:calendar|business|working) /, ''));
    if (!unit) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (overlaps(start, end)) continue;
    // The duration is the unit word with its article ("a month", «месяца»); the introducer belongs to the phrase.
    let coreStart = g[0];
    if (!half) {
      const article = /(?:a|an|one single|a single|a calendar|one calendar) $/.exec(lower.slice(Math.max(start, g[0] - 16), g[0]));
      if (article) coreStart = g[0] - article[0].length;
    }
    const dayKind: DayKind = /business|working|рабоч/.test(word) ? 'working' : /calendar|календарн/.test(lower.slice(start, end)) ? 'calendar' : 'unspecified';
    items.push({ kind: 'period', ...base(coreStart, end), ...periodShape(doc, coreStart, end, start), amount: half ? 6 : 1, unit, dayKind, implicit: true });
    taken.add(start, end);
  }

  // Unbounded storage.
  for (const m of findAll(UNBOUNDED_RE, lower)) {
    if (/^(?:permanently|perpetually|forever|навсегда|вечно)$/.test(m.text)) {
      // "permanently deleted", "deleted forever": the two words either side, within the sentence.
      const s = doc.sentenceAt(m.start);
      const from = s && s.start <= m.start ? s.start : 0;
      const to = s && s.end >= m.end ? s.end : lower.length;
      const prev = fastRegExp(String.raw`(?:[\p{L}\p{N}]+[^\p{L}\p{N}]+){0,2}$`, 'u').exec(lower.slice(Math.max(from, m.start - 40), m.start))?.[0] ?? '';
      const next = fastRegExp(String.raw`^(?:[^\p{L}\p{N}]+[\p{L}\p{N}]+){0,2}`, 'u').exec(lower.slice(m.end, Math.min(to, m.end + 40)))?.[0] ?? '';
      if (NOT_STORAGE_NEAR.test(prev) || NOT_STORAGE_NEAR.test(next)) continue;
    }
    items.push({ kind: 'unbounded', ...base(m.start, m.end) });
  }
  // A refusal to delete is storage without end whatever stands around it («не обязан её удалять»).
  for (const m of findAll(NO_DELETION_RE, lower)) {
    if (NO_DELETION_CONDITION.test(lower.slice(m.end, m.end + 100))) continue;
    items.push({ kind: 'unbounded', ...base(m.start, m.end), topic: 'retention' });
  }

  // End events.
  for (const [event, re] of EVENT_RES) {
    for (const m of findAll(re, lower)) {
      if (overlaps(m.start, m.end)) continue;
      items.push({ kind: 'event', ...base(m.start, m.end), event });
      taken.add(m.start, m.end);
    }
  }

  // Vague periods.
  for (const [vague, re] of VAGUE_RES) {
    for (const m of findAll(re, lower)) {
      if (overlaps(m.start, m.end)) continue;
      // «хранятся на серверах в РФ в соответствии с законодательством» says where, not how long.
      if (vague === 'law' && STORAGE_VERB.test(m.text) && WHERE.test(m.text)) continue;
      items.push({ kind: 'vague', ...base(m.start, m.end), vague });
      taken.add(m.start, m.end);
    }
  }

  for (const m of findAll(IMMEDIATE_RE, lower)) items.push({ kind: 'immediate', ...base(m.start, m.end) });

  items.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  return {
    items,
    periods: items.filter((i): i is Period => i.kind === 'period'),
    unbounded: items.filter((i): i is Unbounded => i.kind === 'unbounded'),
    events: items.filter((i): i is TermEvent => i.kind === 'event'),
    vague: items.filter((i): i is VaguePeriod => i.kind === 'vague'),
    immediate: items.filter((i): i is Immediate => i.kind === 'immediate'),
  };
}

/** The end events of the document, as ranges (memoised): words inside them name a moment. */
function eventAnchors(doc: PolicyDocument): Taken {
  return doc.memo(computeEventAnchors);
}

function computeEventAnchors(doc: PolicyDocument): Taken {
  const t = new Taken();
  for (const [, re] of EVENT_RES) for (const m of findAll(re, doc.lower)) if (!t.overlaps(m.start, m.end)) t.add(m.start, m.end);
  return t;
}

/** Non-overlapping taken ranges, sorted, with binary search (no quadratic scans). */
class Taken {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Index of the first range whose start is >= offset. */
  private lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  overlaps(s: number, e: number): boolean {
    const i = this.lowerBound(s);
    if (i > 0 && this.ends[i - 1] > s) return true;
    return i < this.starts.length && this.starts[i] < e;
  }
  /** Whether [s, e) lies within one range. */
  contains(s: number, e: number): boolean {
    const i = this.lowerBound(s + 1) - 1;
    return i >= 0 && this.starts[i] <= s && this.ends[i] >= e;
  }
  add(s: number, e: number): void {
    const i = this.lowerBound(s);
    this.starts.splice(i, 0, s);
    this.ends.splice(i, 0, e);
  }
}

/** Bound, deadline phrase and extension of a period at [start, end); `lead` = where its words start. */
function periodShape(doc: PolicyDocument, start: number, end: number, lead: number): { bound: Bound; phrase: [number, number]; extension?: 'by' | 'to' } {
  const lower = doc.lower;
  const sentence = doc.sentenceAt(start);
  const from = Math.max(sentence && sentence.start <= start ? sentence.start : 0, lead - 80);
  const before = lower.slice(from, start);
  const after = lower.slice(end, Math.min(lower.length, end + 120));
  const min = MIN_BEFORE.exec(before);
  const max = min ? null : MAX_BEFORE.exec(before);
  const bound: Bound = min || MIN_AFTER.test(after) ? 'min' : max ? 'max' : 'exact';
  // The phrase starts at its introducer or bound words ("within no more than", «не менее»).
  let phraseStart = lead;
  for (const m of [INTRO_BEFORE.exec(before), min, max]) if (m && from + m.index < phraseStart) phraseStart = from + m.index;
  while (phraseStart < start && /[\s,:(«"“]/.test(lower[phraseStart])) phraseStart++;
  let phraseEnd = end;
  const tail = START_AFTER.exec(after);
  if (tail) phraseEnd = end + tail[0].length;
  // An extension: "may be extended by no more than 5 working days", «продлён до 15 рабочих дней».
  let extension: 'by' | 'to' | undefined;
  const window = lower.slice(Math.max(from, lead - 120), lead);
  let last: RegExpExecArray | undefined;
  EXTENSION_WORD.lastIndex = 0;
  for (let m = EXTENSION_WORD.exec(window); m; m = EXTENSION_WORD.exec(window)) last = m;
  if (last) {
    const between = window.slice(last.index + last[0].length);
    if (!/[.;:]/.test(between) && !/\d/.test(between) && between.length <= 70) {
      extension = fastRegExp(String.raw`(?<![\p{L}])(?:by|на)(?![\p{L}])`, 'u').test(between) ? 'by' : fastRegExp(String.raw`(?<![\p{L}])(?:to|до)(?![\p{L}])`, 'u').test(between) ? 'to' : 'by';
    }
  }
  return { bound, phrase: [phraseStart, phraseEnd], ...(extension ? { extension } : {}) };
}

function anonymisedAt(doc: PolicyDocument, own: [number, number], start: number, end: number): boolean {
  // The clause around the duration (between ';'), or, in a table, the whole row.
  const lower = doc.lower;
  const block = doc.blockAt(start);
  if (block?.kind === 'table-row') return ANONYMISED.test(lower.slice(Math.max(block.start, start - 300), Math.min(block.end, end + 300)));
  const before = lower.slice(Math.max(own[0], start - 160), start);
  const after = lower.slice(end, Math.min(own[1], end + 80));
  const semi = after.indexOf(';');
  return ANONYMISED.test(before.slice(before.lastIndexOf(';') + 1)) || ANONYMISED.test(semi >= 0 ? after.slice(0, semi) : after);
}

/** Value of a number written in digits or words ("30", "1,5", "тридцати", "one hundred and eighty"). */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  const digits = /^(\d{1,4})(?:[.,](\d{1,2}))?/.exec(t);
  if (digits) return Number(digits[2] ? `${digits[1]}.${digits[2]}` : digits[1]);
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of t.split(/[\s-]+/)) {
    if (!w || w === 'and') continue;
    const mult = MULTIPLIER_WORDS.get(w);
    if (mult) {
      current = (current || 1) * mult;
      any = true;
      continue;
    }
    const v = NUMBER_WORDS.get(w);
    if (v === undefined) return undefined;
    current += v;
    any = true;
  }
  total += current;
  return any ? total : undefined;
}

// ---------------------------------------------------------------------------------------------
// Context and classification

interface Window {
  from: number;
  to: number;
  /** Subtracted from a cue's weight found here (the own window uses distances instead). */
  penalty: number;
}

interface Context {
  /** The sentence or table cell the duration is in. */
  own: [number, number];
  /** Table header cell, other cells, list lead-in, section headings. */
  around: Window[];
  /** Section headings (a subset of `around`): they count only when the own sentence names no topic. */
  headings: Window[];
  /** The duration sits in a table column headed only «Срок» / "Period": 'register' when the table also has purpose, data or ground columns. */
  periodColumn: 'register' | 'bare' | false;
}

function contextOf(doc: PolicyDocument, start: number, end: number): Context {
  const block = doc.blockAt(start);
  const around: Window[] = [];
  const headings: Window[] = [];
  let periodColumn: Context['periodColumn'] = false;
  let own: [number, number];
  if (block && block.kind === 'table-row' && block.cells?.length) {
    const cellIndex = block.cells.findIndex(([s, e]) => start >= s && start < e);
    own = cellIndex >= 0 ? [block.cells[cellIndex][0], block.cells[cellIndex][1]] : [block.start, block.end];
    const header = tableHeader(doc, block);
    if (header && header !== block && header.cells?.[cellIndex]) {
      around.push({ from: header.cells[cellIndex][0], to: header.cells[cellIndex][1], penalty: 0.5 });
      if (PERIOD_COLUMN.test(doc.lower.slice(header.cells[cellIndex][0], header.cells[cellIndex][1]))) {
        periodColumn = header.cells.some(([s, e]) => REGISTER_COLUMN.test(doc.lower.slice(s, e))) ? 'register' : 'bare';
      }
    }
    block.cells.forEach(([s, e], i) => {
      if (i !== cellIndex) around.push({ from: s, to: e, penalty: 1 });
    });
    const lead = leadIn(doc, firstRowOf(doc, block));
    if (lead) around.push({ from: lead.start, to: lead.end, penalty: 1.5 });
  } else {
    const s = doc.sentenceAt(start);
    own = s && s.start <= start && s.end >= end ? [s.start, s.end] : block ? [block.start, block.end] : [start, end];
    if (block) {
      const lead = leadIn(doc, block);
      if (lead) around.push({ from: lead.start, to: lead.end, penalty: 1.5 });
      // A clause's first sentence ("7.1. Retention periods: …") frames the ones after it.
      const first = doc.sentenceAt(block.contentStart);
      if (first && first.start < own[0] && first.end <= own[0]) around.push({ from: first.start, to: first.end, penalty: 1.8 });
    }
  }
  // Section headings, innermost first.
  let section = doc.sectionAt(start);
  let penalty = 1.5;
  while (section && penalty <= 2.5) {
    const h = doc.blocks[section.heading];
    if (h && !(h.start <= start && h.end >= end)) headings.push({ from: h.contentStart, to: h.end, penalty });
    section = section.parent >= 0 ? doc.sections[section.parent] : undefined;
    penalty += 0.5;
  }
  // Keep the own window bounded so that one huge sentence costs no more than a small one.
  own = [Math.max(own[0], start - 400), Math.min(own[1], end + 400)];
  return { own, around, headings, periodColumn };
}

function tableHeader(doc: PolicyDocument, row: Block): Block | undefined {
  const headers = doc.memo(tableHeaders);
  return row.table !== undefined ? headers.get(row.table) : undefined;
}

function tableHeaders(doc: PolicyDocument): Map<number, Block> {
  const out = new Map<number, Block>();
  for (const b of doc.blocks) {
    if (b.kind !== 'table-row' || b.table === undefined) continue;
    const cur = out.get(b.table);
    if (!cur || (b.header && !cur.header)) out.set(b.table, b);
  }
  return out;
}

function firstRowOf(doc: PolicyDocument, row: Block): Block {
  let i = row.index;
  while (i > 0 && doc.blocks[i - 1].kind === 'table-row' && doc.blocks[i - 1].table === row.table) i--;
  return doc.blocks[i];
}

/** The paragraph that introduces a list or table ("Retention periods:"), if any. */
function leadIn(doc: PolicyDocument, block: Block): Block | undefined {
  let i = block.index - 1;
  let steps = 0;
  if (block.kind === 'list-item') {
    while (i >= 0 && doc.blocks[i].kind === 'list-item' && steps < 60) {
      i--;
      steps++;
    }
  }
  const prev = i >= 0 ? doc.blocks[i] : undefined;
  if (!prev || prev.kind === 'heading') return undefined;
  if (block.kind === 'paragraph' && prev.kind !== 'paragraph') return undefined;
  return /:\s*$/.test(doc.text.slice(prev.start, prev.end)) ? prev : undefined;
}

interface CueHit {
  start: number;
  end: number;
  topic: DurationTopic;
  weight: number;
  order: number;
}

/** Every topic cue of the document, sorted by start (memoised). */
function cueIndex(doc: PolicyDocument): CueHit[] {
  return doc.memo(computeCueIndex);
}

const CUE_RES = TOPIC_CUES.map((g, order) => ({ ...g, order, re: compile(g.phrases) }));
/**
 * A period column of a register of processing is storage above any cue of the row (its purpose may
 * be "handling requests"); a bare «Срок» column decides only a row that names nothing else («Ответ на
 * запрос | 3 дня», «Запрос сведений | 10 рабочих дней» are answers).
 */
const RETENTION_COLUMN_WEIGHT = { register: 3.2, bare: 0.9 } as const;
const RETENTION_ORDER = TOPIC_CUES.findIndex((g) => g.topic === 'retention');

function computeCueIndex(doc: PolicyDocument): CueHit[] {
  const out: CueHit[] = [];
  for (const g of CUE_RES) {
    for (const m of findAll(g.re, doc.lower)) out.push({ start: m.start, end: m.end, topic: g.topic, weight: g.weight, order: g.order });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Index of the first cue starting at or after `offset`. */
function firstCueFrom(cues: CueHit[], offset: number): number {
  return countBefore(cues, offset, (c) => c.start);
}

/** A comma that opens a new clause: ", а", ", but", ", while". */
const CLAUSE_COMMA = /,\s(?:а|но|однако|при этом|тогда как|whereas|while|but|however)\s(?!(?:не|no|not)\s(?:более|дольше|позднее|позже|менее|longer|later|more)\s)/gu;
const WORD_CHAR = fastRegExp(String.raw`[\p{L}\p{N}]`, 'u');

/** Prefix counts over doc.lower: word starts, hard clause breaks (; :), commas, clause commas and coordinating conjunctions before each offset. */
interface TextIndex {
  words: Int32Array;
  breaks: Int32Array;
  commas: Int32Array;
  /** Commas that open a new clause (CLAUSE_COMMA), counted at the comma. */
  clauseCommas: Int32Array;
  /** Coordinating conjunctions (COORDINATION), counted at their first letter. */
  coordinations: Int32Array;
}

function textIndex(doc: PolicyDocument): TextIndex {
  return doc.memo(computeTextIndex);
}

function computeTextIndex(doc: PolicyDocument): TextIndex {
  const t = doc.lower;
  const n = t.length;
  const words = new Int32Array(n + 1);
  const breaks = new Int32Array(n + 1);
  const commas = new Int32Array(n + 1);
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    // ASCII fast path; everything else through the Unicode class.
    const isWord = c < 128 ? (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : WORD_CHAR.test(t[i]);
    words[i + 1] = words[i] + (isWord && !inWord ? 1 : 0);
    inWord = isWord;
    breaks[i + 1] = breaks[i] + (c === 59 || c === 58 ? 1 : 0);
    commas[i + 1] = commas[i] + (c === 44 ? 1 : 0);
  }
  return { words, breaks, commas, clauseCommas: prefixOfMatches(t, CLAUSE_COMMA), coordinations: prefixOfMatches(t, COORDINATION) };
}

/** Prefix counts of the match starts of a global regular expression (one pass over the text). */
function prefixOfMatches(text: string, re: RegExp): Int32Array {
  const out = new Int32Array(text.length + 1);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out[m.index + 1] = 1;
    re.lastIndex = m.index + 1;
  }
  for (let i = 0; i < text.length; i++) out[i + 1] += out[i];
  return out;
}

/** A coordinating conjunction (between a duration and a cue after it, it opens the next clause). */
const COORDINATION = fastRegExp(String.raw`(?<![\p{L}\p{N}])(?:и|а|а также|and|but|as well as)(?=\s)`, 'gu');

/** Cues of the own sentence outside the duration's clause, as (topic, score, order) triples; reused. */
const OUTSIDE: (DurationTopic | number)[] = [];

/** Taken off a cue in another comma clause of the sentence when the duration's own clause names a topic. */
const OTHER_CLAUSE_PENALTY = 0.8;

/** The comma-delimited clause of [start, end) within `own`. */
function ownClause(lower: string, own: readonly [number, number], start: number, end: number): [number, number] {
  const isBreak = (c: number) => c === 44 || c === 59 || c === 58; // , ; :
  let from = start;
  while (from > own[0] && !isBreak(lower.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < own[1] && !isBreak(lower.charCodeAt(to))) to++;
  return [from, to];
}

/** Right after a duration: where it runs from ("from receipt of the request", «с даты достижения цели»). */
const START_ZONE = /^,?\s(?:с|со|от|после|по|from|after|since|following|of|upon|on)\s[^,;.]{0,80}/u;


function classify(doc: PolicyDocument, cues: CueHit[], start: number, end: number, ctx: Context): DurationTopic {
  const lower = doc.lower;
  const anchors = eventAnchors(doc);
  const idx = textIndex(doc);
  const best = new Map<DurationTopic, { score: number; order: number }>();
  const consider = (topic: DurationTopic, score: number, order: number) => {
    const cur = best.get(topic);
    if (!cur || score > cur.score) best.set(topic, { score, order });
  };
  const zone = START_ZONE.exec(lower.slice(end, Math.min(lower.length, end + 90)));
  const zoneEnd = zone ? end + zone[0].length : end;
  // The duration's own clause (between commas): a cue there is its predicate, and one beyond a
  // comma belongs to the next clause («отвечаем в срок до 10 дней, данные удаляем в течение 3 дней»).
  const clause = ownClause(lower, ctx.own, start, Math.max(end, zoneEnd));
  const outside = OUTSIDE;
  outside.length = 0;
  let clauseNamed = false;
  // Own sentence or cell: weight minus distance.
  for (let i = firstCueFrom(cues, ctx.own[0]); i < cues.length && cues[i].start < ctx.own[1]; i++) {
    const c = cues[i];
    if (c.end > ctx.own[1]) continue;
    // Inside the duration itself, or inside an end event ("until account deletion"), a word names
    // the moment, not the action: skip it. A cue that runs into the duration touches it.
    if (c.start >= start && c.start < end) continue;
    if (anchors.contains(c.start, c.end) && !(c.start <= start && c.end >= end)) continue;
    const [a, b] = c.end <= start ? [c.end, start] : c.start >= end ? [end, c.start] : [start, start];
    let score = c.weight - Math.min(3, 0.1 * (idx.words[b] - idx.words[a]));
    if (idx.breaks[b] > idx.breaks[a]) score -= 1;
    else if (idx.commas[b] > idx.commas[a]) score -= idx.clauseCommas[b] > idx.clauseCommas[a] ? 1 : 0.4;
    // Where the period runs from ("from receipt of the request", «с даты достижения цели»).
    // Whose request it is still counts there («с даты получения запроса уполномоченного органа»).
    if (c.start >= end && c.start < zoneEnd && c.topic !== 'regulator-request') score -= c.weight * 0.65;
    // «ответим … в течение 30 дней и удалим …»: a verb after «и» / "and" opens the next clause.
    const coordinated = c.start >= zoneEnd && c.start - end < 160 && idx.coordinations[c.start] > idx.coordinations[end];
    if (c.end <= clause[0] || c.start >= clause[1] || coordinated) {
      outside.push(c.topic, score, c.order);
      continue;
    }
    if (score >= 1) clauseNamed = true;
    consider(c.topic, score, c.order);
  }
  for (let i = 0; i < outside.length; i += 3) {
    const score = outside[i + 1] as number;
    consider(outside[i] as DurationTopic, clauseNamed ? score - OTHER_CLAUSE_PENALTY : score, outside[i + 2] as number);
  }
  // A section heading frames a sentence that names no topic of its own: under «Актуализация и
  // уничтожение», «хранятся не более 3 лет» is still storage.
  let ownNamed = false;
  for (const b of best.values()) if (b.score >= 1) ownNamed = true;
  // Around: a fixed penalty per window.
  const windows = (list: readonly Window[]) => {
    for (const w of list) {
      for (let i = firstCueFrom(cues, w.from); i < cues.length && cues[i].start < w.to; i++) {
        const c = cues[i];
        if (c.end > w.to) continue;
        consider(c.topic, c.weight - w.penalty, c.order);
      }
    }
  };
  windows(ctx.around);
  if (!ownNamed) windows(ctx.headings);
  if (ctx.periodColumn) consider('retention', RETENTION_COLUMN_WEIGHT[ctx.periodColumn], RETENTION_ORDER);
  let top: DurationTopic = 'other';
  let topScore = 0.3;
  let topOrder = Infinity;
  for (const [topic, { score, order }] of best) {
    if (score > topScore + 1e-9 || (Math.abs(score - topScore) < 1e-9 && order < topOrder)) {
      top = topic;
      topScore = score;
      topOrder = order;
    }
  }
  return top;
}

