import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'cross-border-transfer',
    description: {
      en: "Whether data is transferred abroad, and to whom",
      ru: "Трансграничная передача: есть ли она и кому",
    },
    law: '152-FZ art. 12',
    messages: {
    'not-addressed': {
      severity: 'warn',
      text: { en: 'TODO cross-border-transfer/not-addressed', ru: 'TODO cross-border-transfer/not-addressed' },
    },
    'undisclosed-foreign-recipient': {
      severity: 'error',
      text: { en: 'TODO cross-border-transfer/undisclosed-foreign-recipient', ru: 'TODO cross-border-transfer/undisclosed-foreign-recipient' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
