import type { Block, PolicyDocument } from '../src/core/document.js';
import type { Lang, Rule, Suggestion } from '../src/core/types.js';
import { fastRegExp } from '../src/core/match.js';
import { purposes } from './extract/purposes.js';
import { inSectionAbout } from './extract/topics.js';
import {
  ACTION_NOUN_EN,
  ACTION_NOUN_RU,
  ACTION_WORD,
  ACTIONS_BOUNDED,
  ACTIONS_OF_OTHERS,
  AGAINST_BEFORE,
  ANONYMISED,
  ANY_ACTIONS,
  ANY_DATA,
  COLLECT_WORD,
  CONDITION_BEFORE,
  CONSENT_AFTER,
  DATA_WORD,
  DEFINING,
  DEFINITION_OF_PROCESSING,
  ETC,
  MESSAGE_CONTENT,
  NEGATION_AFTER,
  NEGATION_BEFORE,
  NOT_ACTION_EN,
  PURPOSE_VERB_EN,
  NOT_ACTION_RU,
  NOTICE_AFTER,
  OPEN_LIST,
  OTHER_PURPOSES,
  OTHER_SITES,
  PURPOSE_MARKER,
  PURPOSE_WORD,
  RECIPIENT_BEFORE,
  REFERENCE_AFTER,
  RIGHTS_WORD,
} from './lexicons/catch-all-purposes.js';
import { countBefore } from '../src/core/search.js';

/**
 * Catch-all purposes (152-FZ art. 5 parts 2 and 5; art. 18.1 part 1 item 2; docs/law.md (Purposes)).
 * Processing is limited to specific purposes determined in advance, and the data must match them;
 * a policy that reserves «иные цели», "any other purpose" or "purposes such as …", or closes its
 * purposes with «и т.д.», states no limit at all. The rule reports such wording where it widens
 * the purposes or the data and actions tied to them, and leaves alone what only sounds like it:
 * a negation ("not used for other purposes"), a reference to the policy's own list («в целях,
 * указанных в разделе 3»), purposes a law imposes ("as required by law"), purposes conditioned on
 * the subject's own separate consent, the definition of processing («любое действие (операция)»),
 * examples in brackets, and open lists of recipients (the `third-parties` rule's finding).
 */

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const OTHER_RE = fastRegExp(`${B}(?:${OTHER_PURPOSES})`, 'gu');
const OPEN_RE = fastRegExp(`${B}(?:${OPEN_LIST})${E}`, 'gu');
const ETC_RE = fastRegExp(`${B}(?:${ETC})(?![\\p{L}])`, 'gu');
const ANY_ACTIONS_RE = fastRegExp(`${B}(?:${ANY_ACTIONS})${E}`, 'gu');
const ANY_DATA_RE = fastRegExp(`${B}(?:${ANY_DATA})${E}`, 'gu');

