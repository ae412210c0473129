import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'data-localization',
    description: {
      en: "Recording and storage of Russian citizens' data in Russia",
      ru: "Запись и хранение данных граждан РФ в базах данных на территории РФ",
    },
    law: '152-FZ art. 18 part 5',
    messages: {
    'missing': {
      severity: 'warn',
      text: { en: 'TODO data-localization/missing', ru: 'TODO data-localization/missing' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
