import { fastRegExp } from '../../src/core/match.js';
/**
 * Rights of the data subject (152-FZ arts. 9 part 2, 14–17, 21; docs/law.md (Rights)).
 * Phrases use src/core/match.ts syntax and are matched on doc.lower (lower case, ё→е).
 *
 * A phrase here says *what* right a passage names; whether the passage grants it to the data
 * subject (and not to the operator, and not as a data category such as "consent and its
 * revocation") is judged by rules/extract/rights.ts from the context (FRAME, ACTOR_*, sections).
 */

export type RightKind =
  | 'access'
  | 'rectification'
  | 'withdraw-consent'
  | 'appeal'
  | 'cessation'
  | 'marketing-opt-out'
  | 'automated-decisions'
  | 'compensation'
  | 'protect-rights'
  | 'portability';

/** The rights every policy must state (docs/rules/subject-rights.md). */
export const CORE_RIGHTS = ['access', 'rectification', 'withdraw-consent', 'appeal'] as const;
export type CoreRight = (typeof CORE_RIGHTS)[number];

const DATA_RU = '{(?:персональн|данн|сведени|информаци)[a-zа-я]*}';
const DATA_EN = '{(?:personal|data|information|details|account|profile)[a-zа-я]*}';
const FIX_RU = '{(?:уточн|исправ|блокир|заблокир|уничтож|удал|изменени|изменит|обновлени|обновит|актуализ|корректир)[a-zа-я]*}';
const FIX_EN = '{(?:correct|rectif|clarif|block|destr|delet|eras|amend|updat)[a-zа-я]*}';

/**
 * What each right is called. A match still needs a context that grants it to the subject,
 * except for `appeal`, whose phrases (appeal against the operator, complaint to Roskomnadzor)
 * can only be the subject's.
 */