const NEG_BEFORE_RE = fastRegExp(NEGATION_BEFORE, 'u');
const NEG_AFTER_RE = fastRegExp(NEGATION_AFTER, 'u');
const REFERENCE_RE = fastRegExp(REFERENCE_AFTER, 'u');
const CONSENT_RE = fastRegExp(CONSENT_AFTER, 'u');
const CONDITION_RE = fastRegExp(CONDITION_BEFORE, 'u');
const NOTICE_RE = fastRegExp(NOTICE_AFTER, 'u');
const ANONYMISED_RE = fastRegExp(ANONYMISED, 'u');
const OTHER_SITES_RE = fastRegExp(OTHER_SITES, 'u');
const MARKER_RE = fastRegExp(PURPOSE_MARKER, 'gu');
const PURPOSE_WORD_RE = fastRegExp(PURPOSE_WORD, 'gu');
const DATA_WORD_RE = fastRegExp(DATA_WORD, 'gu');
const ACTION_WORD_RE = fastRegExp(ACTION_WORD, 'gu');
const RECIPIENT_RE = fastRegExp(`(?<![\\p{L}])${RECIPIENT_BEFORE}(?![\\p{L}])`, 'gu');
const COLLECT_RE = fastRegExp(COLLECT_WORD, 'u');
const RIGHTS_RE = fastRegExp(RIGHTS_WORD, 'u');
const MESSAGE_RE = fastRegExp(MESSAGE_CONTENT, 'u');
const DEF_PROCESSING_RE = fastRegExp(DEFINITION_OF_PROCESSING, 'u');
const DEFINING_RE = fastRegExp(DEFINING, 'u');
const BOUNDED_RE = fastRegExp(ACTIONS_BOUNDED, 'u');
const OTHERS_RE = fastRegExp(ACTIONS_OF_OTHERS, 'u');
const AGAINST_RE = fastRegExp(AGAINST_BEFORE, 'u');
const ACTION_RU_RE = fastRegExp(ACTION_NOUN_RU, 'u');
const NOT_ACTION_RU_RE = fastRegExp(NOT_ACTION_RU, 'u');
const ACTION_EN_RE = fastRegExp(ACTION_NOUN_EN, 'u');
const NOT_ACTION_EN_RE = fastRegExp(NOT_ACTION_EN, 'u');
const PURPOSE_VERB_EN_RE = fastRegExp(PURPOSE_VERB_EN, 'u');
const ETC_ONLY_RE = fastRegExp(`^[\\s\\-–—•*]*(?:${ETC})[\\s.;,]*$`, 'u');
/** A comma that opens a new clause: ", but", «, а», «, но», ", while". */
const CLAUSE_BREAK = /(?:,\s|\s[—–]\s)(?:а|но|однако|при этом|тогда как|but|however|while|whereas|yet)\s/gu;
/** Whose is the "any data": a definition of personal data ("any information relating to …"). */
const RELATING = /^\s(?:(?:directly|indirectly|прямо|косвенно)\s)?(?:relat|pertain|concern|about\s(?:an?\s)?(?:identified|individual)|относящ|касающ)/u;
/** Words before the first noun of a list element that say nothing about it. */
const LEADING_WORDS = new Set(['для', 'в', 'во', 'на', 'по', 'с', 'со', 'о', 'об', 'а', 'также', 'и', 'the', 'a', 'an', 'our', 'your', 'for', 'of', 'and', 'or', 'also', 'its', 'their']);
const ADJECTIVE_RU = /(?:ых|ого|ой|ый|ая|ое|ие|ий|ым|ую|ей|ему|ими|ыми|ых)$/u;
const ADJECTIVE_EN = /(?:ed|al|ic|ive|ous|ful|able|ible|ary|ory|ent|ant)$/u;
const TRANSFER_VERB = fastRegExp('(?<![\\p{L}])(?:переда|передач|предоставля|раскрыва|поруча|transfer|shar|disclos|entrust|sen[dt])', 'u');
const NOT_WORD = fastRegExp('[^\\p{L}-]', 'gu');
const TWO_LETTERS = fastRegExp('\\p{L}{2,}', 'u');
/** "Other purposes:" / «Иные цели —» as a label that introduces named purposes. */
const LABEL_AFTER = fastRegExp('^\\s?[:—–]\\s*\\p{L}', 'u');
/** Data in the sentence of "any actions": the actions are done with data. */
const DATA_NOUN = fastRegExp('(?<![\\p{L}])(?:данн|сведени|информаци|data(?![\\p{L}])|information)', 'u');
/** Where an English noun phrase ends. */
const EN_CHUNK_END = /\s(?:of|to|for|with|on|in|by|about|via|through|from|and|or)\s/u;
const SERVICE_WORD = /^(?:сервис[а-яё]*|services)$/u;

/** How far around a phrase its context is read (characters). */
const WINDOW = 400;

type Kind = 'purposes' | 'open-list' | 'etc' | 'actions' | 'data';

