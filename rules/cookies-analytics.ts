import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'cookies-analytics',
    description: {
      en: "Cookies and web analytics are disclosed with a way to refuse them",
      ru: "Cookie и веб-аналитика раскрыты, и указано, как от них отказаться",
    },
    law: '152-FZ art. 9 part 1; art. 18.1 part 2',
    messages: {
      'no-opt-out': {
        severity: 'warn',
        text: { en: 'TODO cookies-analytics/no-opt-out', ru: 'TODO cookies-analytics/no-opt-out' },
      },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