export const RIGHT_PHRASES: Record<RightKind, readonly string[]> = {
  access: [
    // RU: «получать информацию, касающуюся обработки», «на доступ к своим ПД», «ознакомиться»
    'получ* ~3 {(?:информаци|сведени|разъяснени)[a-zа-я]*} ~8 {(?:обработк|персональн|данн)[a-zа-я]*}',
    'получени* ~3 {(?:информаци|сведени)[a-zа-я]*} ~8 {(?:обработк|персональн|данн)[a-zа-я]*}',
    '{(?:информаци|сведени)[a-zа-я]*} касающ* ~3 обработк*',
    'доступ* к ~2 ' + DATA_RU,
    'право на доступ',
    'ознаком* ~4 {(?:персональн|данн|сведени)[a-zа-я]*}',
    'подтвержден* ~2 факт* ~2 обработк*',
    'запр* ~4 {(?:информаци|сведени)[a-zа-я]*} ~8 {(?:обработк|персональн|данн)[a-zа-я]*}',
    'узна* ~6 ' + DATA_RU,
    'запр* ~4 {(?:перечень|перечня|состав|копи)[a-zа-я]*} ~4 ' + DATA_RU,
    '{(?:сообщ|предостав|направ)[a-zа-я]*} ~4 {(?:информаци|сведени)[a-zа-я]*} ~8 {(?:обработк|персональн|данн|наличи)[a-zа-я]*}',
    '{(?:знать|запр[a-zа-я]*|спрос[a-zа-я]*|выясн[a-zа-я]*)} ~3 {(?:как|какие|какая|что|о|об|обрабатыва)[a-zа-я]*} ~4 ' + DATA_RU,
    // EN
    '{(?:obtain|receiv|get|request|access|know)[a-zа-я]*} ~4 information ~8 {(?:processing|personal|data|them)\\b}',
    'right of access',
    '{(?:provid|disclos|communicat|send)[a-z]*} ~4 information ~8 {(?:processing|personal|data)\\b}',
    '{(?:request|obtain|get|have|demand|seek)[a-z]*} ~2 access',
    'right to access',
    'access ~3 {(?:their|his|her|your|the|own)} ~2 ' + DATA_EN,
    'access to ~3 ' + DATA_EN,
    'confirmation ~4 {process[a-zа-я]*}',
    'copy of ~4 ' + DATA_EN,
    '{(?:know|ask|request|enquire|inquire|learn|check)[a-z]*} ~4 {(?:what|which|whether)} ~6 {(?:data|information)\\b}',
    '{(?:find|found)} out ~4 {(?:what|which|whether)} ~6 {(?:data|information)\\b}',
  ],
  rectification: [
    'требова* ~5 ' + FIX_RU,
    'право на ~2 {(?:исправлени|уточнени|удалени|уничтожени|блокировани|изменени|забвени)[a-zа-я]*}',
    '{(?:уточн|исправ|удал|уничтож|изменит|обнов|актуализ|корректир)[a-zа-я]*} ~3 ' + DATA_RU,
    // «актуализировать их», «уточнить свои» — the data named just before
    '{(?:уточн|исправ|актуализир|обнов)[a-zа-я]*} {(?:их|свои)}',
    // «уточнения, блокирования или уничтожения» — two of the triad together
    '{(?:уточнени|исправлени)[a-zа-я]*} ~3 блокировани*',
    'блокировани* ~3 {(?:уничтожени|удалени)[a-zа-я]*}',
    'удал* ~3 {(?:аккаунт|учетн|профил)[a-zа-я]*}',
    'внес* ~2 {(?:изменени|исправлени|уточнени)[a-zа-я]*} ~3 ' + DATA_RU,
    '{(?:make|making)} ~2 {(?:changes|corrections|amendments)} ~4 ' + DATA_EN,
    // EN
    '{(?:request|demand|ask|require)[a-zа-я]*} ~5 ' + FIX_EN,
    'right to ~2 {(?:rectif|correct|eras|delet|be)[a-zа-я]*}',
    'right of ~2 {(?:rectif|correct|eras|delet)[a-zа-я]*}',
    FIX_EN + ' ~4 ' + DATA_EN,
    '{(?:have|get)} ~3 ' + DATA_EN + ' ~3 ' + FIX_EN,
    '{(?:clarif|correct|rectif)[a-zа-я]*} ~3 block*',
    'block* ~3 {(?:destr|delet|eras)[a-zа-я]*}',
  ],
  'withdraw-consent': [
    'отозва* ~4 согласи*',
    'отзыв* ~3 согласи*',
    'согласи* ~6 {отозва[a-zа-я]*}',
    'согласи* ~6 отзыва*',
    'отказ* от ~2 согласи*',
    '{(?:withdraw|revok|revoc|retract)[a-zа-я]*} ~4 consent*',
    'consent* ~6 {(?:withdraw|revok|revoc|retract)[a-zа-я]*}',
  ],
  appeal: [],
  cessation: [
    'требова* ~4 прекращени* ~3 обработк*',
    'прекрат* ~3 обработк*',
    'прекращени* ~3 обработк*',
    'возраж* ~3 против ~3 обработк*',
    '{(?:demand|request|requir)[a-zа-я]*} ~4 {(?:cessation|stop|end|termination|restriction)[a-zа-я]*} ~4 {process[a-zа-я]*}',
    '{(?:stop|cease|restrict)[a-zа-я]*} ~3 {process[a-zа-я]*}',
    'object* to ~3 {process[a-zа-я]*}',
    'right to object',
  ],
  'marketing-opt-out': [
    'отказ* ~4 {(?:рассылк|рекламн|маркетингов|информационн|уведомлени)[a-zа-я]*}',
    'отпис*',
    'unsubscrib*',
    'opt out ~6 {(?:marketing|newsletter|mailing|advertis|promotional|communication)[a-zа-я]*}',
    'opt-out',
    'продвижени* ~3 товаров ~8 {(?:прекрат|отказ)[a-zа-я]*}',
  ],
  'automated-decisions': [
    'возражени* ~8 {(?:автоматизированн|решени)[a-zа-я]*}',
    'исключительно автоматизированн* обработк*',
    'object* ~8 automated',
    'solely ~3 automated',
  ],
  compensation: [
    'возмещени* ~2 убытк*',
    'компенсац* ~2 морального вреда',
    'compensation ~4 {(?:damage|loss|moral|harm)[a-zа-я]*}',
    'moral damage*',
  ],
  'protect-rights': [
    'меры по защите своих прав',
    'принимать ~2 {предусмотренн[a-zа-я]*} ~2 закон* меры',
    'measures ~4 to protect ~2 {(?:their|his|her|your)} rights',
  ],
  portability: ['переносимост*', 'portability'],
};