interface Hit {
  start: number;
  end: number;
  kind: Kind;
}

function hits(re: RegExp, text: string, kind: Kind, out: Hit[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length, kind });
  }
}

/** The sentence around an offset, or its block when the splitter left it out. */
function sentenceRange(doc: PolicyDocument, at: number, block: Block): [number, number] {
  const s = doc.sentenceAt(at);
  if (s && s.start <= at && s.end >= at) {
    // A numbered clause's sentence starts after its number.
    return [Math.max(s.start, block.start <= s.start && s.start < block.contentStart ? block.contentStart : s.start), s.end];
  }
  return [block.contentStart, block.end];
}

/** Where the clause holding `at` starts: after ", but" / «, а» inside the sentence. */
function clauseStart(lower: string, sentenceStart: number, at: number): number {
  const seg = lower.slice(sentenceStart, at);
  let from = sentenceStart;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(seg); m; m = CLAUSE_BREAK.exec(seg)) from = sentenceStart + m.index + m[0].length;
  return from;
}

/** The paragraph that introduces a list (ends with ':'), for list items and sub-clauses. */
function leadIn(doc: PolicyDocument, block: Block): Block | undefined {
  let i = block.index - 1;
  let steps = 0;
  while (i >= 0 && steps < 60) {
    const b = doc.blocks[i];
    const sub = b.kind === 'list-item' || (block.number !== undefined && b.number !== undefined && b.number.split('.').length === block.number.split('.').length && b.kind === 'paragraph' && b.number !== block.number);
    if (!sub) break;
    i--;
    steps++;
  }
  if (block.kind !== 'list-item' && !(block.number && block.number.includes('.'))) return undefined;
  const prev = i >= 0 ? doc.blocks[i] : undefined;
  if (!prev || prev.kind === 'heading' || prev.kind === 'table-row') return undefined;
  if (block.number && prev.number && !block.number.startsWith(`${prev.number}.`) && block.kind !== 'list-item') return undefined;
  return /:\s*$/u.test(doc.text.slice(prev.start, prev.end)) ? prev : undefined;
}

/** Whether a negation governs the phrase: before it in its clause, after it, or in the list's lead-in. */
function negated(doc: PolicyDocument, block: Block, before: string, after: string): boolean {
  if (NEG_BEFORE_RE.test(before) || NEG_AFTER_RE.test(after)) return true;
  const lead = leadIn(doc, block);
  if (!lead) return false;
  // The lead-in's last sentence: "The Operator must not:" / «Оператор не вправе:».
  const s = doc.sentenceAt(lead.end - 1);
  const from = s && s.start >= lead.start ? s.start : lead.contentStart;
  return NEG_BEFORE_RE.test(doc.lower.slice(from, lead.end));
}

