import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'subject-rights',
    description: {
      en: "The data subject's rights",
      ru: "Права субъекта персональных данных",
    },
    law: '152-FZ art. 9 part 2; arts. 14, 17, 21',
    messages: {
    'missing': {
      severity: 'error',
      text: { en: 'TODO subject-rights/missing', ru: 'TODO subject-rights/missing' },
    },
    'missing-right': {
      severity: 'warn',
      text: { en: 'TODO subject-rights/missing-right', ru: 'TODO subject-rights/missing-right' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
