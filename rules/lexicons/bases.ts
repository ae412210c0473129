import { fastRegExp } from '../../src/core/match.js';
/**
 * Legal grounds of processing (152-FZ art. 6 part 1 clauses 1–11, art. 6 part 3), as phrases in
 * src/core/match.ts syntax, matched on doc.lower. Sources: docs/law.md (Legal bases).
 * Each phrase names the ground itself, not a mere mention of its subject: "the right to withdraw consent" is filtered out by the extractor, not here.
 */

/** A clause of art. 6 part 1 ("1" … "11"), 'p3' for art. 6 part 3, '?' for "art. 6" with no clause. */
export type Clause = '1' | '2' | '3' | '3.1' | '4' | '5' | '6' | '7' | '8' | '9' | '9.1' | '10' | '11' | 'p3' | '?';

export const CLAUSES: readonly Clause[] = ['1', '2', '3', '3.1', '4', '5', '6', '7', '8', '9', '9.1', '10', '11', 'p3'];

/** Short names of the grounds, for messages. */
export const CLAUSE_NAMES: Record<Clause, { en: string; ru: string }> = {
  '1': { en: 'consent', ru: 'согласие' },
  '2': { en: 'legal obligation', ru: 'исполнение закона' },
  '3': { en: 'court proceedings', ru: 'судопроизводство' },
  '3.1': { en: 'enforcement of a court decision', ru: 'исполнение судебного акта' },
  '4': { en: 'state or municipal services', ru: 'государственные и муниципальные услуги' },
  '5': { en: 'contract with the subject', ru: 'договор с субъектом' },
  '6': { en: 'vital interests', ru: 'жизненно важные интересы' },
  '7': { en: 'legitimate interests', ru: 'законные интересы' },
  '8': { en: 'journalism, science or creative work', ru: 'журналистика, наука, творчество' },
  '9': { en: 'statistics or research', ru: 'статистика и исследования' },
  '9.1': { en: 'anonymised data', ru: 'обезличенные данные' },
  '10': { en: 'publicly available data (repealed)', ru: 'общедоступные данные (утратил силу)' },
  '11': { en: 'publication required by law', ru: 'опубликование по закону' },
  p3: { en: 'processing on behalf of another operator', ru: 'поручение другого оператора' },
  '?': { en: 'art. 6', ru: 'ст. 6' },
};

