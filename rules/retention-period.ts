import type { Rule } from '../src/core/types.js';
import { whereBelongs } from './extract/topics.js';
import { durations, years, type DurationItem, type TermEvent } from './extract/durations.js';
import { countBefore } from '../src/core/search.js';

/**
 * How long personal data is kept (152-FZ art. 5 part 7; art. 18.1 part 1 item 2). Judged on the
 * durations extractor: only durations whose context is storage count, so "the Policy is effective
 * indefinitely", a 30-day destruction deadline or a 10-day answer are not retention periods.
 */
/** An end event right after the phrase, in the same clause: "indefinitely, until the account is deleted". */
function boundedByEvent(lower: string, after: number, context: readonly [number, number], events: readonly TermEvent[]): boolean {
  // The first event starting at or after the phrase (events are sorted): binary search.
  const e = events[countBefore(events, after, (ev) => ev.range[0])];
  return !!e && e.range[0] < Math.min(context[1], after + 80) && !/[;.]/.test(lower.slice(after, e.range[0]));
}

const rule: Rule = {
  meta: {
    id: 'retention-period',
    description: {
      en: 'How long personal data is kept',
      ru: 'Сроки хранения персональных данных',
    },
    law: '152-FZ art. 5 part 7; art. 18.1 part 1 item 2',
    messages: {
      missing: {
        severity: 'error',
        text: {
          en: 'The policy does not say how long personal data is kept (152-FZ art. 5 part 7; art. 18.1 part 1 item 2 requires retention periods for each purpose). State a period or an end event per purpose, e.g. "for the term of the contract and 3 years after it ends".',
          ru: 'В политике не сказано, сколько хранятся персональные данные (ч. 7 ст. 5, п. 2 ч. 1 ст. 18.1 152-ФЗ: сроки хранения для каждой цели). Укажите срок или событие, которым хранение заканчивается, например «в течение срока действия договора и 3 лет после его прекращения».',
        },
      },
      vague: {
        severity: 'warn',
        text: {
          en: 'Retention is stated only as "{{found}}", with no concrete period or end event anywhere (152-FZ art. 5 part 7; art. 18.1 part 1 item 2). Name a period or an end event for each purpose, e.g. "3 years after the last login" or "until consent is withdrawn".',
          ru: 'Срок хранения указан только как «{{found}}», без конкретного срока или события окончания (ч. 7 ст. 5, п. 2 ч. 1 ст. 18.1 152-ФЗ). Укажите срок или событие для каждой цели, например «3 года с даты последней авторизации» или «до отзыва согласия».',
        },
      },
      unbounded: {
        severity: 'warn',
        text: {
          en: 'Personal data is kept "{{found}}": storage must end once the purpose is achieved, and the data then destroyed or anonymised (152-FZ art. 5 part 7, art. 21 part 4). Replace it with a concrete period or an end event.',
          ru: 'Персональные данные хранятся «{{found}}»: хранение должно заканчиваться с достижением цели, после чего данные уничтожаются или обезличиваются (ч. 7 ст. 5, ч. 4 ст. 21 152-ФЗ). Замените конкретным сроком или событием окончания.',
        },
      },
    },
    options: {
      maxYears: {
        type: 'number',
        description: 'Also report (as unbounded) a retention period longer than this many years; 0 turns the check off.',
        default: 0,
      },
    },
  },
  check({ doc, report, options }) {
    const { items, events } = durations(doc);
    const retention = items.filter((i) => i.topic === 'retention');

    // Unbounded storage, at the phrase. Anonymised or aggregated data is not personal data.
    // Storage "indefinitely, until the account is deleted" is bounded by the event.
    const unbounded = retention.filter((i) => i.kind === 'unbounded' && !i.anonymised && !boundedByEvent(doc.lower, i.range[1], i.context, events));
    for (const u of unbounded) report({ messageId: 'unbounded', range: u.range, data: { found: u.text } });
    const maxYears = typeof options.maxYears === 'number' ? options.maxYears : 0;
    if (maxYears > 0) {
      for (const p of retention) {
        if (p.kind === 'period' && p.bound !== 'min' && !p.anonymised && years(p) > maxYears + 0.01) {
          report({ messageId: 'unbounded', range: p.range, data: { found: p.text } });
        }
      }
    }

    // Concrete: a storage period that is not only a minimum; a deletion period that is not a
    // deadline ("deleted 3 years after the last login", "accounts inactive for more than 2 years
    // are deleted"; "destroyed within 30 days" is a deadline); or an end event.
    const concrete = (i: DurationItem) =>
      (i.kind === 'period' && i.topic === 'retention' && i.bound !== 'min') ||
      (i.kind === 'period' && i.topic === 'destruction' && i.bound !== 'max') ||
      (i.kind === 'event' && (i.topic === 'retention' || i.topic === 'destruction'));
    if (items.some(concrete)) return;

    // Only "as long as necessary", "for the period required by law", or a minimum.
    const vague = retention.find((i) => i.kind === 'vague' || (i.kind === 'period' && i.bound === 'min'));
    if (vague) {
      const range: [number, number] = vague.kind === 'period' ? vague.phrase : vague.range;
      report({ messageId: 'vague', range, data: { found: doc.slice(range) } });
      return;
    }
    if (unbounded.length) return;
    report({ messageId: 'missing', range: whereBelongs(doc, 'retention') });
  },
};

export default rule;
