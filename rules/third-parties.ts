import type { PolicyDocument } from '../src/core/document.js';
import type { Lang, Rule, Suggestion } from '../src/core/types.js';
import { recipients } from './extract/recipients.js';
import { inSectionAbout } from './extract/topics.js';
import {
  CATEGORY,
  EXCEPT,
  LEGAL_NAME_EN,
  LEGAL_NAME_RU,
  NEGATION,
  ONLY_WITH_CONSENT,
  OPEN_CLASS,
  OPEN_CLASS_AFTER_EXCEPT,
  OPERATOR_AFTER,
  REQUIRED_BY_LAW,
  TRANSFER,
} from './lexicons/third-parties.js';
import { fastRegExp, findAll, type Match } from '../src/core/match.js';

/**
 * Recipients named, not an open class (152-FZ art. 14 part 7 items 5 and 9; art. 6 part 3;
 * art. 18.1). Fires where the policy says personal data goes to "third parties", "partners",
 * "иным лицам" and nowhere names a recipient or a category of recipients that a reader could
 * check (a company, "hosting providers", "payment systems", "tax authorities"). Named categories
 * beside a catch-all ("… hosting providers, payment partners and other organisations") make the
 * list checkable: the rule reads "only as an open class" literally (docs/rules/third-parties.md).
 */

const B = '(?<![\\p{L}\\p{N}])';
const OPEN_RE = fastRegExp(`${B}(?:${OPEN_CLASS})(?![\\p{L}\\p{N}])`, 'gu');
const OPEN_AFTER_EXCEPT_RE = fastRegExp(`${B}(?:${OPEN_CLASS_AFTER_EXCEPT})(?![\\p{L}\\p{N}])`, 'gu');
const CATEGORY_RE = fastRegExp(`${B}(?:${CATEGORY})`, 'gu');
const TRANSFER_RE = fastRegExp(`${B}(?:${TRANSFER})`, 'gu');
const NEGATION_RE = fastRegExp(`${B}(?:${NEGATION})`, 'gu');
const EXCEPT_RE = fastRegExp(`${B}(?:${EXCEPT})`, 'gu');
const CONSENT_ONLY_RE = fastRegExp(`${B}(?:${ONLY_WITH_CONSENT})`, 'u');
const LAW_RE = fastRegExp(`${B}(?:${REQUIRED_BY_LAW})`, 'u');
const LEGAL_NAME_RE = fastRegExp(`${LEGAL_NAME_RU}|${LEGAL_NAME_EN}`, 'gu');
const OPERATOR_AFTER_RE = fastRegExp(OPERATOR_AFTER, 'iu');
/** Generic "third parties" (as opposed to "partners"): a legal condition fixes who they are. */
const GENERIC_THIRD = /трет|third|ин(?:ым|ому)|друг(?:им|ому)/u;
const CONSENT_RE = /согласи|consent|permission/u;
const ENTRUST_RE = /поруч/u;
/** "включая, но не ограничиваясь", "including but not limited to": a hedge, not a class of recipients by itself. */
const INCLUDING = /^(?:включая|в том числе|including)/u;
/** A preposition before an English open class, left out of the reported range. */
const LEADING = /^(?:to|with|among|by)\s+/u;

type Hit = Pick<Match, 'start' | 'end'>;
/** Every match of a global regex in a string (the shared finder of src/core/match.ts). */
const hits = (re: RegExp, s: string): Hit[] => findAll(re, s);

/**
 * Whether a negation covers the phrase at `at`: one before it ("не передаёт третьим лицам") or
 * after it ("передача третьим лицам не осуществляется"), with no "except" in between.
 */
function negatedAt(negs: Hit[], excepts: Hit[], at: number): boolean {
  const before = negs.filter((n) => n.end <= at);
  const last = before[before.length - 1];
  if (last && !excepts.some((e) => e.start >= last.start && e.end <= at)) return true;
  const next = negs.find((n) => n.start > at);
  return next !== undefined && !excepts.some((e) => e.start > at && e.end <= next.start);
}

