import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'legal-basis',
    description: {
      en: "The legal ground for each purpose of processing",
      ru: "Правовое основание для каждой цели обработки",
    },
    law: '152-FZ art. 5 part 2; art. 6 part 1',
    messages: {
    'missing': {
      severity: 'error',
      text: { en: 'TODO legal-basis/missing', ru: 'TODO legal-basis/missing' },
    },
    'not-per-purpose': {
      severity: 'warn',
      text: { en: 'TODO legal-basis/not-per-purpose', ru: 'TODO legal-basis/not-per-purpose' },
    },
    'purpose-without-basis': {
      severity: 'warn',
      text: { en: 'TODO legal-basis/purpose-without-basis', ru: 'TODO legal-basis/purpose-without-basis' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
