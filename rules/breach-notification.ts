import type { Block, PolicyDocument } from '../src/core/document.js';
import type { Lang, Rule, Suggestion } from '../src/core/types.js';
import { fastRegExp } from '../src/core/match.js';
import { durations, type DurationItem, type Period } from './extract/durations.js';
import {
  AGAINST_BEFORE,
  AUTHORITY_GOSSOPKA,
  AUTHORITY_OTHER,
  AUTHORITY_RKN,
  INCIDENT,
  NOTIFY,
  OTHER_NOTICE,
  PROCESSOR_TO_OPERATOR,
  RESULTS,
  STORAGE,
  SUBJECTS,
  TRIGGER_BEFORE,
} from './lexicons/breach-notification.js';
import { countBefore } from '../src/core/search.js';

/**
 * Incident notification deadlines (152-FZ art. 21 part 3.1, since 1 Sep 2022; docs/law.md (Security and breaches)).
 * Once an unlawful or accidental transfer (provision, dissemination, access) of personal data is
 * found, the operator notifies Roskomnadzor within 24 hours (the incident, its presumed causes and
 * harm, the measures taken, a contact person) and within 72 hours (the results of the internal
 * investigation). A policy need not describe this (the notice is recommended content, so silence is
 * no finding), but one that does must not teach the wrong deadline: the GDPR's "72 hours" alone, a
 * supervisory authority that is not Roskomnadzor, "within 30 days", or only "as soon as possible".
 *
 * The rule reads the sentences that speak of notifying about an incident (with the lead-in of a
 * list and the sentence before in the same paragraph), takes the deadlines the durations extractor
 * finds there, and decides for each who is notified: Roskomnadzor (or the "authorised body"),
 * another authority, the data subjects, or the state computer-attack system (art. 19 part 12,
 * another duty, not judged). Notices to the subjects are judged only when the policy describes no
 * notice to an authority at all.
 */

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const INCIDENT_RE = fastRegExp(`${B}(?:${INCIDENT})`, 'u');
const INCIDENT_ALL_RE = fastRegExp(`${B}(?:${INCIDENT})`, 'gu');
/** After a trigger («в случае», "if") or a notice verb ("reports incidents", «сообщает об утечке»). */
const TRIGGER_RE = fastRegExp(`${TRIGGER_BEFORE}|${B}(?:${NOTIFY})\\s(?:[\\p{L}\\p{N}-]+\\s){0,5}?$`, 'u');
/** A notice about something else: changes to the policy, a new version. */
const OTHER_NOTICE_RE = fastRegExp(`${B}(?:${OTHER_NOTICE})`, 'u');
const AGAINST_RE = fastRegExp(AGAINST_BEFORE, 'u');
const NOTIFY_RE = fastRegExp(`${B}(?:${NOTIFY})`, 'gu');
/** "notify us", «сообщить Оператору»: the subject telling the operator, not the operator's notice. */
const TO_OPERATOR = fastRegExp('^\\s(?:\\p{L}+\\s)?(?:нам|оператор(?:у|а)|компани(?:ю|и)|администраци\\p{L}*|службу\\sподдержки|us|the\\s(?:operator|company|administrator))(?![\\p{L}])', 'u');
const RKN_RE = fastRegExp(`${B}(?:${AUTHORITY_RKN})${E}`, 'gu');
const OTHER_RE = fastRegExp(`${B}(?:${AUTHORITY_OTHER})${E}`, 'gu');
const GOSSOPKA_RE = fastRegExp(`${B}(?:${AUTHORITY_GOSSOPKA})${E}`, 'gu');
const SUBJECTS_RE = fastRegExp(`${B}(?:${SUBJECTS})${E}`, 'gu');
const RESULTS_RE = fastRegExp(`${B}(?:${RESULTS})`, 'u');
const STORAGE_RE = fastRegExp(`${B}${STORAGE}`, 'u');
const PROCESSOR_RE = fastRegExp(PROCESSOR_TO_OPERATOR, 'u');

/** The statutory deadlines, in hours. */
const FIRST = 24;
const SECOND = 72;

type Addressee = 'rkn' | 'other' | 'subject' | 'gossopka';

interface Mention {
  start: number;
  end: number;
  who: Addressee;
}

/** A sentence that speaks of notifying about an incident. */
interface Unit {
  start: number;
  end: number;
  mentions: Mention[];
  /** Addressees named in the list's lead-in ("The Operator notifies Roskomnadzor:"). */
  lead: Mention[];
}

interface Deadline {
  item: DurationItem;
  unit: Unit;
  who: Addressee | 'unknown';
  /** Hours for a period; 0 for "immediately"; undefined for a vague one. */
  hours?: number;
  results: boolean;
  range: [number, number];
}

