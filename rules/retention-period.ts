import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'retention-period',
    description: {
      en: "How long personal data is kept",
      ru: "Сроки хранения персональных данных",
    },
    law: '152-FZ art. 5 part 7; art. 18.1 part 1 item 2',
    messages: {
    'missing': {
      severity: 'error',
      text: { en: 'TODO retention-period/missing', ru: 'TODO retention-period/missing' },
    },
    'vague': {
      severity: 'warn',
      text: { en: 'TODO retention-period/vague', ru: 'TODO retention-period/vague' },
    },
    'unbounded': {
      severity: 'warn',
      text: { en: 'TODO retention-period/unbounded', ru: 'TODO retention-period/unbounded' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
