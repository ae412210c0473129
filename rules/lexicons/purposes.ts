import { fastRegExp } from '../../src/core/match.js';
/**
 * Purposes of processing (152-FZ art. 5 part 2; docs/law.md (Purposes)). Phrases in src/core/match.ts
 * syntax matched on doc.lower; regular expressions run on doc.lower too (lower-case, ё → е).
 */

/** Headings of sections about purposes ("Цели обработки", "Purposes of processing", "How we use your data"). */
export const PURPOSE_HEADING: readonly string[] = [
  'цел* обработк*', 'цел* сбора', 'цел* использовани*', 'цел* получени*', 'цел* ~3 персональн* данн*', 'цел* ~2 правов* основ*', 'цел* и ~3 основани*',
  '=цели', '=цель', '=целях', 'для чего', 'зачем', 'как мы используем', 'как используются', 'использовани* ~2 персональн* данн*', 'использовани* ~2 информаци*',
  'purpose*', 'why we collect', 'why we process', 'why we use', 'how we use', 'how ~3 (data|information) ~2 used', 'use of ~2 (personal data|data|information)',
].map(alternation);

/** A heading about the purpose of the policy, not of processing. */
export const NOT_PURPOSE_HEADING = fastRegExp(String.raw`(?:цел\p{L}*\s+(?:и\s+\p{L}+\s+)?(?:настоящ\p{L}*\s+|данн\p{L}*\s+)?(?:политик|документ|положени)|purpose\s+of\s+(?:this|the)\s+(?:policy|document|notice)|цел\p{L}*\s+и\s+задач)`, 'u');

/** Header cell of a table's purpose column. */
export const PURPOSE_COLUMN = fastRegExp(String.raw`(?:^|[^\p{L}])(?:цел[ьиея]\p{L}*|purposes?|для\s+чего|зачем|why)(?![\p{L}])`, 'u');

/**
 * A purpose label at the start of a block or key cell: "Цель:", «Цель обработки —», "Purpose 2:",
 * "Purpose of processing —". The value after it is one purpose.
 */
