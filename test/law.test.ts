import { rules } from '../rules/index.js';
import { lawText, lawToRussian } from '../src/core/law.js';
import { unusedDisableMeta } from '../src/core/suppress.js';

// Every citation that a rule's meta or one of its messages uses, with its Russian reading as a
// Russian lawyer writes it: smallest unit first, one law at the end, «и» before the last number.
const RUSSIAN: Record<string, string> = {
  '152-FZ art. 10 parts 1-3; art. 11 parts 1-3': 'ч. 1–3 ст. 10, ч. 1–3 ст. 11 152-ФЗ',
  '152-FZ art. 12': 'ст. 12 152-ФЗ',
  '152-FZ art. 14 part 3; art. 20 parts 1-2': 'ч. 3 ст. 14, ч. 1–2 ст. 20 152-ФЗ',
  '152-FZ art. 14 part 3; art. 20 parts 1-2; art. 21 part 5.1': 'ч. 3 ст. 14, ч. 1–2 ст. 20, ч. 5.1 ст. 21 152-ФЗ',
  '152-FZ art. 14 part 7 items 5, 9; art. 6 part 3': 'п. 5 и 9 ч. 7 ст. 14, ч. 3 ст. 6 152-ФЗ',
  '152-FZ art. 18 part 5': 'ч. 5 ст. 18 152-ФЗ',
  '152-FZ art. 18.1 part 1 item 2': 'п. 2 ч. 1 ст. 18.1 152-ФЗ',
  '152-FZ art. 18.1 part 2': 'ч. 2 ст. 18.1 152-ФЗ',
  '152-FZ art. 18.1 part 2; art. 14 part 7 item 4': 'ч. 2 ст. 18.1, п. 4 ч. 7 ст. 14 152-ФЗ',
  '152-FZ art. 18.1 part 2; art. 19': 'ч. 2 ст. 18.1, ст. 19 152-ФЗ',
  '152-FZ art. 21 part 3.1': 'ч. 3.1 ст. 21 152-ФЗ',
  '152-FZ art. 21 parts 4-5': 'ч. 4–5 ст. 21 152-ФЗ',
  '152-FZ art. 5 part 2; art. 18.1 part 1 item 2': 'ч. 2 ст. 5, п. 2 ч. 1 ст. 18.1 152-ФЗ',
  '152-FZ art. 5 part 2; art. 6 part 1': 'ч. 2 ст. 5, ч. 1 ст. 6 152-ФЗ',
  '152-FZ art. 5 part 7; art. 18.1 part 1 item 2': 'ч. 7 ст. 5, п. 2 ч. 1 ст. 18.1 152-ФЗ',
  '152-FZ art. 5 parts 2, 5; art. 18.1 part 1 item 2': 'ч. 2 и 5 ст. 5, п. 2 ч. 1 ст. 18.1 152-ФЗ',
  '152-FZ art. 9 part 1': 'ч. 1 ст. 9 152-ФЗ',
  '152-FZ art. 9 part 2; arts. 14, 17, 21': 'ч. 2 ст. 9, ст. 14, 17 и 21 152-ФЗ',
  '152-FZ art. 9 parts 1-2; art. 18.1 part 2': 'ч. 1–2 ст. 9, ч. 2 ст. 18.1 152-ФЗ',
  '—': '—',
};

const used = new Set<string>();
for (const meta of [...rules.map((r) => r.meta), unusedDisableMeta]) {
  used.add(meta.law);
  for (const m of Object.values(meta.messages)) if (m.law) used.add(m.law);
}

describe('lawToRussian', () => {
  test('every citation of the rules is in this table (add new ones here with their Russian reading)', () => {
    expect([...used].filter((law) => !(law in RUSSIAN))).toEqual([]);
  });

  test.each(Object.entries(RUSSIAN))('%s → %s', (law, ru) => {
    expect(lawToRussian(law)).toBe(ru);
  });

  test.each([
    ['art. 20 parts 1-2', 'ч. 1–2 ст. 20'],
    ['item 2', 'п. 2'],
    ['152-FZ', '152-ФЗ'],
    ['152-FZ art. 14 part 7 item 4', 'п. 4 ч. 7 ст. 14 152-ФЗ'],
    ['152-FZ art. 6 part 1 items 2-11', 'п. 2–11 ч. 1 ст. 6 152-ФЗ'],
    ['149-FZ art. 10 part 2', 'ч. 2 ст. 10 149-ФЗ'],
  ])('pieces and other laws: %s → %s', (law, ru) => {
    expect(lawToRussian(law)).toBe(ru);
  });

  test('a citation not in the canonical form is kept as it is', () => {
    expect(lawToRussian('GDPR Art. 6(1)(b)')).toBe('GDPR Art. 6(1)(b)');
    expect(lawToRussian('152-FZ art. 6 clause one')).toBe('152-FZ art. 6 clause one');
  });

  test('lawText: English is the canonical form', () => {
    expect(lawText('152-FZ art. 18 part 5', 'en')).toBe('152-FZ art. 18 part 5');
    expect(lawText('152-FZ art. 18 part 5', 'ru')).toBe('ч. 5 ст. 18 152-ФЗ');
  });
});