/**
 * Phrases that state a right by themselves, without a frame: «право на отзыв согласия», "consent
 * may be withdrawn", "to withdraw your consent, write to …", and every appeal against the operator
 * to Roskomnadzor or a court. They are still not the subject's when the operator is the actor.
 */
export const STATED_RIGHT_PHRASES: Partial<Record<RightKind, readonly string[]>> = {
  access: [
    'право на ~2 {(?:доступ|получени|ознакомлени)[a-zа-я]*}', 'right of access', 'right to ~2 {(?:access|obtain|receive|information)[a-z]*}',
  ],
  rectification: [
    'право на ~2 {(?:исправлени|уточнени|удалени|уничтожени|блокировани|забвени)[a-zа-я]*}', 'right to ~2 {(?:rectif|correct|eras|delet|be forgotten)[a-z]*}', 'right of ~2 {(?:rectif|correct|eras)[a-z]*}',
  ],
  'withdraw-consent': [
    'согласи* ~8 {(?:может|могут)} быть {(?:отозван|отозвано|отозваны|отозвана)}', 'согласи* ~8 отзывает*',
    'для отзыва ~3 согласи*', 'отзыв* ~2 согласи* ~6 {(?:осуществля|производ|оформля|направля|возможен|допускается)[a-zа-я]*}', 'право на отзыв* ~3 согласи*', 'право отозвать',
    'consent* ~8 {(?:may|can|could)} be {(?:withdrawn|revoked)}', 'consent* ~4 {(?:revocable|withdrawable)}', 'to {(?:withdraw|revoke)} ~3 consent*',
    '{(?:withdrawal|revocation)} of ~3 consent* ~6 {(?:may|can|is|shall)} be {(?:made|sent|submitted|done|effected)}', 'right to {(?:withdraw|revoke)}',
  ],
  appeal: [
    'обжал* ~12 {(?:роскомнадзор|ркн|уполномочен|суд|судебн)[a-zа-я]*}',
    'обжал* ~12 федеральн* служб* ~2 по надзору',
    '{(?:жалоб|обжаловани|пожалова)[a-zа-я]*} ~8 {(?:роскомнадзор|ркн|уполномочен|суд|судебн)[a-zа-я]*}',
    'обрат* ~6 {(?:роскомнадзор|ркн)[a-zа-я]*}',
    'обрат* ~4 {уполномочен[a-zа-я]*} орган* ~2 по защите',
    'обрат* ~3 в ~2 суд*',
    '{(?:защищ|защит)[a-zа-я]*} ~3 {(?:сво|ег|их)[a-zа-я]*} ~2 прав* ~18 {(?:суд|судебн|роскомнадзор|уполномочен)[a-zа-я]*}',
    'обращ* ~3 в ~2 {(?:суд|роскомнадзор|ркн|уполномочен)[a-zа-я]*}',
    'судебн* защит*', 'judicial protection', '{(?:seek|claim)[a-z]*} ~3 {(?:remedy|remedies|redress)} ~4 {(?:court|courts|roskomnadzor)\\b}',
    '{(?:appeal|challeng|contest)[a-zа-я]*} ~12 {(?:roskomnadzor|rkn|authori[sz]ed|court|courts|judicial)\\b}',
    '{(?:appeal|challeng|contest|complain)[a-zа-я]*} ~12 federal service for supervision',
    '{complain[a-zа-я]*} ~8 {(?:roskomnadzor|rkn|authori[sz]ed|court|courts)\\b}',
    '{(?:appl|turn|go|petition|refer)[a-zа-я]*} ~4 {(?:to|with)} ~3 {(?:roskomnadzor|rkn|court|courts)\\b}',
    '{(?:lodg|fil|submit|send)[a-zа-я]*} ~3 {(?:complaint|claim|appeal|lawsuit)[a-zа-я]*} ~6 {(?:roskomnadzor|rkn|authori[sz]ed|court|courts)\\b}',
    'protect ~3 {(?:their|his|her|your)} rights ~6 {(?:court|courts|judicial|roskomnadzor)\\b}',
  ],
};

/**
 * A frame that grants something: «вправе», «имеет право», «может», "has the right", "may".
 * Whose right it is comes from the actor before it (ACTOR_OPERATOR / ACTOR_SUBJECT).
 */
