import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'response-deadline',
    description: {
      en: "The deadline for answering a data subject's request",
      ru: "Срок ответа на запрос субъекта персональных данных",
    },
    law: '152-FZ art. 14 part 3; art. 20 parts 1-2',
    messages: {
    'missing': {
      severity: 'error',
      text: { en: 'TODO response-deadline/missing', ru: 'TODO response-deadline/missing' },
    },
    'too-long': {
      severity: 'error',
      text: { en: 'TODO response-deadline/too-long', ru: 'TODO response-deadline/too-long' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
