import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'data-categories',
    description: {
      en: "Categories of personal data listed",
      ru: "Категории персональных данных перечислены",
    },
    law: '152-FZ art. 18.1 part 1 item 2',
    messages: {
    'missing': {
      severity: 'error',
      text: { en: 'TODO data-categories/missing', ru: 'TODO data-categories/missing' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
