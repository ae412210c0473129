import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'placeholder-text',
    description: {
      en: "Template or draft leftovers",
      ru: "Остатки шаблона или черновика",
    },
    law: '152-FZ art. 18.1 part 2',
    messages: {
    'placeholder': {
      severity: 'error',
      text: { en: 'TODO placeholder-text/placeholder', ru: 'TODO placeholder-text/placeholder' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