export const PURPOSE_LABEL = /^(?:цел[ьи](?:\s+(?:обработки|сбора|использования))?(?:\s+(?:персональных\s+)?данных)?|purposes?(?:\s+of\s+(?:the\s+)?(?:processing|collection|use))?(?:\s+of\s+(?:personal\s+)?data)?)(?:\s*(?:№|no\.?|#)?\s*\d{1,2}\.?)?\s*(?:[:—–]|-\s|\.\s|$)\s*/u;

/**
 * Labels of the other fields of a per-purpose block ("Категории данных:", "Legal basis —",
 * "Retention period:"). A block starting with one is a field, not a purpose.
 */
export const FIELD_LABEL = fastRegExp(
  '^(?:' +
    [
      'категори\\p{L}*(?:\\s+\\p{L}+){0,3}',
      'перечень(?:\\s+\\p{L}+){0,3}',
      'состав(?:\\s+\\p{L}+){0,3}',
      '(?:обрабатываем\\p{L}*\\s+)?(?:персональн\\p{L}*\\s+)?данн\\p{L}*',
      'субъект\\p{L}*(?:\\s+\\p{L}+){0,2}',
      'срок\\p{L}*(?:\\s+\\p{L}+){0,3}',
      'способ\\p{L}*(?:\\s+\\p{L}+){0,2}',
      'действия(?:\\s+\\p{L}+){0,3}',
      'порядок(?:\\s+\\p{L}+){0,3}',
      'правов\\p{L}*\\s+основани\\p{L}*',
      'основани\\p{L}*(?:\\s+\\p{L}+){0,2}',
      'получател\\p{L}*(?:\\s+\\p{L}+){0,2}',
      '(?:categories|category|list|types?|kinds?)\\s+of\\s+(?:\\p{L}+\\s+){0,2}(?:data|subjects|information)',
      '(?:personal\\s+)?data(?:\\s+(?:categories|processed|collected|subjects))?',
      '(?:data\\s+)?subjects',
      '(?:legal|lawful)\\s+(?:basis|bases|grounds?)',
      'basis',
      'grounds?',
      'retention(?:\\s+period)?',
      'storage\\s+period',
      'period(?:\\s+of\\s+\\p{L}+)?',
      'methods?(?:\\s+of\\s+processing)?',
      'processing\\s+methods?',
      'actions(?:\\s+with\\s+data)?',
      'recipients?',
      'destruction(?:\\s+procedure)?',
    ].join('|') +
    ')\\s*(?:\\([^)]{0,40}\\)\\s*)?[:—–]\\s*',
  'u',
);

/** A sentence introducing a list of purposes: "for the following purposes:", «в следующих целях:». */
export const PURPOSE_INTRO = fastRegExp(String.raw`(?:следующ\p{L}*\s+цел|цел\p{L}*\s+(?:обработки|сбора|использования)[^:]{0,60}|following\s+purposes|purposes\s+(?:of\s+(?:processing|collection|use)\s+)?(?:are|include)|purposes|цели|we\s+use\s+(?:your\s+|the\s+|this\s+|such\s+)?(?:personal\s+)?(?:data|information)\s+(?:to|for)|используем\s+(?:ваши\s+|эти\s+)?(?:персональные\s+)?(?:данные|информацию)\s+для)\s*[^:]{0,40}:\s*`, 'u');

/** Blocks in a purposes section that speak about purposes in general rather than name one. */
export const NOT_A_PURPOSE = fastRegExp(String.raw`(?:перечень\s+целей|цел\p{L}*\s+(?:обработки\s+)?(?:\p{L}+\s+){0,2}исчерпывающ|исчерпывающ\p{L}*\s+перечень|list\s+of\s+purposes|purposes\s+(?:listed|above|set\s+out)|exhaustive|несовместим|incompatib|не допускается|is not permitted|are not permitted|не осуществля|does not|do not|не обрабатыва|only for the purposes|solely for the purposes|исключительно (?:в|для) (?:целях|целей)|(?:указанн|перечисленн|изложенн|предусмотренн)\p{L}*\s+(?:выше|в\s+(?:п\.|пункт|разделе|настоящ))|(?:set out|listed|specified|stated|described)\s+(?:above|in\s+(?:this|clause|section))|цел\p{L}*\s+обработки\s+(?:могут|может)|purposes\s+may|не\s+используется\s+для|is not used for|are not used for)`, 'u');

/**
 * Prose statements of purpose: «в целях исполнения договора», "for the purpose of sending
 * receipts", "we use your e-mail to send receipts", «используем номер телефона для …».
 */
export const PURPOSE_PROSE: readonly string[] = [
  'в целях', 'с целью', 'для целей', 'в следующих целях', 'цел* обработк* ~4 (являются|является|служат|служит)', 'цел* ~2 является', 'цел* ~2 являются',
  'for the purpose*', 'for ~3 purposes', 'purpose* ~4 (is|are|include|includes)', 'in order to',
].map(alternation);

/** "в целях, указанных в Политике", "for the purposes of this Policy": circular or definitional, not a purpose. */
export const EMPTY_PURPOSE_AFTER = fastRegExp(String.raw`^[\s,]*(?:указанн|предусмотренн|определенн|перечисленн|изложенн|настоящ|этой|данной|политик|не\s+противореч|ин(?:ых|ые)\b|друг|иных|которые|(?:of\s+)?(?:this|the)\s+(?:policy|notice|document|agreement)|(?:set out|specified|stated|described|listed|indicated|defined)\b|(?:other|any)\b|informational|information\s+purposes|reference|(?:protect|защит)\p{L}*)`, 'u');

/** Data or processing words: a prose purpose is about using data ("we use your e-mail to …"). */
export const DATA_OR_PROCESSING: readonly string[] = [
  'данн*', 'информаци*', 'сведени*', 'обработ*', 'обрабатыва*', 'использ*', 'собира*', 'e-mail', 'email', 'почт*', 'телефон*', 'cookie*',
  'data', 'information', 'process*', 'collect*', '=use', '=uses', '=used', '=using', 'e-mail', 'email', 'phone', 'address*', 'cookie*',
];

/**
 * "We use your e-mail to send receipts", «используем ваш телефон для связи»: a use verb, then "to /
 * for / для / чтобы" and an action, in one sentence about data.
 */
export const USE_FOR = fastRegExp(String.raw`(?:\b(?:we|the\s+operator|the\s+company|it|they|is|are|will\s+be|may\s+be)\s+(?:only\s+)?(?:use|uses|used|process|processes|processed|collect|collects|collected|need|needs|needed|required)\b[^.;:!?]{0,80}?\b(?:to|in\s+order\s+to|so\s+that|for)\s*:?\s+(?!the\s+(?:extent|period|duration|term|purpos)|purpos|a\s+period|third|us\b|you\b|your\b|our\b|other|any\b|as\s+long|up\s+to|no\s+longer|at\s+least|\d|years?|months?|days?)\p{L}{3,}|(?:использу\p{L}*|использован\p{L}*|обрабатыва\p{L}*|собира\p{L}*|собран\p{L}*|нуж[ен]\p{L}*|необходим\p{L}*|требу\p{L}*|применя\p{L}*)[^.;:!?]{0,80}?(?:\s|^)(?:для|чтобы)\s*:?\s+(?!того\s*,?\s+чтобы\s+(?:хранить|передать))(?!третьих|них|вас|нас|срок|период)\p{L}{3,})`, 'u');

/** Alternation groups "(a|b)" inside a phrase become a raw fragment of whole words (see lexicons/bases.ts). */
function alternation(phrase: string): string {
  return phrase.replace(/\(([^()]+)\)/g, (_m, alts: string) => {
    const words = alts.split('|').map((a) => a.replace(/\*/g, '[а-яёa-z0-9]*').replace(/ /g, '\\s+'));
    return `{(?:${words.join('|')})(?![а-яёa-z0-9])}`;
  });
}