/** The first noun-like word of a list element, past prepositions and adjectives. */
function headWord(element: string): { word: string; infinitive: boolean } | undefined {
  const words = element.split(/[\s"«»“”()]+/u).filter(Boolean);
  let i = 0;
  let infinitive = false;
  while (i < words.length && LEADING_WORDS.has(words[i])) i++;
  if (words[i] === 'to') {
    infinitive = true;
    i++;
  }
  if (i >= words.length) return undefined;
  let word = words[i];
  const ru = /[а-я]/u.test(word);
  const action = ru ? ACTION_RU_RE.test(word) && !NOT_ACTION_RU_RE.test(word) : ACTION_EN_RE.test(word) && !NOT_ACTION_EN_RE.test(word);
  if (!action && i + 1 < words.length && (ru ? ADJECTIVE_RU.test(word) : ADJECTIVE_EN.test(word))) word = words[i + 1];
  return { word, infinitive };
}

/** Whether a list element names an action (a purpose): «исполнение договора», "billing", "to send …". */
function isAction(element: string): boolean {
  const head = headWord(element);
  if (!head) return false;
  if (head.infinitive) return true;
  const w = head.word.replace(NOT_WORD, '');
  if (!w) return false;
  if (/[а-я]/u.test(w)) return ACTION_RU_RE.test(w) && !NOT_ACTION_RU_RE.test(w);
  if ((ACTION_EN_RE.test(w) && !NOT_ACTION_EN_RE.test(w)) || PURPOSE_VERB_EN_RE.test(w)) return true;
  // An English compound's head is its last noun: "account management", "customer support".
  const chunk = element.split(EN_CHUNK_END)[0].split(/[\s"“”()]+/u).filter(Boolean);
  const last = (chunk[chunk.length - 1] ?? '').replace(NOT_WORD, '');
  return chunk.length <= 3 && ACTION_EN_RE.test(last) && !NOT_ACTION_EN_RE.test(last);
}

/** Whether an "etc." at `start` closes a list of purposes (not of examples in brackets, nor of objects). */
function etcClosesPurposes(doc: PolicyDocument, start: number, sentence: [number, number]): boolean {
  const lower = doc.lower;
  let from = -1;
  const list = purposes(doc).list;
  // The purposes starting at or before the "etc." (the list is sorted by start): the nearest few.
  const lo = countBefore(list, start, (p) => p.range[0], true);
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const p = list[i];
    if (p.kind !== 'section' && p.range[0] <= start && start <= p.range[1] + 1) {
      from = Math.max(p.range[0], start - WINDOW);
      break;
    }
  }
  const seg0 = lower.slice(sentence[0], start);
  MARKER_RE.lastIndex = 0;
  for (let m = MARKER_RE.exec(seg0); m; m = MARKER_RE.exec(seg0)) from = Math.max(from, sentence[0] + m.index + m[0].length);
  if (from < 0) return false;
  const seg = lower.slice(from, start);
  // Examples in brackets ("notifications (low balance, grace, etc.)").
  if ((seg.match(/\(/gu)?.length ?? 0) > (seg.match(/\)/gu)?.length ?? 0)) return false;
  const elements = seg
    .split(/[,;:]|\s(?:и|или|либо|а\sтакже|and|or|as\swell\sas)\s/u)
    .map((e) => e.trim())
    .filter((e) => TWO_LETTERS.test(e));
  if (!elements.length) return false;
  const actions = elements.filter(isAction).length;
  return isAction(elements[elements.length - 1]) || actions >= 2;
}

/** A standalone "etc." item («- и т.д.») at the end of a purposes list. */
function etcItemOfPurposes(doc: PolicyDocument, block: Block): boolean {
  if (!ETC_ONLY_RE.test(doc.lower.slice(block.contentStart, block.end))) return false;
  if (inSectionAbout(doc, block.start, 'purposes')) return true;
  return block.index > 0 && doc.memo(purposeItemBlocks).has(block.index - 1);
}

/** Blocks that hold a purpose item of a list. */
function purposeItemBlocks(doc: PolicyDocument): Set<number> {
  return new Set(purposes(doc).list.filter((p) => p.kind === 'item').map((p) => p.block));
}

/** The nearest word before an open list: what it is a list of. */
function openListOf(doc: PolicyDocument, from: number, start: number, end: number, sentence: [number, number]): 'recipients' | 'purposes' | 'data' | 'actions' | undefined {
  const lower = doc.lower;
  // The words before the list, and the phrase itself («Перечень целей не является исчерпывающим»).
  const head = lower.slice(Math.max(from, start - 120), end);
  const transfer = TRANSFER_VERB.test(lower.slice(sentence[0], start));
  let best: { at: number; kind: 'recipients' | 'purposes' | 'data' | 'actions' } | undefined;
  const scan = (re: RegExp, kind: 'recipients' | 'purposes' | 'data' | 'actions') => {
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      if (kind === 'recipients' && SERVICE_WORD.test(m[0]) && !transfer) continue;
      const at = m.index + m[0].length;
      if (!best || at > best.at) best = { at, kind };
    }
  };
  scan(PURPOSE_WORD_RE, 'purposes');
  scan(DATA_WORD_RE, 'data');
  scan(ACTION_WORD_RE, 'actions');
  scan(RECIPIENT_RE, 'recipients');
  return best?.kind;
}

const OPEN_SUGGESTION: Record<Lang, Suggestion> = {
  ru: { kind: 'replace', desc: 'Сделать перечень исчерпывающим', text: 'а именно' },
  en: { kind: 'replace', desc: 'Make the list exhaustive', text: 'namely' },
};

const rule: Rule = {
  meta: {
    id: 'catch-all-purposes',
    description: {
      en: 'Purposes are specific: no "other purposes", "any purpose", "including but not limited to" or "etc." closing the purposes',
      ru: 'Цели конкретны: без «иных целей», «любых целей», «включая, но не ограничиваясь» и «и т.д.» в перечне целей',
    },
    law: '152-FZ art. 5 parts 2, 5; art. 18.1 part 1 item 2',
    messages: {
      'catch-all': {
        severity: 'warn',
        text: {
          en: '"{{phrase}}" leaves the purposes of processing (or the data and actions tied to them) open-ended: processing is limited to specific purposes determined in advance, with data that matches them (152-FZ art. 5 parts 2 and 5), and the policy states the data, subjects, periods and methods for each purpose (art. 18.1 part 1 item 2). List the purposes and data exhaustively and drop the catch-all; a new purpose needs a new version of the policy or its own consent.',
          ru: '«{{phrase}}» делает цели обработки (или данные и действия, относящиеся к ним) открытым перечнем: обработка ограничивается конкретными, заранее определёнными целями, а данные должны им соответствовать (ч. 2 и 5 ст. 5 152-ФЗ), и для каждой цели политика указывает данные, субъектов, сроки и способы (п. 2 ч. 1 ст. 18.1). Перечислите цели и данные исчерпывающе и уберите эту оговорку; новая цель требует новой редакции политики или отдельного согласия.',
        },
      },
    },
    options: {
      dataLists: {
        type: 'boolean',
        description:
          'Also report open lists of the data and of the actions with data ("including but not limited to" after data, "any other information", «любые действия с персональными данными»); false checks the purposes only.',
        default: true,
      },
    },
  },
  check({ doc, report, options }) {
    const lower = doc.lower;
    const dataLists = options.dataLists !== false;
    const found: Hit[] = [];
    hits(OTHER_RE, lower, 'purposes', found);
    hits(OPEN_RE, lower, 'open-list', found);
    hits(ETC_RE, lower, 'etc', found);
    if (dataLists) {
      hits(ANY_ACTIONS_RE, lower, 'actions', found);
      hits(ANY_DATA_RE, lower, 'data', found);
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const done = new Set<string>();
    let lastEnd = -1;
    for (const h of found) {
      if (h.start < lastEnd) continue;
      const block = doc.blockAt(h.start);
      if (!block || block.kind === 'heading' || (block.kind === 'table-row' && block.header)) continue;
      if (inSectionAbout(doc, h.start, 'definitions')) continue;
      const sentence = sentenceRange(doc, h.start, block);
      const key = `${sentence[0]}:${sentence[1]}`;
      if (done.has(key)) continue;
      // Windows bounded around the phrase, so that a huge sentence costs no more than a normal one.
      const near: [number, number] = [Math.max(sentence[0], h.start - WINDOW), Math.min(sentence[1], h.end + WINDOW)];
      const from = clauseStart(lower, near[0], h.start);
      const before = lower.slice(from, h.start);
      const after = lower.slice(h.end, Math.max(h.end, near[1]));
      const whole = lower.slice(near[0], near[1]);
      if (!judge(doc, h, block, near, from, before, after, whole, dataLists)) continue;
      done.add(key);
      lastEnd = h.end;
      const range: [number, number] = [h.start, h.end];
      const phrase = doc.slice(range);
      const suggestions = h.kind === 'open-list' && /^(?:включая|в том числе|including)/u.test(lower.slice(h.start, h.end)) ? [OPEN_SUGGESTION[/[а-я]/u.test(lower.slice(h.start, h.end)) ? 'ru' : 'en']] : undefined;
      report({ messageId: 'catch-all', range, data: { phrase, kind: h.kind }, ...(suggestions ? { suggestions } : {}) });
    }
  },
};

/** Whether a hit is a catch-all in its context. */
function judge(doc: PolicyDocument, h: Hit, block: Block, sentence: [number, number], from: number, before: string, after: string, whole: string, dataLists: boolean): boolean {
  const lower = doc.lower;
  const text = lower.slice(h.start, h.end);
  switch (h.kind) {
    case 'purposes': {
      if (ANONYMISED_RE.test(whole) || OTHER_SITES_RE.test(whole)) return false;
      // "Other purposes:" as a label introducing named ones.
      if (LABEL_AFTER.test(after) && h.start <= block.contentStart + 3) return false;
      if (negated(doc, block, before, after)) return false;
      // "purposes other than …" names what is excluded, not a reference that closes the list.
      if (!/(?:than|от)$/u.test(text) && REFERENCE_RE.test(after)) return false;
      if (CONSENT_RE.test(after)) return false;
      if (CONDITION_RE.test(lower.slice(sentence[0], h.start)) && NOTICE_RE.test(after)) return false;
      return true;
    }
    case 'etc': {
      if (ANONYMISED_RE.test(whole)) return false;
      if (etcItemOfPurposes(doc, block)) return true;
      return etcClosesPurposes(doc, h.start, sentence);
    }
    case 'open-list': {
      const of = openListOf(doc, from, h.start, h.end, sentence);
      if (of === 'recipients') return false;
      if (negated(doc, block, before, '')) return false;
      if (of === 'purposes') return true;
      if (of) return dataLists && dataListsContext(doc, h.start, whole);
      return (dataLists && inSectionAbout(doc, h.start, 'data-categories')) || inSectionAbout(doc, h.start, 'purposes') || inPurposeScope(doc, h.start);
    }
    case 'actions': {
      if (DEF_PROCESSING_RE.test(after) || DEFINING_RE.test(before) || BOUNDED_RE.test(after) || OTHERS_RE.test(after) || AGAINST_RE.test(before)) return false;
      if (!DATA_NOUN.test(whole)) return false;
      return !negated(doc, block, before, after);
    }
    case 'data': {
      if (DEFINING_RE.test(before) || RELATING.test(after) || MESSAGE_RE.test(after) || AGAINST_RE.test(before)) return false;
      if (RIGHTS_RE.test(whole) || ANONYMISED_RE.test(whole)) return false;
      if (!inSectionAbout(doc, h.start, 'data-categories') && !COLLECT_RE.test(whole)) return false;
      return !negated(doc, block, before, after);
    }
  }
  return false;
}

/** Scopes of the purposes found in structures (rows, units, items), sorted by start. */
function purposeScopes(doc: PolicyDocument): [number, number][] {
  return purposes(doc)
    .list.filter((p) => p.kind !== 'section')
    .map((p) => p.scope)
    .sort((a, b) => a[0] - b[0]);
}

/** Whether an offset lies in the scope of a purpose (its row, unit or item). */
function inPurposeScope(doc: PolicyDocument, at: number): boolean {
  const scopes = doc.memo(purposeScopes);
  const lo = countBefore(scopes, at, (s) => s[0], true);
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) if (scopes[i][0] <= at && at < scopes[i][1]) return true;
  return false;
}

/** "including but not limited to" after data: only where the sentence is about the data processed. */
function dataListsContext(doc: PolicyDocument, at: number, whole: string): boolean {
  if (RIGHTS_RE.test(whole) && !inSectionAbout(doc, at, 'data-categories')) return false;
  return true;
}

export default rule;