export const FRAME = [
  'вправе', '=праве', 'имеет право', 'имеют право', 'имеете право', 'обладает ~2 {(?:право|права|правом|правами)}', 'наделен* ~2 {(?:право|права|правом|правами)}',
  '=право на', '=права на', '=правом на', 'может', 'могут', 'можете', 'сможет', 'смогут', 'вы можете',
  'right to', 'rights to', 'right of', 'the right', 'entitled', '=may', '=can', 'is able', 'are able',
];
/** Modal frames ("may", «может») grant a right only with the subject named before them. */
export const MODAL_FRAME = /^(?:может|могут|можете|сможет|смогут|вы\s+можете|may|can|is\s+able|are\s+able)$/u;

/** Frames that name the subject themselves: «по требованию субъекта», "upon the user's request". */
export const SUBJECT_FRAME = [
  'право субъект*', 'права субъект*', 'правами субъект*', 'право пользовател*', 'права пользовател*',
  'по {(?:требовани|запрос|заявлени|обращени)[a-zа-я]*} ~2 {(?:субъект|пользовател|клиент|посетител|заявител)[a-zа-я]*}',
  'на основании ~2 {(?:запрос|обращени|требовани|заявлени)[a-zа-я]*} ~2 {(?:субъект|пользовател)[a-zа-я]*}',
  '{(?:upon|at|on)} ~3 {(?:subject|user|customer|visitor|client)[a-zа-я]*} ~2 {(?:request|demand)[a-zа-я]*}',
  '{(?:upon|at|on)} the request of ~3 {(?:subject|user|customer|visitor|client)[a-zа-я]*}',
  'your rights', 'ваши права', 'subject* rights', '{(?:subject|user)[a-zа-я]*} ~2 right to',
];

/** A reference to a subject's request in an operator's duty: the duty answers a right. */
export const REQUEST_REF = [
  'по ~2 {(?:требовани|запрос|заявлени|обращени)[a-zа-я]*}', 'на основании ~2 {(?:запрос|обращени|требовани)[a-zа-я]*}',
  'получени* ~2 {(?:запрос|обращени|требовани)[a-zа-я]*}', 'в случае ~2 {(?:обращени|запрос)[a-zа-я]*}',
  '{(?:upon|on|at)} ~3 request*', 'receipt of ~3 request*', 'request* of the ~3 {(?:subject|user)[a-zа-я]*}',
];

/** Negations that cancel a frame right before it: «не вправе», "may not", "cannot". */
export const FRAME_NEGATION = fastRegExp(String.raw`(?<![\p{L}])(?:не|not|cannot|no)\s*$`, 'u');
export const FRAME_NEGATION_AFTER = fastRegExp(String.raw`^\s*(?:not|never)(?![\p{L}])`, 'u');

/** Who holds the right: the operator's side … */
export const ACTOR_OPERATOR = [
  'оператор*', 'компани*', 'обществ*', 'администраци*', 'исполнител*', 'правообладател*', 'владел* ~2 сайт*', '=мы', '=нам',
  'operator*', 'company', '=companies', 'administration', 'controller', '=we', '=us', 'service provider', 'processor*', 'the developer',
];
/** … or the data subject's. */
export const ACTOR_SUBJECT = [
  'субъект*', 'пользовател*', 'клиент*', 'посетител*', 'заявител*', 'покупател*', 'заказчик*', 'работник*', '=вы', '=вам',
  'subject*', 'user*', 'visitor*', 'customer*', 'client*', 'individual*', 'applicant*', 'employee*', '=you', 'end user*',
];

/** Operator duties («обязан», "shall"): their items state the subject's right only with REQUEST_REF. */
export const DUTY = ['обязан*', 'обязуется', 'обязуются', '=must', '=shall', 'obliged', 'obligated', 'undertake*'];

/** A right stated only in general terms: the subject has rights, but which is not said. */
export const GENERIC_RIGHTS = [
  'имеет право', 'имеют право', 'имеете право', 'вправе', 'ваши права', 'права, предусмотренн*',
  'has the right', 'have the right', 'is entitled', 'are entitled', 'your rights',
];
/** Data or processing, the subject matter a generic right must be about. */
export const DATA_CONTEXT = ['персональн*', 'данн*', 'обработк*', 'информаци*', 'personal', 'data', 'processing', 'information', 'privacy'];

/** Words that make a generic "rights" mention something else: «права и свободы» in a ground of processing. */
export const NOT_A_RIGHTS_STATEMENT = ['права и свободы', 'прав и свобод', 'rights and freedoms', 'rights and legitimate interests', 'права и законные интересы', 'прав и законных интересов'];

