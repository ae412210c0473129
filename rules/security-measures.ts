import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'security-measures',
    description: {
      en: "Measures protecting the data described",
      ru: "Описаны меры защиты персональных данных",
    },
    law: '152-FZ art. 18.1 part 2; art. 19',
    messages: {
    'missing': {
      severity: 'warn',
      text: { en: 'TODO security-measures/missing', ru: 'TODO security-measures/missing' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
