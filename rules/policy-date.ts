import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'policy-date',
    description: {
      en: "Effective date, revision or version of the policy",
      ru: "Дата вступления в силу, редакция или версия политики",
    },
    law: '152-FZ art. 18.1 part 2',
    messages: {
    'missing': {
      severity: 'warn',
      text: { en: 'TODO policy-date/missing', ru: 'TODO policy-date/missing' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