/**
 * An authority that is not Roskomnadzor (docs/law.md (Rights)): "supervisory authority", "ICO",
 * «надзорный орган». An appeal only there is not the appeal of 152-FZ art. 17.
 */
export const FOREIGN_AUTHORITY = [
  'supervisory authorit*', 'data protection authorit*', 'data protection regulator', '=ico', '=cnil', '=edpb', 'information commissioner*',
  'надзорн* орган*', 'надзорн* {(?:ведомств|учреждени)[a-zа-я]*}',
];

/** Heading words of a section on rights (the subject's, unless only the operator is named). */
export const RIGHTS_HEADING = fastRegExp(String.raw`(?<![\p{L}])(?:права|право|прав|правах|правами|rights?|entitlements)(?![\p{L}])`, 'u');
export const OPERATOR_HEADING = fastRegExp(String.raw`(?<![\p{L}])(?:оператор\p{L}*|компани\p{L}*|обществ\p{L}*|operator\p{L}*|company|controller)(?![\p{L}])`, 'u');
export const SUBJECT_HEADING = fastRegExp(String.raw`(?<![\p{L}])(?:субъект\p{L}*|пользовател\p{L}*|сторон\p{L}*|клиент\p{L}*|посетител\p{L}*|subjects?|users?|your|parties|individuals?|customers?)(?![\p{L}])`, 'u');

/** Human names of the core rights, for messages (both languages, with the article). */
export const RIGHT_LABELS: Record<CoreRight, { en: string; ru: string }> = {
  access: {
    en: 'to obtain information about the processing of their personal data (152-FZ art. 14 parts 1 and 7)',
    ru: 'на получение информации, касающейся обработки его персональных данных (ч. 1 и 7 ст. 14 152-ФЗ)',
  },
  rectification: {
    en: 'to demand that the operator clarify, block or destroy the data (152-FZ art. 14 part 1, art. 21)',
    ru: 'требовать уточнения, блокирования или уничтожения персональных данных (ч. 1 ст. 14, ст. 21 152-ФЗ)',
  },
  'withdraw-consent': {
    en: 'to withdraw consent to the processing (152-FZ art. 9 part 2)',
    ru: 'отозвать согласие на обработку персональных данных (ч. 2 ст. 9 152-ФЗ)',
  },
  appeal: {
    en: "to appeal against the operator's actions or inaction to Roskomnadzor (the authorised body) or in court (152-FZ art. 17)",
    ru: 'обжаловать действия или бездействие оператора в Роскомнадзор (уполномоченный орган) или в суд (ст. 17 152-ФЗ)',
  },
};

/** Wording to add, per right, in the document's language (suggestions). */
export const RIGHT_SUGGESTIONS: Record<CoreRight, { en: string; ru: string }> = {
  access: {
    en: 'The data subject has the right to receive information concerning the processing of their personal data, including confirmation of the processing, its legal grounds, purposes and methods, and the periods of processing and storage.',
    ru: 'Субъект персональных данных имеет право на получение информации, касающейся обработки его персональных данных, в том числе подтверждения факта обработки, правовых оснований, целей и способов обработки, сроков обработки и хранения.',
  },
  rectification: {
    en: 'The data subject may demand that the Operator clarify, block or destroy their personal data if the data is incomplete, outdated, inaccurate, unlawfully obtained or not necessary for the stated purpose of processing.',
    ru: 'Субъект персональных данных вправе требовать от Оператора уточнения его персональных данных, их блокирования или уничтожения, если персональные данные являются неполными, устаревшими, неточными, незаконно полученными или не являются необходимыми для заявленной цели обработки.',
  },
  'withdraw-consent': {
    en: 'The data subject may withdraw their consent to the processing of personal data at any time by sending a notice to the Operator.',
    ru: 'Субъект персональных данных вправе в любой момент отозвать согласие на обработку персональных данных, направив Оператору соответствующее заявление.',
  },
  appeal: {
    en: "The data subject may appeal against the Operator's actions or inaction to the authorised body for the protection of the rights of personal data subjects (Roskomnadzor) or in court.",
    ru: 'Субъект персональных данных вправе обжаловать действия или бездействие Оператора в уполномоченный орган по защите прав субъектов персональных данных (Роскомнадзор) или в судебном порядке.',
  },
};