/** Phrases naming each ground. */
export const GROUND_PHRASES: Record<Exclude<Clause, '?'>, readonly string[]> = {
  '1': [
    'согласи* ~3 (субъект*|пользовател*|клиент*|покупател*|заказчик*)',
    "{(?:the\\s+)?(?:data\\s+)?(?:subject|user|client|customer|individual)[a-z]*(?:['’]s)?} consent*", '(your|his|her|their) consent*',
    'соглаша* ~4 обработк*', 'разрешени* на обработк*', 'agree* to ~4 process*', 'permission to ~2 process*', 'authori* ~3 to process*',
    'согласи*', // согласие, согласия, согласии; not «согласно» (the extractor drops withdrawal and «без согласия»)
    'consent*',
  ].map(fixAlternation),
  '2': [
    'исполнени* ~3 обязанност*', 'выполнени* ~3 обязанност*', 'исполнени* ~3 требовани* ~3 законодательств*',
    'обязанност* ~4 возложен* ~4 законодательств*', 'обязанност* ~4 возложен* ~4 закон*', 'обязанност* ~3 предусмотренн* ~3 законодательств*',
    'функци* ~2 полномочи* ~2 обязанност*', 'во исполнение ~4 законодательств*', 'во исполнение ~4 закон*', 'во исполнение ~4 кодекс*',
    'требовани* законодательств*', 'требовани* ~2 закон*', 'обязательн* требовани* ~3 законодательств*', 'предусмотренн* ~2 законодательств* ~2 обязанност*',
    'международн* договор*', 'исполнени* закон*', 'исполнени* законодательств*',
    'legal obligation*', 'statutory obligation*', 'statutory requirement*', 'statutory dut*', 'legal requirement*', 'legal dut*',
    'obligation* ~4 (imposed|established|provided|required) ~3 (law|legislation)', 'obligations imposed on ~4 by ~3 law',
    'comply* with ~4 law*', 'complian* with ~5 law*', 'complian* with ~5 legislation', 'complian* with ~5 legal',
    'fulfil* ~4 obligation* ~4 law*', 'requirement* of ~4 law*', 'requirement* of ~4 legislation', 'required by ~2 law',
    'international treat*',
  ].map(fixAlternation),
  '3': ['судопроизводств*', 'судебн* разбирательств*', 'court proceeding*', 'legal proceeding*', 'judicial proceeding*', 'litigation'],
  '3.1': ['исполнени* ~2 судебн* акт*', 'исполнительн* производств*', 'enforcement of ~3 (court|judicial) ~2 (decision*|act*|order*)', 'enforcement proceeding*', 'execution of ~2 judicial act*'].map(fixAlternation),
  '4': ['государственн* и муниципальн* услуг*', 'state and municipal service*', 'public and municipal service*'],
  '5': [
    'исполнени* ~3 договор*', 'заключени* ~3 договор*', 'исполнени* ~3 (соглашени*|оферт*)',
    'perform* ~4 (contract*|agreement*)', 'conclu* ~4 (contract*|agreement*)', 'execution of ~3 (contract*|agreement*)', 'necessary for ~4 (contract*|agreement*)',
    'договор*', 'оферт*', 'пользовательск* соглашени*', 'лицензионн* соглашени*', 'соглашени* с пользовател*', 'соглашени* с субъект*',
    'contract*', 'agreement*', 'public offer', 'offer agreement', 'terms of service', 'terms of use',
  ].map(fixAlternation),
  '6': ['жизненно важн* интерес*', 'защит* жизни', 'защит* ~2 здоровья', 'vital interest*', 'protect* ~2 life', 'protect* ~3 health'],
  '7': ['законн* интерес*', 'общественно значим* цел*', 'legitimate interest*', 'lawful interest*', 'legitimate business interest*', 'socially significant'],
  '8': ['журналист*', 'средств* массовой информации', 'научн* ~2 литературн* ~3 творческ*', 'journalis*', 'mass media', 'scientific ~2 literary ~3 creative'],
  '9': ['статистическ* ~3 исследовательск* цел*', 'статистическ* цел*', 'исследовательск* цел*', 'statistical ~3 research purpos*', 'statistical purpos*', 'research purpos*'],
  '9.1': ['полученн* в результате обезличивани*', 'obtained ~2 (anonymi*|depersonali*)'].map(fixAlternation),
  '10': [
    'общедоступн* персональн* данн*', 'доступ неограниченн* круг* лиц* ~6 предоставлен* субъект*',
    'made publicly available by ~3 subject', 'publicly available personal data', 'made public by ~3 subject',
  ],
  '11': ['подлежащ* опубликовани* ~3 обязательн* раскрыти*', 'опубликовани* ~3 обязательн* раскрыти*', 'publication or mandatory disclosure', 'subject to ~2 publication', 'mandatory disclosure'],
  p3: [
    'по поручению ~3 оператор*', 'поручени* ~2 оператор*', 'по поручению ~2 (заказчик*|клиент*|разработчик*|партнер*)',
    'on behalf of ~3 operator*', 'on behalf of ~2 (another|the other|its) ~2 (operator*|controller*|customer*|client*|developer*)',
    'on the instruction* of ~3 operator*', 'instruction* of ~2 operator', 'processor within the meaning', 'as ~2 processor',
  ].map(fixAlternation),
};

/**
 * Phrase syntax has no alternation inside a phrase; "(a|b)" groups written above are turned into
 * a raw regex fragment of whole words.
 */
function fixAlternation(phrase: string): string {
  // Raw fragments are lower-cased by the matcher, so no \\p{L} here: the letter class is spelled out.
  if (phrase.includes('{')) return phrase; // already a raw fragment
  return phrase.replace(/\(([^()]+)\)/g, (_m, alts: string) => {
    const words = alts.split('|').map((a) => a.replace(/\*/g, '[а-яёa-z0-9]*').replace(/ /g, '\\s+'));
    return `{(?:${words.join('|')})(?![а-яёa-z0-9])}`;
  });
}

/** Names of laws: a list of them stated as the basis is the statutory ground (clause 2). */
export const LAW_PHRASES: readonly string[] = [
  '{\\d{1,3}\\s?-\\s?фз}', '{\\d{1,3}\\s?-\\s?fz}', 'федеральн* закон*', 'закон* о ~3 (персональн*|информаци*|бухгалтерск*|связи|рекламе|защите прав)',
  'гражданск* кодекс*', 'налогов* кодекс*', 'трудов* кодекс*', 'кодекс* российской федерации', 'кодекс* рф', '=гк =рф', '=нк =рф', '=тк =рф', 'конституци*',
  'federal law*', 'civil code', 'tax code', 'labor code', 'labour code', 'code of the russian federation', 'constitution of the russian federation', 'law on ~3 (personal data|information|accounting|advertising|communications)',
].map(fixAlternation);

/** Words that introduce the grounds of processing in a sentence ("on the basis of", «правовым основанием»). */
export const BASIS_TRIGGERS: readonly string[] = [
  'на основании', 'основани*', 'правов* основ*', 'основан* на', 'с согласия', 'при наличии ~2 согласи*', 'при условии ~2 согласи*',
  'on the basis of', 'based on', '=basis', '=bases', 'legal ground*', 'lawful ground*', 'grounds', 'ground for', 'relies on', 'rely on',
  'with ~3 consent', 'subject to ~2 consent', 'upon ~2 consent', 'under ~2 (contract|agreement|offer)',
].map(fixAlternation);