interface Context {
  start: number;
  end: number;
  s: string;
  /** The sentence says data is given to someone, or sits in a section or list about recipients. */
  transfer: boolean;
  inTransferSentence: boolean;
}

/** Sentences with the clause number left out, and whether each is about giving data to someone. */
function contexts(doc: PolicyDocument): Context[] {
  const out: Context[] = [];
  // The last sentence that introduces a list: "… we transfer data to:" (with its clause number).
  let lead: { block: number; number?: string } | undefined;
  for (const sentence of doc.sentences) {
    const block = doc.blocks[sentence.block];
    const start = block.number && sentence.start < block.contentStart && block.contentStart <= sentence.end ? block.contentStart : sentence.start;
    const s = doc.lower.slice(start, sentence.end);
    TRANSFER_RE.lastIndex = 0;
    const inTransferSentence = TRANSFER_RE.test(s);
    const item = block.kind === 'list-item' || block.kind === 'table-row';
    // List items and sub-clauses (5.1 → 5.1.1) under a lead-in belong to it.
    const listed =
      lead !== undefined &&
      block.index !== lead.block &&
      (item || (lead.number !== undefined && block.number !== undefined && block.number.startsWith(`${lead.number}.`)));
    if (!listed && !item && block.index !== lead?.block) lead = undefined;
    if (inTransferSentence && /:\s*$/.test(s) && !item) lead = { block: block.index, number: block.number };
    const transfer = block.kind !== 'heading' && (inTransferSentence || listed || inSectionAbout(doc, start, 'third-parties'));
    out.push({ start, end: sentence.end, s, transfer, inTransferSentence });
  }
  return out;
}

/** Named recipients or categories anywhere in a part of the policy about recipients. */
function checkable(doc: PolicyDocument, ctxs: Context[]): boolean {
  if (recipients(doc).some((m) => m.role === 'recipient')) return true;
  for (const c of ctxs) {
    if (!c.transfer || inSectionAbout(doc, c.start, 'definitions')) continue;
    const negs = hits(NEGATION_RE, c.s);
    const excepts = hits(EXCEPT_RE, c.s);
    if (hits(CATEGORY_RE, c.s).some((h) => !negatedAt(negs, excepts, h.start))) return true;
    if (namedEntity(doc, c)) return true;
  }
  return false;
}

/** A legal entity named as a recipient (not the operator introducing itself). */
function namedEntity(doc: PolicyDocument, c: Context): boolean {
  const text = doc.text.slice(c.start, c.end);
  TRANSFER_RE.lastIndex = 0;
  const verb = TRANSFER_RE.exec(c.s);
  for (const h of hits(LEGAL_NAME_RE, text)) {
    if (OPERATOR_AFTER_RE.test(text.slice(h.end, h.end + 40))) continue;
    if (c.inTransferSentence && verb && h.start < verb.index) continue;
    return true;
  }
  return false;
}

