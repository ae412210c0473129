import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'breach-notification',
    description: {
      en: "Incident notification to Roskomnadzor described with the 24-hour and 72-hour deadlines",
      ru: "Уведомление Роскомнадзора об инциденте со сроками 24 и 72 часа",
    },
    law: '152-FZ art. 21 part 3.1',
    messages: {
      'wrong-deadline': {
        severity: 'warn',
        text: { en: 'TODO breach-notification/wrong-deadline', ru: 'TODO breach-notification/wrong-deadline' },
      },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
