import type { Rule } from '../src/core/types.js';
import { groundPurposeTies, purposes, purposeSections } from './extract/purposes.js';

/**
 * `missing`: the policy states no purpose of processing anywhere — no purposes section with
 * items, no table with a purpose column, no "Purpose: …" block, no list after "for the following
 * purposes:", and no purpose in prose («в целях исполнения договора», "we use your e-mail to send
 * receipts"). "For the purposes of this Policy the following terms are used", "for informational
 * purposes only" and "for the purposes specified in this Policy" state none.
 */
const rule: Rule = {
  meta: {
    id: 'purposes',
    description: {
      en: 'Purposes of processing stated',
      ru: 'Цели обработки указаны',
    },
    law: '152-FZ art. 5 part 2; art. 18.1 part 1 item 2',
    messages: {
      missing: {
        severity: 'error',
        text: {
          en: 'The policy does not state the purposes of processing personal data: processing must be limited to specific, predetermined and lawful purposes (152-FZ art. 5 part 2). List each purpose, e.g. "Purposes of processing: registering the account; performing the contract; sending receipts".',
          ru: 'В политике не указаны цели обработки персональных данных: обработка должна ограничиваться достижением конкретных, заранее определённых и законных целей (ч. 2 ст. 5 152-ФЗ). Перечислите цели, например: «Цели обработки: регистрация учётной записи; исполнение договора; направление чеков».',
        },
      },
    },
  },
  check({ doc, report }) {
    const found = purposes(doc);
    // "consent for marketing; the contract for order delivery" states purposes too.
    if (found.list.length > 0 || found.statements.length > 0 || groundPurposeTies(doc).size > 0) return;
    const section = purposeSections(doc)[0];
    if (section) {
      const h = doc.blocks[section.heading];
      report({ messageId: 'missing', range: [h.start, h.end] });
    } else {
      report({ messageId: 'missing' });
    }
  },
};

export default rule;
