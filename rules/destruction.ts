import type { Rule } from '../src/core/types.js';
import { compile, findAll, type Match } from '../src/core/match.js';
import { whereBelongs } from './extract/topics.js';
import { durations, type TermEvent } from './extract/durations.js';
import { DEFINITION_SENTENCE, DESTRUCTION_METHODS, DESTRUCTION_TRIGGERS, DESTRUCTION_WORDS, NOT_DESTRUCTION_BEFORE } from './lexicons/durations.js';
import { countBefore } from '../src/core/search.js';

const WORDS = compile(DESTRUCTION_WORDS);
const TRIGGERS = compile(DESTRUCTION_TRIGGERS);
const METHODS = compile(DESTRUCTION_METHODS);

/**
 * Whether the policy says how or when personal data is destroyed once the purpose is achieved or
 * consent is withdrawn (152-FZ art. 21 parts 4–5). A right to demand destruction, protection
 * "from destruction", or a definition of processing that lists "destruction" say neither.
 */
/** Whether [start, end) lies inside one of the (sorted, disjoint) events: binary search. */
function insideEvent(events: readonly TermEvent[], start: number, end: number): boolean {
  const at = countBefore(events, start, (e) => e.range[0], true) - 1;
  return at >= 0 && events[at].range[1] >= end;
}

const rule: Rule = {
  meta: {
    id: 'destruction',
    description: {
      en: 'How and when data is destroyed',
      ru: 'Порядок и сроки уничтожения данных',
    },
    law: '152-FZ art. 21 parts 4-5',
    messages: {
      missing: {
        severity: 'warn',
        text: {
          en: 'The policy does not say how or when personal data is destroyed once the purpose is achieved or consent is withdrawn (152-FZ art. 21 parts 4–5: within 30 days). Add e.g. "Upon achievement of the purposes or withdrawal of consent, personal data is destroyed or anonymised within 30 days".',
          ru: 'В политике не сказано, как и когда уничтожаются персональные данные по достижении целей обработки или при отзыве согласия (ч. 4–5 ст. 21 152-ФЗ: в срок не более 30 дней). Добавьте, например: «По достижении целей обработки или при отзыве согласия персональные данные уничтожаются или обезличиваются в срок, не превышающий 30 (тридцати) дней».',
        },
      },
      'working-days': {
        severity: 'warn',
        text: {
          en: 'Destruction once the purpose is achieved or consent is withdrawn must take no more than 30 days — calendar days (152-FZ art. 21 parts 4–5); the policy promises "{{found}}", which is about six weeks. Write "within 30 days".',
          ru: 'Уничтожение по достижении цели или при отзыве согласия — в срок, не превышающий 30 дней, календарных (ч. 4–5 ст. 21 152-ФЗ); в политике — «{{found}}», а это около шести недель. Укажите «в срок, не превышающий 30 (тридцати) дней».',
        },
      },
    },
  },
  check({ doc, report }) {
    const { items, events } = durations(doc);
    // «30 (тридцати) рабочих дней» for destruction: the law's 30 days are calendar days, and no
    // destruction deadline of art. 21 or art. 20 part 3 exceeds 10 working days.
    for (const i of items) {
      if (i.kind !== 'period' || i.topic !== 'destruction' || i.dayKind !== 'working' || i.unit !== 'day' || i.bound === 'min' || i.extension) continue;
      if ((i.amountMax ?? i.amount) <= 10) continue;
      const lang = doc.blockAt(i.range[0])?.lang ?? doc.lang;
      report({
        messageId: 'working-days',
        range: i.phrase,
        data: { found: doc.slice(i.phrase) },
        suggestions: [lang === 'ru' ? { desc: 'Срок по закону', text: 'в срок, не превышающий 30 (тридцати) дней' } : { desc: 'The lawful deadline', text: 'within 30 days' }],
      });
    }
    // A deadline or an end event for destruction ("destroyed within 30 days", "deleted upon account deletion").
    if (items.some((i) => i.topic === 'destruction' && ((i.kind === 'period' && i.bound !== 'min') || i.kind === 'event' || i.kind === 'immediate'))) return;
    // A destruction word with a trigger or a method in its sentence, apart from the word itself
    // ("the user may delete their account": "delete … account" is not a trigger for "delete").
    const cues = new Map<number, Match[] | null>();
    for (const m of findAll(WORDS, doc.lower)) {
      const s = doc.sentenceAt(m.start);
      if (!s || m.start < s.start || m.start >= s.end) continue;
      // "after the account is deleted" names a moment, not the operator destroying data.
      if (insideEvent(events, m.start, m.end)) continue;
      const before = doc.lower.slice(Math.max(s.start, m.start - 70), m.start);
      if (NOT_DESTRUCTION_BEFORE.test(before)) continue;
      let found = cues.get(s.start);
      if (found === undefined) {
        // Once per sentence: definitions and lists of operations say nothing about destruction.
        found = DEFINITION_SENTENCE.test(doc.lower.slice(s.start, s.end))
          ? null
          : [...findAll(TRIGGERS, doc.lower, s.start, s.end), ...findAll(METHODS, doc.lower, s.start, s.end)];
        cues.set(s.start, found);
      }
      if (!found) continue;
      // Cues are few and a word overlaps at most two of them, so three or more always leave one apart.
      if (found.length > 2 || found.some((t) => t.end <= m.start || t.start >= m.end)) return;
    }
    report({ messageId: 'missing', range: whereBelongs(doc, 'destruction', 'retention') });
  },
};

export default rule;
