import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'catch-all-purposes',
    description: {
      en: "Purposes are specific: no \u00ab\u0438\u043d\u044b\u0435 \u0446\u0435\u043b\u0438\u00bb, \"other purposes\", \"including but not limited to\"",
      ru: "Цели конкретны: без «иных целей» и «включая, но не ограничиваясь»",
    },
    law: '152-FZ art. 5 part 2; art. 9 part 1',
    messages: {
      'catch-all': {
        severity: 'warn',
        text: { en: 'TODO catch-all-purposes/catch-all', ru: 'TODO catch-all-purposes/catch-all' },
      },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
