import type { Rule } from '../src/core/types.js';
import type { PolicyDocument } from '../src/core/document.js';
import { CORE_RIGHTS, type CoreRight, subjectRights } from './extract/rights.js';
import { RIGHT_LABELS, RIGHT_SUGGESTIONS } from './lexicons/rights.js';

const DESC: Record<CoreRight, { en: string; ru: string }> = {
  access: { en: 'Add the right to obtain information about the processing', ru: 'Добавить право на получение информации об обработке' },
  rectification: { en: 'Add the right to demand clarification, blocking or destruction', ru: 'Добавить право требовать уточнения, блокирования или уничтожения' },
  'withdraw-consent': { en: 'Add the right to withdraw consent', ru: 'Добавить право отозвать согласие' },
  appeal: { en: 'Add the right to appeal to Roskomnadzor or a court', ru: 'Добавить право обжалования в Роскомнадзор или суд' },
};

const FOREIGN_NOTE = {
  en: ' An appeal to a "supervisory authority" or a foreign regulator is not enough: name Roskomnadzor (the authorised body for the protection of the rights of personal data subjects) or a court.',
  ru: ' Надзорного органа без названия или иностранного регулятора недостаточно: укажите Роскомнадзор (уполномоченный орган по защите прав субъектов персональных данных) или суд.',
};

/** Where a finding about absent rights belongs: the rights section, else where other rights are stated. */
function place(doc: PolicyDocument): [number, number] | undefined {
  const r = subjectRights(doc);
  const section = r.sections[0] ?? (r.mentions.length ? doc.sectionAt(r.mentions[0].start) : undefined);
  if (!section) return undefined;
  const h = doc.blocks[section.heading];
  return [h.start, h.end];
}

const rule: Rule = {
  meta: {
    id: 'subject-rights',
    description: {
      en: "The data subject's rights",
      ru: 'Права субъекта персональных данных',
    },
    law: '152-FZ art. 9 part 2; arts. 14, 17, 21',
    messages: {
      missing: {
        severity: 'error',
        text: {
          en: "The policy states no rights of the data subject (152-FZ art. 14, art. 9 part 2, art. 17, art. 21). Add a section on the subject's rights: to obtain information about the processing, to demand clarification, blocking or destruction of the data, to withdraw consent, and to appeal to Roskomnadzor or a court.",
          ru: 'В политике не указаны права субъекта персональных данных (ст. 14, ч. 2 ст. 9, ст. 17, ст. 21 152-ФЗ). Добавьте раздел о правах субъекта: получать информацию об обработке, требовать уточнения, блокирования или уничтожения данных, отозвать согласие, обжаловать действия оператора в Роскомнадзор или в суд.',
        },
      },
      'missing-right': {
        severity: 'warn',
        text: {
          en: "The policy does not state the data subject's right {{rightEn}}. Add it to the list of rights.{{noteEn}}",
          ru: 'В политике не указано право субъекта {{rightRu}}. Добавьте его в перечень прав.{{noteRu}}',
        },
      },
    },
  },
  check({ doc, report }) {
    const rights = subjectRights(doc);
    const lang = doc.lang;
    const range = place(doc);
    // A "Rights" heading over text that states none is still no rights: one `missing`, at it.
    if (rights.mentions.length === 0 && rights.generic.length === 0) {
      report({
        messageId: 'missing',
        range,
        suggestions: [
          {
            kind: 'insert',
            desc: lang === 'ru' ? 'Добавить перечень прав субъекта' : "Add the list of the data subject's rights",
            text: CORE_RIGHTS.map((r) => RIGHT_SUGGESTIONS[r][lang]).join('\n'),
          },
        ],
      });
      return;
    }
    for (const right of CORE_RIGHTS) {
      if (rights.kinds.has(right)) continue;
      const foreign = right === 'appeal' && rights.foreignAuthority.length > 0;
      report({
        messageId: 'missing-right',
        // An appeal to the wrong authority is reported where it is made.
        range: foreign ? rights.foreignAuthority[0] : range,
        data: {
          right,
          rightEn: RIGHT_LABELS[right].en,
          rightRu: RIGHT_LABELS[right].ru,
          noteEn: foreign ? FOREIGN_NOTE.en : '',
          noteRu: foreign ? FOREIGN_NOTE.ru : '',
        },
        suggestions: [{ kind: 'insert', desc: DESC[right][lang], text: RIGHT_SUGGESTIONS[right][lang] }],
      });
    }
  },
};

export default rule;
