import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'third-parties',
    description: {
      en: "Recipients named, not an open class",
      ru: "Получатели названы, а не открытый круг лиц",
    },
    law: '152-FZ art. 14 part 7 items 5, 9; art. 6 part 3',
    messages: {
    'vague-recipients': {
      severity: 'warn',
      text: { en: 'TODO third-parties/vague-recipients', ru: 'TODO third-parties/vague-recipients' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
