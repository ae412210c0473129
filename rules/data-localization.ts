import type { PolicyDocument } from '../src/core/document.js';
import type { Lang, Rule, Suggestion } from '../src/core/types.js';
import { crossBorder, recipients } from './extract/recipients.js';
import { whereBelongs } from './extract/topics.js';
import { fastRegExp } from '../src/core/match.js';

/**
 * Localisation (152-FZ art. 18 part 5): the policy says that Russian citizens' personal data is
 * recorded and stored in databases in Russia — in the old wording ("… с использованием баз
 * данных, находящихся на территории РФ"), the 2025 one ("… за пределами территории РФ не
 * допускаются"), or plainly ("stored on servers located in the Russian Federation", a Russian
 * hosting provider named as where the service runs). Data stored abroad is not localisation.
 */
const rule: Rule = {
  meta: {
    id: 'data-localization',
    description: {
      en: "Recording and storage of Russian citizens' data in Russia",
      ru: 'Запись и хранение данных граждан РФ в базах данных на территории РФ',
    },
    law: '152-FZ art. 18 part 5',
    messages: {
      missing: {
        severity: 'warn',
        text: {
          en: "Nothing says that Russian citizens' personal data is recorded and stored in databases located in Russia (152-FZ art. 18 part 5; since 1 Jul 2025 collecting it into databases abroad is prohibited). State where the databases are, e.g. \"Personal data is recorded and stored in databases located in the Russian Federation\".",
          ru: 'Не сказано, что персональные данные граждан РФ записываются и хранятся в базах данных на территории РФ (ч. 5 ст. 18 152-ФЗ; с 01.07.2025 сбор в базы данных за рубежом запрещён). Укажите, где находятся базы данных, например: «Запись, систематизация, накопление, хранение … персональных данных граждан РФ осуществляются с использованием баз данных, находящихся на территории РФ».',
        },
      },
    },
  },
  check({ doc, report }) {
    if (crossBorder(doc).locations.some((l) => l.place === 'ru')) return;
    // The service hosted by a named Russian provider ("размещён на серверах АО «Селектел»").
    if (recipients(doc).some((m) => !m.foreign && m.recipient.kind === 'hosting' && m.role === 'recipient')) return;
    report({ messageId: 'missing', range: placement(doc), suggestions: [clause(doc.lang)] });
  },
};

/** A heading about localisation or storage location, else conditions of processing, else cross-border. */
const LOCALISATION_HEADING = fastRegExp('локализ|locali[sz]ation|(?:место|location)\\p{L}* (?:\\p{L}+ ){0,2}?(?:хранени|storage)|where (?:\\p{L}+ ){0,2}?(?:stored|kept)|хранени\\p{L}* (?:\\p{L}+ ){0,2}?на территории');

function placement(doc: PolicyDocument): [number, number] | undefined {
  for (const s of doc.sections) {
    const h = doc.blocks[s.heading];
    if (LOCALISATION_HEADING.test(doc.lower.slice(h.contentStart, h.end))) return [h.start, h.end];
  }
  return whereBelongs(doc, 'processing', 'cross-border');
}

function clause(lang: Lang): Suggestion {
  return lang === 'ru'
    ? {
        kind: 'insert',
        desc: 'Добавить положение о локализации',
        text: 'При сборе персональных данных, в том числе посредством информационно-телекоммуникационной сети «Интернет», Оператор обеспечивает запись, систематизацию, накопление, хранение, уточнение (обновление, изменение), извлечение персональных данных граждан Российской Федерации с использованием баз данных, находящихся на территории Российской Федерации.',
      }
    : {
        kind: 'insert',
        desc: 'Add a localisation clause',
        text: 'When collecting personal data, including via the Internet, the Operator records, systematises, accumulates, stores, clarifies (updates, changes) and retrieves personal data of citizens of the Russian Federation using databases located in the territory of the Russian Federation.',
      };
}

export default rule;
