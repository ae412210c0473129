import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'destruction',
    description: {
      en: "How and when data is destroyed",
      ru: "Порядок и сроки уничтожения данных",
    },
    law: '152-FZ art. 21 parts 4-5',
    messages: {
    'missing': {
      severity: 'warn',
      text: { en: 'TODO destruction/missing', ru: 'TODO destruction/missing' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
