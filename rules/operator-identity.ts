import type { Rule, ReportDescriptor } from '../src/core/types.js';
import type { PolicyDocument } from '../src/core/document.js';
import { operatorIdentity, type Identifier, type OperatorIdentity } from './extract/identifiers.js';
import { FOREIGN_FORMS } from './lexicons/operator.js';

/**
 * Who the operator is: a name with its legal form, INN, OGRN / OGRNIP with valid check digits
 * that fit the legal form, and an address (docs/law.md: Operator identity, Identifiers). Identifiers of payment
 * providers, banks, hosting and other parties are not the operator's (docs/law.md, Identifiers).
 */

const LAW = '152-FZ art. 18.1 part 2; art. 14 part 7 item 4';

/** How the operator appears in the text: its name with legal form, else its first identifier. */
function operatorLabel(doc: PolicyDocument, op: OperatorIdentity): string {
  if (op.name) return doc.slice(op.name.range);
  const id = op.identifiers[0];
  return id ? `${id.label} ${id.value}` : '';
}

/** Where a finding about something the operator lacks points: its name, its section, or 1:1. */
function anchor(op: OperatorIdentity): [number, number] | undefined {
  return op.name ? op.name.range : op.section;
}

const rule: Rule = {
  meta: {
    id: 'operator-identity',
    description: {
      en: 'Who the operator is: name with legal form, INN, OGRN/OGRNIP, address',
      ru: 'Кто оператор: наименование с организационно-правовой формой, ИНН, ОГРН/ОГРНИП, адрес',
    },
    law: LAW,
    messages: {
      'missing-operator': {
        severity: 'error',
        text: {
          en: 'The policy does not say who the operator is: no name with a legal form (LLC, JSC, Individual Entrepreneur …), no INN, no OGRN/OGRNIP (152-FZ art. 18.1 part 2, art. 14 part 7 item 4: the operator\'s name and address). Name the operator, e.g. "Operator: Romashka LLC, INN …, OGRN …, address: …".',
          ru: 'Из политики не видно, кто оператор: нет наименования с организационно-правовой формой (ООО, АО, ИП …), ИНН, ОГРН/ОГРНИП (ч. 2 ст. 18.1, п. 4 ч. 7 ст. 14 152-ФЗ: наименование и адрес оператора). Укажите оператора, например: «Оператор: ООО «Ромашка», ИНН …, ОГРН …, адрес: …».',
        },
      },
      'missing-inn': {
        severity: 'error',
        text: {
          en: 'The operator ({{operator}}) is named without its INN (taxpayer identification number), so a reader cannot check who it is (152-FZ art. 18.1 part 2; art. 14 part 7 item 4). Add the operator\'s INN: 10 digits for a company, 12 for an individual entrepreneur.',
          ru: 'Оператор ({{operator}}) указан без ИНН, и проверить, кто он, нельзя (ч. 2 ст. 18.1, п. 4 ч. 7 ст. 14 152-ФЗ). Добавьте ИНН оператора: 10 цифр у организации, 12 у индивидуального предпринимателя.',
        },
      },
      'missing-ogrn': {
        severity: 'error',
        text: {
          en: 'No OGRN (13 digits, company) or OGRNIP (15 digits, individual entrepreneur) is given for the operator ({{operator}}) (152-FZ art. 18.1 part 2; art. 14 part 7 item 4). Add the state registration number from the register (egrul.nalog.ru).',
          ru: 'Для оператора ({{operator}}) не указан ОГРН (13 цифр, организация) или ОГРНИП (15 цифр, индивидуальный предприниматель) (ч. 2 ст. 18.1, п. 4 ч. 7 ст. 14 152-ФЗ). Добавьте регистрационный номер из реестра (egrul.nalog.ru).',
        },
      },
      'invalid-inn': {
        severity: 'error',
        text: {
          en: 'The operator\'s INN {{value}} ({{digits}} digits) is not a valid INN: an INN has 10 digits (company) or 12 (individual, individual entrepreneur) and ends in check digits computed from the others (152-FZ art. 18.1 part 2; art. 14 part 7 item 4). Copy the number from the register (egrul.nalog.ru).',
          ru: 'ИНН оператора {{value}} ({{digits}} цифр) недействителен: ИНН состоит из 10 цифр (организация) или 12 (физическое лицо, ИП) и заканчивается контрольными цифрами (ч. 2 ст. 18.1, п. 4 ч. 7 ст. 14 152-ФЗ). Скопируйте номер из реестра (egrul.nalog.ru).',
        },
      },
      'invalid-ogrn': {
        severity: 'error',
        text: {
          en: 'The operator\'s {{label}} {{value}} ({{digits}} digits) is not a valid OGRN/OGRNIP: an OGRN has 13 digits and starts with 1 or 5, an OGRNIP has 15 and starts with 3, and both end in a check digit (152-FZ art. 18.1 part 2; art. 14 part 7 item 4). Copy the number from the register (egrul.nalog.ru).',
          ru: '{{label}} оператора {{value}} ({{digits}} цифр) недействителен: ОГРН состоит из 13 цифр и начинается с 1 или 5, ОГРНИП — из 15 цифр и начинается с 3, оба заканчиваются контрольной цифрой (ч. 2 ст. 18.1, п. 4 ч. 7 ст. 14 152-ФЗ). Скопируйте номер из реестра (egrul.nalog.ru).',
        },
      },
      'entity-mismatch': {
        severity: 'error',
        text: {
          en: '{{label}} {{value}} contradicts {{conflict}}: an individual entrepreneur has a 12-digit INN and a 15-digit OGRNIP, a company a 10-digit INN and a 13-digit OGRN, and one operator has one INN and one OGRN (152-FZ art. 18.1 part 2; art. 14 part 7 item 4). Check the legal form and the number against the register (egrul.nalog.ru).',
          ru: '{{label}} {{value}} противоречит {{conflict}}: у индивидуального предпринимателя ИНН из 12 цифр и ОГРНИП из 15, у организации ИНН из 10 цифр и ОГРН из 13, и у одного оператора один ИНН и один ОГРН (ч. 2 ст. 18.1, п. 4 ч. 7 ст. 14 152-ФЗ). Сверьте форму и номер с реестром (egrul.nalog.ru).',
        },
      },
      'missing-address': {
        severity: 'warn',
        text: {
          en: 'No address is given for the operator ({{operator}}): a city alone is not one (152-FZ art. 14 part 7 item 4: the operator\'s name and location; 149-FZ art. 10 part 2). Add the legal or postal address with street and building, e.g. "123456, Moscow, Lenina St., 1, office 2".',
          ru: 'Не указан адрес оператора ({{operator}}); один город адресом не является (п. 4 ч. 7 ст. 14 152-ФЗ: наименование и место нахождения оператора; ч. 2 ст. 10 149-ФЗ). Укажите юридический или почтовый адрес с улицей и домом, например «123456, г. Москва, ул. Ленина, д. 1, оф. 2».',
        },
      },
    },
  },
  check({ doc, report }) {
    const op = operatorIdentity(doc);
    if (!op.identified) {
      report({ messageId: 'missing-operator', range: op.section });
      return;
    }
    const operator = operatorLabel(doc, op);
    const ids = op.identifiers;
    const reports: ReportDescriptor[] = [];
    const flagged = new Set<Identifier>();

    // Wrong length or check digits.
    for (const id of ids) {
      if (id.valid) continue;
      flagged.add(id);
      const data = { value: id.value, label: id.label, digits: id.value.length };
      reports.push({ messageId: id.kind === 'inn' ? 'invalid-inn' : 'invalid-ogrn', range: id.range, data });
    }

    // Mentions by entity index, and each name's first mention by its keys (maps keep this linear
    // on a page that repeats the requisites thousands of times).
    const byIndex = new Map(op.mentions.map((m) => [m.index, m] as const));
    const nameOfKey = new Map<string, number>();
    const names: typeof op.mentions = [];
    for (const m of op.mentions) {
      if (m.keys.some((k) => nameOfKey.has(k))) continue;
      for (const k of m.keys) nameOfKey.set(k, names.length);
      names.push(m);
    }
    const nameIndex = (m: (typeof op.mentions)[number]) => {
      for (const k of m.keys) {
        const i = nameOfKey.get(k);
        if (i !== undefined) return i;
      }
      return -1;
    };

    // Identifiers that do not fit the legal form of the one they are stated for.
    for (const id of ids) {
      if (flagged.has(id)) continue;
      const holder = id.holder !== undefined ? byIndex.get(id.holder) : undefined;
      const entity = holder ?? op.name;
      const kind = entity?.kind ?? (op.selfEmployed ? 'self-employed' : undefined);
      if (!kind) continue;
      const person = kind !== 'company';
      const wrong =
        (id.kind === 'inn' && person && id.value.length === 10) ||
        (id.kind === 'inn' && !person && id.value.length === 12) ||
        (id.kind === 'ogrn' && person) ||
        (id.kind === 'ogrnip' && !person);
      if (!wrong) continue;
      flagged.add(id);
      const conflict = entity ? doc.slice(entity.range) : op.selfEmployedAt ? doc.slice(op.selfEmployedAt) : '';
      if (!conflict) continue;
      reports.push({ messageId: 'entity-mismatch', range: id.range, data: { value: id.value, label: id.label, conflict } });
    }

    // Two different INNs or registration numbers stated for the operator. Joint operators
    // ("Операторы: ООО «А» (ИНН …) и ООО «Б» (ИНН …)") have one each: numbers are compared per
    // legal person named, and numbers stated without a name only when the operator has one name.
    const personOf = (id: Identifier) => {
      const h = id.holder !== undefined ? byIndex.get(id.holder) : undefined;
      if (h) return nameIndex(h);
      return names.length <= 1 ? 0 : -1;
    };
    for (const family of [['inn'], ['ogrn', 'ogrnip']]) {
      const strong = ids.filter((i) => family.includes(i.kind) && i.strong && !flagged.has(i) && personOf(i) >= 0);
      const first = strong[0];
      const other = first && strong.find((i) => i.value !== first.value && personOf(i) === personOf(first));
      if (first && other) {
        flagged.add(other);
        reports.push({
          messageId: 'entity-mismatch',
          range: other.range,
          data: { value: other.value, label: other.label, conflict: `${first.label} ${first.value}` },
        });
      }
    }

    const where = anchor(op);
    // A foreign company ("Romashka Ltd", "… GmbH") has no Russian INN or OGRN to state.
    const foreign = op.name !== undefined && op.kind === 'company' && FOREIGN_FORMS.has(op.name.form);
    if (!foreign && !ids.some((i) => i.kind === 'inn')) reports.push({ messageId: 'missing-inn', range: where, data: { operator } });
    const needsOgrn = !foreign && !op.selfEmployed && op.kind !== 'individual' && op.kind !== 'self-employed';
    if (needsOgrn && !ids.some((i) => i.kind === 'ogrn' || i.kind === 'ogrnip')) reports.push({ messageId: 'missing-ogrn', range: where, data: { operator } });
    if (!op.address) reports.push({ messageId: 'missing-address', range: where, data: { operator } });

    for (const r of reports) report(r);
  },
};

export default rule;