function scan(re: RegExp, text: string, base: number, who: Addressee, out: Mention[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: base + m.index, end: base + m.index + m[0].length, who });
}

/** Addressees named in doc.lower[start, end), in order; a longer mention wins over one inside it. */
function mentionsIn(lower: string, start: number, end: number): Mention[] {
  const text = lower.slice(start, end);
  const all: Mention[] = [];
  scan(RKN_RE, text, start, 'rkn', all);
  scan(OTHER_RE, text, start, 'other', all);
  scan(GOSSOPKA_RE, text, start, 'gossopka', all);
  scan(SUBJECTS_RE, text, start, 'subject', all);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of all) if (!out.length || m.start >= out[out.length - 1].end) out.push(m);
  return out;
}

/** Whether the text has a notice verb that is not the subject telling the operator. */
function notifies(text: string): boolean {
  NOTIFY_RE.lastIndex = 0;
  for (let m = NOTIFY_RE.exec(text); m; m = NOTIFY_RE.exec(text)) {
    if (!TO_OPERATOR.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
  }
  return false;
}

/** The paragraph that introduces a list or a run of sub-clauses (ends with ':'), or a table row's header row. */
function leadIn(doc: PolicyDocument, block: Block): Block | undefined {
  if (block.kind === 'table-row') {
    if (block.header || block.table === undefined) return undefined;
    for (let i = block.index - 1; i >= 0 && doc.blocks[i].kind === 'table-row' && doc.blocks[i].table === block.table; i--) {
      if (doc.blocks[i].header || i === 0 || doc.blocks[i - 1].kind !== 'table-row' || doc.blocks[i - 1].table !== block.table) return doc.blocks[i];
    }
    return undefined;
  }
  const listed = block.kind === 'list-item' || (block.number !== undefined && block.number.includes('.'));
  if (!listed) return undefined;
  let i = block.index - 1;
  for (let steps = 0; i >= 0 && steps < 40; steps++) {
    const b = doc.blocks[i];
    if (b.kind === 'list-item' || (block.kind !== 'list-item' && b.kind === 'paragraph' && b.number !== undefined && block.number !== undefined && b.number.split('.').length === block.number.split('.').length)) i--;
    else break;
  }
  const prev = i >= 0 ? doc.blocks[i] : undefined;
  if (!prev || prev.kind === 'heading' || prev.kind === 'table-row') return undefined;
  return /:\s*$/u.test(doc.text.slice(prev.start, prev.end)) ? prev : undefined;
}

/** Whether a heading above the block names incidents ("Реагирование на инциденты", "Data breaches"). */
function underIncidentHeading(doc: PolicyDocument, block: Block): boolean {
  let s = block.section >= 0 ? doc.sections[block.section] : undefined;
  for (let depth = 0; s && depth < 4; depth++) {
    const h = doc.blocks[s.heading];
    if (INCIDENT_RE.test(doc.lower.slice(h.contentStart, h.end))) return true;
    s = s.parent >= 0 ? doc.sections[s.parent] : undefined;
  }
  return false;
}

/**
 * Whether the sentence speaks of an incident that happened: an incident word after a trigger («в
 * случае утечки», "if a breach occurs") or as what is notified («уведомление об инциденте»), not
 * as what measures protect against.
 */
function incidentIn(text: string): boolean {
  INCIDENT_ALL_RE.lastIndex = 0;
  for (let m = INCIDENT_ALL_RE.exec(text); m; m = INCIDENT_ALL_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (AGAINST_RE.test(before)) continue;
    if (m.index === 0 || TRIGGER_RE.test(before)) return true;
  }
  return false;
}

function computeUnits(doc: PolicyDocument): Unit[] {
  const lower = doc.lower;
  const units: Unit[] = [];
  let incidentBlock = -1;
  // The last unit, when it ended with ';': the next clause of the same block continues its notice
  // («… уведомляет Роскомнадзор в течение 24 часов; в течение 72 часов — о результатах …»).
  let open: { block: number } | undefined;
  for (const s of doc.sentences) {
    const block = doc.blocks[s.block];
    if (block.kind === 'heading') continue;
    const text = lower.slice(s.start, s.end);
    const lead = leadIn(doc, block);
    const leadText = lead ? lower.slice(lead.start, lead.end) : '';
    const here = incidentIn(text);
    // Under an incident heading, a sentence about another notice (changes to the policy) is not one.
    const incident =
      here || incidentBlock === block.index || (lead !== undefined && incidentIn(leadText)) || (underIncidentHeading(doc, block) && !OTHER_NOTICE_RE.test(text));
    if (here) incidentBlock = block.index;
    const continues = open !== undefined && open.block === block.index;
    open = undefined;
    if (!incident || !(notifies(text) || continues || (lead !== undefined && notifies(leadText)))) continue;
    if (PROCESSOR_RE.test(text)) continue;
    const unit: Unit = { start: s.start, end: s.end, mentions: mentionsIn(lower, s.start, s.end), lead: lead ? mentionsIn(lower, lead.start, lead.end) : [] };
    // A continuation without an addressee of its own is for the one before.
    if (continues && !unit.mentions.length) unit.lead = units[units.length - 1].mentions.length ? units[units.length - 1].mentions : units[units.length - 1].lead;
    units.push(unit);
    if (text.endsWith(';')) open = { block: block.index };
  }
  return units;
}

/** Hours a period spans at most (working days with the weekends they may cross). */
function hoursOf(p: Period): number {
  const a = p.amountMax ?? p.amount;
  switch (p.unit) {
    case 'hour':
      return a;
    case 'day':
      return (p.dayKind === 'working' ? a + 2 * Math.ceil(a / 5) : a) * 24;
    case 'week':
      return a * 7 * 24;
    case 'month':
      return a * 31 * 24;
    case 'year':
      return a * 366 * 24;
  }
}

/** The clause of a sentence around [start, end): between commas, semicolons and dashes. */
function clauseAround(lower: string, unit: Unit, start: number, end: number): string {
  let a = start;
  const from = Math.max(unit.start, start - 300);
  while (a > from && !/[,;:—–]/u.test(lower[a - 1])) a--;
  let b = end;
  const to = Math.min(unit.end, end + 300);
  while (b < to && !/[,;—–]/u.test(lower[b])) b++;
  return lower.slice(a, b);
}

/** Mentions with from <= start and end <= to (mentions are sorted and do not overlap). */
function mentionsBetween(ms: Mention[], from: number, to: number): Mention[] {
  const lo = countBefore(ms, from, (m) => m.start);
  const out: Mention[] = [];
  for (let i = lo; i < ms.length && ms[i].start < to && out.length < 8; i++) if (ms[i].end <= to) out.push(ms[i]);
  return out;
}

function deadlinesOf(doc: PolicyDocument, units: Unit[]): Deadline[] {
  const lower = doc.lower;
  const out: Deadline[] = [];
  const byStart = new Map(units.map((u) => [u.start, u]));
  for (const item of durations(doc).items) {
    if (item.kind !== 'period' && item.kind !== 'immediate' && !(item.kind === 'vague' && (item.vague === 'asap' || item.vague === 'reasonable'))) continue;
    const s = doc.sentenceAt(item.range[0]);
    const unit = s ? byStart.get(s.start) : undefined;
    if (!unit || item.range[1] > unit.end) continue;
    if (item.kind === 'period' && item.bound === 'min') continue;
    const clause = clauseAround(lower, unit, item.range[0], item.range[1]);
    // "incident logs are kept for 3 years": storage, not a notice.
    if (STORAGE_RE.test(clause) && !notifies(clause)) continue;
    const range: [number, number] = item.kind === 'period' ? item.phrase : item.range;
    out.push({ item, unit, who: 'unknown', hours: item.kind === 'period' ? hoursOf(item) : item.kind === 'immediate' ? 0 : undefined, results: RESULTS_RE.test(clause), range });
  }
  // Who each deadline is for: the addressees named since the previous deadline of the sentence,
  // else those named before the next one, else the lead-in's.
  for (let i = 0; i < out.length; i++) {
    const d = out[i];
    const prev = i > 0 && out[i - 1].unit === d.unit ? out[i - 1].range[1] : d.unit.start;
    const next = i + 1 < out.length && out[i + 1].unit === d.unit ? out[i + 1].range[0] : d.unit.end;
    const before = mentionsBetween(d.unit.mentions, prev, d.range[0]);
    const after = mentionsBetween(d.unit.mentions, d.range[1], next);
    const named = before.length ? before : after.length ? after : d.unit.lead;
    d.who = pick(named);
  }
  return out;
}

/** The addressee that matters most among several notified together. */
function pick(ms: Mention[]): Addressee | 'unknown' {
  if (!ms.length) return 'unknown';
  for (const who of ['rkn', 'other', 'gossopka', 'subject'] as const) if (ms.some((m) => m.who === who)) return who;
  return 'unknown';
}

const SUGGESTION: Record<Lang, Suggestion> = {
  ru: {
    kind: 'replace',
    desc: 'Сроки из ч. 3.1 ст. 21 152-ФЗ',
    text: 'в течение 24 часов с момента выявления инцидента (уведомление Роскомнадзора о произошедшем инциденте, его предполагаемых причинах, вреде и принятых мерах) и в течение 72 часов (о результатах внутреннего расследования)',
  },
  en: {
    kind: 'replace',
    desc: 'The deadlines of 152-FZ art. 21 part 3.1',
    text: 'within 24 hours of detecting the incident (notice to Roskomnadzor of the incident, its presumed causes, the harm and the measures taken) and within 72 hours (results of the internal investigation)',
  },
};

const AUTHORITY_SUGGESTION: Record<Lang, Suggestion> = {
  ru: { kind: 'replace', desc: 'Орган по ч. 3.1 ст. 21 152-ФЗ', text: 'Роскомнадзор (уполномоченный орган по защите прав субъектов персональных данных)' },
  en: { kind: 'replace', desc: 'The authority of 152-FZ art. 21 part 3.1', text: 'Roskomnadzor (the authorised body for the protection of the rights of personal data subjects)' },
};

const rule: Rule = {
  meta: {
    id: 'breach-notification',
    description: {
      en: 'An incident notice, where described, goes to Roskomnadzor within 24 hours and 72 hours',
      ru: 'Уведомление об инциденте, если описано, направляется в Роскомнадзор в течение 24 и 72 часов',
    },
    law: '152-FZ art. 21 part 3.1',
    messages: {
      'wrong-deadline': {
        severity: 'warn',
        text: {
          en: 'The incident notice is described as "{{phrase}}": once an unlawful or accidental transfer of personal data is found, the operator notifies Roskomnadzor within 24 hours (the incident, its presumed causes, the harm, the measures taken) and within 72 hours (the results of the internal investigation) (152-FZ art. 21 part 3.1). Name Roskomnadzor and both deadlines, e.g. "within 24 hours … and within 72 hours".',
          ru: 'Уведомление об инциденте описано как «{{phrase}}»: при выявлении неправомерной или случайной передачи персональных данных оператор уведомляет Роскомнадзор в течение 24 часов (об инциденте, его предполагаемых причинах, вреде и принятых мерах) и в течение 72 часов (о результатах внутреннего расследования) (ч. 3.1 ст. 21 152-ФЗ). Укажите Роскомнадзор и оба срока: «в течение 24 часов … и в течение 72 часов».',
        },
      },
    },
  },
  check({ doc, report }) {
    const units = doc.memo(computeUnits);
    if (!units.length) return;
    const lang: Lang = doc.lang;
    const deadlines = deadlinesOf(doc, units);
    const rknNamed = units.some((u) => u.mentions.some((m) => m.who === 'rkn') || u.lead.some((m) => m.who === 'rkn'));
    const authorityNamed = rknNamed || units.some((u) => u.mentions.some((m) => m.who === 'other'));
    const forAuthority = deadlines.filter((d) => d.who === 'rkn' || d.who === 'other' || d.who === 'unknown');
    // The first notice is due within 24 hours: a deadline that short (or "immediately") for the authority.
    const hasFirst = forAuthority.some((d) => d.hours !== undefined && d.hours <= FIRST);
    const judgeSubjects = !authorityNamed && !forAuthority.length;
    const reported = new Set<Unit>();
    const emit = (unit: Unit, range: [number, number], reason: string, suggestion: Suggestion) => {
      if (reported.has(unit)) return;
      reported.add(unit);
      report({ messageId: 'wrong-deadline', range, data: { phrase: doc.slice(range), reason }, suggestions: [suggestion] });
    };

    for (const d of deadlines) {
      if (d.who === 'gossopka') continue;
      let reason: string | undefined;
      if (d.who === 'subject') {
        if (!judgeSubjects) continue;
        if (d.hours === undefined) reason = 'subjects-only-vague';
        else if (d.hours > FIRST) reason = 'subjects-only';
      } else if (d.hours === undefined) {
        if (!hasFirst) reason = 'vague';
      } else if (d.hours > SECOND) {
        reason = 'too-long';
      } else if (d.hours > FIRST && !hasFirst) {
        // The GDPR's 72 hours (or 48, or 3 days) with no 24-hour first notice anywhere.
        reason = d.hours === SECOND && !d.results ? 'only-72-hours' : 'no-24-hours';
      }
      if (reason) emit(d.unit, d.range, reason, SUGGESTION[lang]);
    }

    // An authority that is not Roskomnadzor, where the policy names no Roskomnadzor for the notice.
    if (!rknNamed) {
      for (const u of units) {
        const other = u.mentions.find((m) => m.who === 'other');
        if (other) emit(u, [other.start, other.end], 'other-authority', AUTHORITY_SUGGESTION[lang]);
      }
    }
  },
};

export default rule;
