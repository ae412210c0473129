import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'special-categories',
    description: {
      en: "Special categories and biometric data are processed only on written consent or another ground of art. 10 / 11",
      ru: "Специальные категории и биометрические данные обрабатываются только с письменного согласия или по иному основанию ст. 10 / 11",
    },
    law: '152-FZ art. 10 parts 1-2; art. 11 part 1',
    messages: {
      'no-written-consent': {
        severity: 'error',
        text: { en: 'TODO special-categories/no-written-consent', ru: 'TODO special-categories/no-written-consent' },
      },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