/**
 * Processing words: a basis sentence is about processing, not about how the policy was drafted.
 * Transfer words are left out: "data is disclosed to authorities on the basis of the law" gives the
 * ground of one disclosure, not of the processing.
 */
export const PROCESSING_WORDS: readonly string[] = [
  'обработ*', 'обрабатыва*', 'собира*', 'сбор*', 'использ*', 'хран*',
  'process*', 'collect*', '=use', '=uses', '=used', '=using', 'store*',
];

/** "The Policy is developed in accordance with / on the basis of 152-FZ" is about the document, not processing. */
export const DRAFTING_WORDS: readonly string[] = [
  'разработан*', 'составлен*', 'подготовлен*', 'издан*', 'утвержден*', 'developed', 'prepared', 'drawn up', 'drafted', 'issued', 'adopted',
];

/** Sentences that mention grounds without stating them: withdrawal of consent, processing without consent. */
export const NOT_A_STATEMENT: readonly string[] = [
  'отзыв*', 'отозва*', 'отзова*', 'без согласи*', 'без ~3 согласи*', 'не требуется ~3 согласи*', 'согласи* ~3 не требуется',
  'withdraw*', 'revok*', 'revocation', 'without ~4 consent', 'consent ~3 not required', 'no consent',
];

/** Catch-alls that name no ground ("and on other grounds provided by law"). */
export const CATCH_ALL: readonly string[] = [
  'ин* основани*', 'друг* основани*', 'ины* законн* основани*', 'other ~2 grounds', 'other ~2 bases', 'other ~2 legal basis', 'any other ~2 (ground*|bas*)',
].map(fixAlternation);

/** Conformity, not a ground: "in accordance with 152-FZ", «согласно Федеральному закону». */
export const CONFORMITY: readonly string[] = [
  'в соответствии с', 'в соответствии со', 'согласно', 'в порядке, установленном', 'в порядке установленном', 'в силу', 'предусмотренн*', 'установленн*',
  'in accordance with', 'pursuant to', 'according to', 'in compliance with', 'as required by', 'under', 'within the meaning of', 'as provided by', 'established by', 'provided for by',
];

/** Headings of sections about legal grounds. */
export const BASIS_HEADING: readonly string[] = [
  'правов* основани*', 'правов* основ*', 'основани* ~3 обработк*', 'законн* основани*', 'основани* для обработк*', 'основани* сбора',
  '=основания', '=основание', '=grounds', '=basis', '=bases', 'основани* и ~3 цел*',
  'legal basis', 'legal bases', 'legal ground*', 'lawful basis', 'lawful bases', 'lawful ground*', 'grounds for ~3 processing', 'grounds of ~3 processing', 'basis for ~3 processing', 'bases for ~3 processing',
];

/** Labels of a ground field in a per-purpose block or key-value table ("Правовое основание:", "Legal basis —"). */
export const BASIS_LABEL = fastRegExp(String.raw`^(?:правов\p{L}*\s+основани\p{L}*|основани\p{L}*(?:\s+обработки)?|законн\p{L}*\s+основани\p{L}*|(?:legal|lawful)\s+(?:basis|bases|grounds?)|basis(?:\s+for\s+processing)?|grounds?(?:\s+for\s+processing)?)(?:\s*\([^)]{0,40}\))?\s*(?:[:—–-]|$)`, 'u');

/** Column header of the ground column of a table. */
export const BASIS_COLUMN = fastRegExp(String.raw`(?:основани|правов\p{L}*\s+основ|legal\s+bas|lawful\s+bas|\bbasis\b|\bbases\b|\bgrounds?\b)`, 'u');

/** A contract's performance or conclusion (clause 5) named outright, for evidence outside basis statements. */
export const STRONG_CONTRACT: readonly string[] = [
  'исполнени* ~3 договор*', 'заключени* ~3 договор*', 'исполнени* ~3 соглашени*', 'исполнени* ~3 оферт*', 'стороной которого',
  'perform* ~4 contract*', 'perform* ~4 agreement*', 'conclu* ~4 contract*', 'conclu* ~4 agreement*', 'execution of ~3 contract*', 'necessary for ~3 contract*',
];

/** Sentences about entrusting processing to others or sharing with third parties: their contracts are not grounds. */
export const ENTRUST: readonly string[] = [
  'поручить', 'поручает', 'поручать', 'поручени* обработк*', 'поручени* другому', 'поручени* третьему', 'поручени* треть*', 'договор* поручени*',
  'обработчик*', 'переда* ~4 третьим', 'предоставл* ~4 третьим', 'подрядчик*', 'контрагент*',
  'entrust*', 'processor*', 'sub-processor*', 'subprocessor*', 'transfer* ~4 third part*', 'disclos* ~4 third part*', 'shar* ~4 third part*', 'contractor*', 'service provider*', 'data processing agreement*',
];