const rule: Rule = {
  meta: {
    id: 'third-parties',
    description: {
      en: 'Recipients named, not an open class',
      ru: 'Получатели названы, а не открытый круг лиц',
    },
    law: '152-FZ art. 14 part 7 items 5, 9; art. 6 part 3',
    messages: {
      'vague-recipients': {
        severity: 'warn',
        text: {
          en: 'Recipients are described only as an open class ("{{phrase}}"): the policy names no recipient or category of recipients anywhere (152-FZ art. 14 part 7 items 5 and 9: the subject may learn to whom data is disclosed and who processes it on the operator\'s behalf). Name the recipients or their categories with their functions, e.g. "hosting provider Selectel JSC (INN …) — to host the service".',
          ru: 'Получатели данных описаны только открытым кругом лиц («{{phrase}}»): ни получатели, ни их категории в политике не названы (п. 5 и 9 ч. 7 ст. 14 152-ФЗ: субъект вправе знать, кому раскрываются данные и кто обрабатывает их по поручению оператора). Перечислите получателей или их категории с функциями, например: «хостинг-провайдер АО «Селектел» (ИНН …) — для размещения сервиса».',
        },
      },
    },
  },
  check({ doc, report }) {
    const ctxs = contexts(doc);
    /** `chain`: the sentence lists only open classes ("partners, affiliates and other third parties"). */
    const found: (Hit & { chain: boolean })[] = [];
    for (const c of ctxs) {
      if (!c.inTransferSentence || doc.blockAt(c.start)?.kind === 'heading') continue;
      if (inSectionAbout(doc, c.start, 'definitions')) continue;
      const opens = hits(OPEN_RE, c.s);
      const negs = hits(NEGATION_RE, c.s);
      const excepts = hits(EXCEPT_RE, c.s);
      // "не передаёт третьим лицам, за исключением партнёров": the genitive after "except".
      if (negs.length && excepts.length) {
        for (const e of excepts) for (const h of hits(OPEN_AFTER_EXCEPT_RE, c.s.slice(e.end))) opens.push({ start: e.end + h.start, end: e.end + h.end });
      }
      if (!opens.length) continue;
      if (CONSENT_ONLY_RE.test(c.s)) continue;
      // A category or a named recipient in the same sentence makes the class checkable.
      if (hits(CATEGORY_RE, c.s).length || namedEntity(doc, c)) continue;
      if (recipients(doc).some((m) => m.role !== 'negated' && m.range[0] >= c.start && m.range[0] < c.end)) continue;
      const law = LAW_RE.test(c.s);
      const consent = CONSENT_RE.test(c.s);
      const open = opens
        .sort((a, b) => a.start - b.start)
        .find((o) => {
          if (negatedAt(negs, excepts, o.start)) return false;
          const generic = GENERIC_THIRD.test(c.s.slice(o.start, o.end));
          // Disclosures the law decides are not an open class of recipients.
          if (generic && law) return false;
          // Art. 6 part 3 restated: «вправе поручить обработку … третьему лицу» (one, abstract).
          if (ENTRUST_RE.test(c.s) && /лицу$/u.test(c.s.slice(o.start, o.end))) return false;
          // "never transferred to third parties, except … with the subject's consent": a restriction.
          if (generic && consent && negs.some((n) => n.end <= o.start)) return false;
          return true;
        });
      if (!open) continue;
      const lead = LEADING.exec(c.s.slice(open.start, open.end));
      const classes = opens.filter((o) => !negatedAt(negs, excepts, o.start) && !INCLUDING.test(c.s.slice(o.start, o.end)));
      // Two open classes side by side, joined as one list ("partners, affiliates and other third parties").
      const chain = classes.some((o, i) => i > 0 && o.start - classes[i - 1].end <= 30 && !/[.;:]/u.test(c.s.slice(classes[i - 1].end, o.start)));
      found.push({ start: c.start + open.start + (lead ? lead[0].length : 0), end: c.start + open.end, chain });
    }
    if (!found.length) return;
    // A recipient named elsewhere makes a lone "third parties" checkable; a list made only of open
    // classes stays open whatever else the policy names.
    const named = checkable(doc, ctxs);
    for (const f of found) {
      if (named && !f.chain) continue;
      const phrase = doc.text.slice(f.start, f.end);
      report({ messageId: 'vague-recipients', range: [f.start, f.end], data: { phrase }, suggestions: [listClause(doc.lang)] });
    }
  },
};

function listClause(lang: Lang): Suggestion {
  return lang === 'ru'
    ? {
        kind: 'insert',
        desc: 'Перечислить получателей',
        text: 'Оператор передаёт персональные данные следующим лицам: хостинг-провайдеру [наименование, ИНН] — для размещения сервиса; платёжному сервису [наименование, ИНН] — для приёма платежей; [иной получатель] — [цель и состав данных].',
      }
    : {
        kind: 'insert',
        desc: 'List the recipients',
        text: 'The Operator transfers personal data to the following recipients: hosting provider [name, INN or country] — to host the service; payment service [name] — to accept payments; [other recipient] — [purpose and data].',
      };
}

export default rule;
