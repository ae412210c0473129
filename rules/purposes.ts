import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'purposes',
    description: {
      en: "Purposes of processing stated",
      ru: "Цели обработки указаны",
    },
    law: '152-FZ art. 5 part 2; art. 18.1 part 1 item 2',
    messages: {
    'missing': {
      severity: 'error',
      text: { en: 'TODO purposes/missing', ru: 'TODO purposes/missing' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
