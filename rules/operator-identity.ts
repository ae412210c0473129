import type { Rule } from '../src/core/types.js';

const rule: Rule = {
  meta: {
    id: 'operator-identity',
    description: {
      en: "Who the operator is: name with legal form, INN, OGRN/OGRNIP, address",
      ru: "Кто оператор: наименование с организационно-правовой формой, ИНН, ОГРН/ОГРНИП, адрес",
    },
    law: '152-FZ art. 18.1 part 2; art. 14 part 7 item 4',
    messages: {
    'missing-operator': {
      severity: 'error',
      text: { en: 'TODO operator-identity/missing-operator', ru: 'TODO operator-identity/missing-operator' },
    },
    'missing-inn': {
      severity: 'error',
      text: { en: 'TODO operator-identity/missing-inn', ru: 'TODO operator-identity/missing-inn' },
    },
    'missing-ogrn': {
      severity: 'error',
      text: { en: 'TODO operator-identity/missing-ogrn', ru: 'TODO operator-identity/missing-ogrn' },
    },
    'invalid-inn': {
      severity: 'error',
      text: { en: 'TODO operator-identity/invalid-inn', ru: 'TODO operator-identity/invalid-inn' },
    },
    'invalid-ogrn': {
      severity: 'error',
      text: { en: 'TODO operator-identity/invalid-ogrn', ru: 'TODO operator-identity/invalid-ogrn' },
    },
    'entity-mismatch': {
      severity: 'error',
      text: { en: 'TODO operator-identity/entity-mismatch', ru: 'TODO operator-identity/entity-mismatch' },
    },
    'missing-address': {
      severity: 'warn',
      text: { en: 'TODO operator-identity/missing-address', ru: 'TODO operator-identity/missing-address' },
    },
    },
  },
  check() {
    // TODO
  },
};

export default rule;
