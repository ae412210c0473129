import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'implied-consent',
    description: {
      en: "Consent inferred from conduct (using the site, not leaving it)",
      ru: "Согласие, выводимое из поведения (использование сайта)",
    },
    law: '152-FZ art. 9 part 1',
    messages: {
    'implied': {
      severity: 'warn',
      text: { en: 'TODO implied-consent/implied', ru: 'TODO implied-consent/implied' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
