import { fastRegExp } from '../../src/core/match.js';
/**
 * Durations in Russian and English policies: number words, units, bounds, terminating events,
 * vague and unbounded phrases, and the cues that tell what a duration is about. Data only; the
 * extractor (rules/extract/durations.ts) compiles it once. Everything is matched on doc.lower
 * (lower-cased, ё→е, NBSP→space). Regex sources are written so that no unbounded quantifier is
 * nested inside another (linear time on any input).
 */

export type DurationUnit = 'hour' | 'day' | 'week' | 'month' | 'year';
export type DayKind = 'calendar' | 'working' | 'unspecified';
export type Bound = 'max' | 'min' | 'exact';

/** What a duration is about, from its context. */
export type DurationTopic =
  | 'retention'
  | 'destruction'
  | 'subject-request'
  | 'regulator-request'
  | 'rectification'
  | 'cessation'
  | 'incident'
  | 'repeat-request'
  | 'automated-decision'
  | 'policy-validity'
  | 'consent-validity'
  | 'payment'
  | 'other';

// ---------------------------------------------------------------------------------------------
// Numbers

/** Number words, every case form, with their value. 'mult' words multiply ("one hundred"). */
const RU_NUMBER_WORDS: [string, number][] = [
  ['один одного одному одним одном одна одной одну одно одни одних', 1],
  ['два двух двум двумя две', 2],
  ['три трех трем тремя', 3],
  ['четыре четырех четырем четырьмя', 4],
  ['пять пяти пятью', 5],
  ['шесть шести шестью', 6],
  ['семь семи семью', 7],
  ['восемь восьми восемью', 8],
  ['девять девяти девятью', 9],
  ['десять десяти десятью', 10],
  ['одиннадцать одиннадцати', 11],
  ['двенадцать двенадцати', 12],
  ['тринадцать тринадцати', 13],
  ['четырнадцать четырнадцати', 14],
  ['пятнадцать пятнадцати', 15],
  ['шестнадцать шестнадцати', 16],
  ['семнадцать семнадцати', 17],
  ['восемнадцать восемнадцати', 18],
  ['девятнадцать девятнадцати', 19],
  ['двадцать двадцати двадцатью', 20],
  ['тридцать тридцати тридцатью', 30],
  ['сорок сорока', 40],
  ['пятьдесят пятидесяти', 50],
  ['шестьдесят шестидесяти', 60],
  ['семьдесят семидесяти', 70],
  ['восемьдесят восьмидесяти', 80],
  ['девяносто девяноста', 90],
  ['сто ста', 100],
  ['двести двухсот', 200],
  ['триста трехсот', 300],
  ['четыреста четырехсот', 400],
  ['пятьсот пятисот', 500],
  ['шестьсот шестисот', 600],
  ['семьсот семисот', 700],
  ['восемьсот восьмисот', 800],
  ['девятьсот девятисот', 900],
  ['полутора полтора', 1.5],
];

const EN_NUMBER_WORDS: [string, number][] = [
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
];

/** word → value; "hundred" is handled as a multiplier. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [...RU_NUMBER_WORDS, ...EN_NUMBER_WORDS].flatMap(([forms, v]) => forms.split(' ').map((f) => [f, v] as [string, number])),
);
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([['hundred', 100]]);

const wordAlternation = [...NUMBER_WORDS.keys(), ...MULTIPLIER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
/** One number word (whole word). */
export const NUMBER_WORD = `(?:${wordAlternation})(?![\\p{L}])`;
/** Up to four number words: "двадцати четырех", "one hundred and eighty", "twenty-four". */
export const NUMBER_WORDS_SOURCE = `${NUMBER_WORD}(?:[ \\-]{1,3}(?:and )?${NUMBER_WORD}){0,3}`;
/** Digits, with an optional decimal part and Russian case endings ("3-х", "10-ти"). */
export const NUMBER_DIGITS = `\\d{1,4}(?:[.,]\\d{1,2})?(?:-?(?:х|ти|ми|ух|ех|и)(?![\\p{L}]))?`;

// ---------------------------------------------------------------------------------------------
// Units and kinds of days

/** Unit words. Order matters only for readability; each alternative ends at a word boundary. */
export const UNIT_SOURCE = [
  'дн(?:ей|я|ю|ем|ях|и|ям|ями)',
  'день',
  'сут(?:ок|ки|кам|ками)',
  'недел(?:я|и|ю|ь|ям|ями|ях|е|ей)',
  'месяц(?:а|ев|у|ем|ам|ами|ах|е|ы)?',
  'мес\\.?',
  'дн\\.',
  'год(?:а|у|ом|ы|ам|ами|ах|е)?',
  'лет',
  'час(?:а|ов|у|ам|ами|ах)?',
  'hours?',
  'hrs?',
  // "72h", "24 h". Not «ч.»: in «п. 3 ч. 1 ст. 6» it is «часть», not hours.
  'h',
  'days?',
  'work ?days?',
  'weeks?',
  'months?',
  'years?',
  'yrs?',
].join('|');

/** Hyphenated adjectives: "30-day", «30-дневный», «5-летний». */
export const UNIT_ADJECTIVE_SOURCE = '(?:дневн|суточн|недельн|месячн|летн|годичн|часов)\\p{L}{0,4}';

export function unitOf(word: string): DurationUnit | undefined {
  const w = word.replace(/\.$/, '').replace(/^work ?/, '');
  if (/^(?:дн|день|сут|day|дневн|суточн)/.test(w)) return 'day';
  if (/^(?:недел|week)/.test(w)) return 'week';
  if (/^(?:месяц|мес|month|месячн)/.test(w)) return 'month';
  if (/^(?:год|лет|year|yr|летн|годичн)/.test(w)) return 'year';
  if (/^(?:час|hour|hr|h$)/.test(w)) return 'hour';
  return undefined;
}

/** Russian compound adjectives: «в десятидневный срок», «тридцатидневный», «трёхмесячный», «пятилетний». */
export const COMPOUND_PREFIXES: ReadonlyMap<string, number> = new Map([
  ['одно', 1], ['двух', 2], ['трех', 3], ['четырех', 4], ['пяти', 5], ['шести', 6], ['семи', 7], ['восьми', 8], ['девяти', 9],
  ['десяти', 10], ['четырнадцати', 14], ['пятнадцати', 15], ['двадцати', 20], ['тридцати', 30], ['сорока', 40], ['шестидесяти', 60], ['девяносто', 90],
]);
export const COMPOUND_SOURCE = `(${[...COMPOUND_PREFIXES.keys()].sort((a, b) => b.length - a.length).join('|')})(дневн|месячн|летн|годичн|часов)\\p{L}{0,4}`;

/** "рабочих", "календарных", "working", "business", "calendar" (and abbreviations), before the unit. */
export const DAY_KIND_SOURCE = '(?:рабоч\\p{L}{0,4}|раб\\.|календарн\\p{L}{0,4}|календ\\.|кал\\.|working|business|buisness|bussiness|banking|calendar|calender|clear)';

export function dayKindOf(word: string | undefined, unit?: string): DayKind {
  if (unit && /^work ?day/.test(unit)) return 'working';
  if (!word) return 'unspecified';
  if (/^(?:раб|working|business|buisness|bussiness|banking)/.test(word)) return 'working';
  return 'calendar';
}

/** Between two numbers of a range: "180 or 365 days", «от 3 до 5 лет», "3–5 years". */
export const RANGE_SEPARATOR = '(?:\\s?[-–—]\\s?|\\s(?:or|to|или|до)\\s)';

/**
 * A duration word without a number, meaning one: «в течение месяца», "within a month", «полгода».
 * Group 1: the unit word.
 */
export const IMPLICIT_ONE_SOURCE = [
  // Russian: an introducer, optionally "одного"/"календарного", then a singular unit.
  `(?:в течени[еия]|на протяжении|не более|не позднее|не менее|не ранее|в срок до|через|до|свыше|по истечении|истечении)(?: (?:одного|одной|одну|календарного|календарной|календарный|целого|целой))? (месяца|месяц|года|год|недели|неделю|суток|сутки|полугода|полгода)(?![\\p{L}])`,
  `(?:в течени[еия]|на протяжении) (?:одного |календарного |рабочего )?(дня|часа)(?![\\p{L}])`,
  // English: an introducer, "a"/"an", then a unit.
  `(?:within|for|after|up to|at least|at most|no more than|not more than|no later than|not later than|no longer than|not longer than|over|of|in|exceed|exceeding|than) (?:a|an|one single|a single|a calendar|one calendar) (hour|day|week|month|year|calendar month|calendar year|business day|working day)(?![\\p{L}])`,
  // Half a year.
  `(полугода|полгода|half a year|six months' time)(?![\\p{L}])`,
].join('|');

// ---------------------------------------------------------------------------------------------
// Bounds: what comes right before the number.

/** Before a duration, anchored at the end of the preceding text: an upper bound. */
export const MAX_BEFORE =
  fastRegExp(String.raw`(?:не более(?: чем)?(?: на)?|не позднее(?: чем)?(?: через)?|не дольше(?: чем)?|не превыша\p{L}{0,6}|в течени[еия](?: не более(?: чем)?)?|в срок(?: до)?|в срок,? не превыша\p{L}{0,6}|в пределах|сроком до|до|максимум|максимально|within(?: (?:no|not) more than)?|(?:no|not) (?:more|later|longer) than|up to|not exceeding|at (?:the )?most|maximum(?: of)?|a maximum of|in no more than)[\s,:(«"“]*$`, 'u');
/** Before a duration: a lower bound. */
export const MIN_BEFORE =
  /(?:(?<!(?:не|no|not) )(?:более(?: чем)?|свыше|больше(?: чем)?|longer than|more than|in excess of|over)|не менее(?: чем)?|не ранее(?: чем)?(?: через)?|не раньше(?: чем)?(?: через)?|минимум|как минимум|по крайней мере|at least|(?:no|not) (?:less|fewer|earlier|sooner) than|minimum(?: of)?|a minimum of|for a minimum of)[\s,:(«"“]*$/u;
/** After a duration: "30 days or more", "or longer". */
export const MIN_AFTER = fastRegExp(String.raw`^\s*(?:или более|и более|или дольше|и дольше|or more|or longer|and more|at least)(?![\p{L}])`, 'u');

// ---------------------------------------------------------------------------------------------
// Unbounded, terminating events, vague periods, immediate answers

/** Storage with no end: "indefinitely", «бессрочно», «без ограничения срока». */
export const UNBOUNDED_SOURCE = [
  'indefinitely',
  'permanently',
  'perpetually',
  'in perpetuity',
  'forever',
  'for an? (?:unlimited|indefinite|unspecified|undetermined) (?:period|time|term|duration)(?: of time)?',
  'without (?:any )?(?:a )?(?:time limit(?:ation)?s?|limitation (?:of|on|in) (?:the )?(?:term|period|time|duration))',
  'with no time limit',
  'for no fixed (?:period|term)',
  'бессрочн\\p{L}{0,4}',
  'без ограничени[яй] (?:по )?срок\\p{L}{0,3}',
  'без ограничени[яй] (?:во|по) времени',
  'без указания срока',
  'на (?:неопределенн|неограниченн)\\p{L}{0,4} (?:срок|время|период)',
  '(?:неопределенн|неограниченн)\\p{L}{0,4} (?:срок\\p{L}{0,3}|время|период\\p{L}{0,3})',
  // «Срок обработки персональных данных является неограниченным», "the retention period is unlimited".
  '(?<=срок\\p{L}{0,3}(?: \\p{L}+){0,5} )(?:неограниченн|неопределенн)\\p{L}{0,4}',
  '(?<=(?:period|term)(?: \\p{L}+){0,5} )(?:unlimited|indefinite|unrestricted)',
  'навсегда',
  'вечно',
  // «постоянно хранятся», «хранятся постоянно», «постоянное хранение»: the phrase is the adverb.
  'постоянно(?= хран)',
  '(?<=хран\\p{L}{0,6} )постоянно',
  'постоянн\\p{L}{0,2}(?= хранени)',
].join('|');

/**
 * Storage with no end said as a refusal to delete: «я не обязан её удалять», "we never delete your
 * posts". Not an exception («не обязан удалять, если хранение требуется законом»): a condition after
 * the verb in the same clause makes it one.
 */
export const NO_DELETION_SOURCE = [
  '(?:не|ни) (?:обязан\\p{L}{0,2}|обязуемся|обязуется|будем|будет|станем|собираемся) (?:\\p{L}+ ){0,2}?(?:удалять|уничтожать|стирать)',
  'никогда не (?:удаля|уничтожа|стира)\\p{L}{0,4}',
  "(?:am|are|is) not (?:obliged|obligated|required|going) to (?:delete|erase|destroy|remove)",
  "(?<=(?:we|i) )(?:never|don't|do not|won't|will not) (?:ever )?(?:delete|erase|destroy)",
  '(?:is|are) never (?:deleted|erased|destroyed)',
].join('|');
/** After a refusal to delete, a condition makes it an exception, not a refusal. */
export const NO_DELETION_CONDITION = fastRegExp(String.raw`^[^.;!?]{0,80}?(?<![\p{L}])(?:если|когда|в случа\p{L}*|пока|кроме|без|if|when|unless|where|until|while|except|without|by law|законом|закону)(?![\p{L}])`, 'u');

export type EventKind = 'account' | 'consent' | 'contract' | 'use' | 'user-action' | 'service' | 'completion';

/** Terminating events ("until the account is deleted", «до отзыва согласия»), by kind. */
export const EVENT_SOURCES: [EventKind, string][] = [
  [
    'consent',
    [
      "(?:until|till) (?:the )?(?:user |you |the (?:data )?subject )?(?:withdraws?|revokes?|withdrawal of|revocation of|revoking|withdrawing) (?:of )?(?:(?:his|her|their|your|the|its) )?consent",
      '(?:until|till) (?:the )?consent (?:is|has been) (?:withdrawn|revoked)',
      '(?:until|till) (?:the )?(?:withdrawal|revocation) of (?:the )?consent',
      'до (?:момента )?(?:его |ее |их )?(?:отзыва|отозвания)(?: (?:субъектом|пользователем)(?: персональных данных)?)?(?: (?:своего |данного |настоящего )?согласия)?',
      'до (?:момента )?(?:получения|поступления) (?:оператором )?отзыва(?: согласия)?',
    ].join('|'),
  ],
  [
    'account',
    [
      "(?:until|till) (?:the |your |his |her |their )?(?:user(?:'s|’s) |developer(?:'s|’s) |customer(?:'s|’s) )?(?:account|profile) (?:is |has been )?(?:deleted|closed|removed|terminated|deactivated)",
      '(?:until|till|before) (?:the )?(?:deletion|closure|removal|termination|deactivation) of (?:the |your |their |his |her )?(?:user(?:\'s|’s) )?(?:account|profile)',
      '(?:until|till) account (?:deletion|closure|removal)',
      "for the (?:entire )?(?:duration|lifetime|life|existence|term|period) of (?:the |your |their |his |her )?(?:user(?:'s|’s) |developer(?:'s|’s) |customer(?:'s|’s) )?(?:account|profile|subscription|registration)",
      '(?:while|as long as) (?:the |your |their )?(?:account|profile|subscription) (?:is active|exists|remains active|is open|is maintained)',
      'до (?:момента )?удаления (?:пользователем |субъектом )?(?:своей |его |ее )?(?:учетной записи|аккаунта|профиля|личного кабинета)',
      '(?:в течени[еия]|на) (?:всего )?(?:срок\\p{L}{0,2}|период\\p{L}{0,2}|времени) (?:существования|действия|использования|наличия) (?:учетной записи|аккаунта|профиля|личного кабинета|подписки|регистрации)',
      '(?:пока|до тех пор,? пока) (?:существует |активн\\p{L}{0,3} )?(?:учетная запись|аккаунт|профиль|личный кабинет)',
      'после (?:удаления|закрытия|деактивации) (?:пользователем )?(?:своей |его |ее )?(?:учетной записи|аккаунта|профиля|личного кабинета)',
      "after (?:the )?(?:user(?:'s|’s) )?(?:account |profile )?(?:deletion|closure|deactivation)(?: of (?:the |your |their )?(?:account|profile))?",
      '(?:after|once) (?:the |your |their )?(?:account|profile) (?:is|has been) (?:deleted|closed|deactivated)',
    ].join('|'),
  ],
  [
    'contract',
    [
      '(?:for|during) (?:the )?(?:entire )?(?:term|duration|period|validity|life) of (?:the |this |our |your |any )?(?:contract|agreement|offer|licen[cs]e|contractual relationship|relationship|user agreement)',
      '(?:until|till) (?:the )?(?:termination|expiry|expiration|end|performance) of (?:the |this |our |your )?(?:contract|agreement|contractual relationship|relationship)',
      '(?:в течени[еия]|на) (?:всего )?(?:срок\\p{L}{0,2}|период\\p{L}{0,2}) (?:действия|исполнения) (?:договора|соглашения|оферты|лицензии|лицензионного соглашения|пользовательского соглашения)',
      'до (?:момента )?(?:прекращения|расторжения|истечения срока действия|окончания срока действия|окончания действия|истечения|исполнения|окончания) (?:действия )?(?:договора|соглашения|договорных отношений|оферты)',
    ].join('|'),
  ],
  [
    'use',
    [
      '(?:after|once|when) (?:the )?(?:user |you )(?:stops?|ceases?|finish(?:es)?|end) (?:using|to use)',
      '(?:from|after|since) (?:the (?:date|moment|time) of )?(?:the |your )?(?:last|latest) (?:activity|login|log-in|log in|sign-in|use|visit|access)',
      '(?:while|as long as) (?:you|the user) (?:use|uses|are using|is using|continue to use|continues to use)',
      '(?:for|during) the (?:entire )?(?:period|time) of (?:use|using)',
      '(?:с момента|с даты|после) (?:последней|последнего) (?:активности|входа|авторизации|посещения|использования|обращения)',
      'после прекращения (?:использования|пользования)',
      '(?:в течени[еия]|на) (?:всего )?(?:срок\\p{L}{0,2}|период\\p{L}{0,2}|времени) (?:использования|пользования)',
      'до (?:момента )?прекращения (?:использования|пользования)',
      '(?:пока|до тех пор,? пока) (?:вы|пользователь|клиент|субъект) (?:пользует\\p{L}{0,3}|использует\\p{L}{0,3}|остает\\p{L}{0,3} (?:нашим )?(?:клиентом|пользователем|подписчиком|участником))',
    ].join('|'),
  ],
  [
    'user-action',
    [
      '(?:until|till) (?:the )?(?:user|you|they|he or she|the (?:data )?subject|the customer|the developer) (?:clears?|unlinks?|unsubscribes?|deletes?|removes?|disconnects?|opts? out|requests? (?:deletion|erasure))',
      '(?:deleted|removed|destroyed|erased) (?:upon|on|when|after|once) (?:the )?(?:user|you|account|card|unlinking|unsubscrib\\p{L}{0,3}|deletion|disconnect\\p{L}{0,3}|request)',
      '(?:for the period )?while (?:the )?(?:stored )?(?:card|token|subscription|integration) (?:is|remains) (?:associated|linked|connected|active)',
      'до (?:момента )?(?:удаления|очистки|отключения|отвязки) (?:их |его |ее )?(?:пользователем|субъектом)',
      'до (?:момента )?(?:отписки|отказа от рассылки)',
    ].join('|'),
  ],
  [
    // The service or access the data serves is still on: «пока активна подписка», "while access is valid".
    'service',
    [
      "(?:while|as long as|for as long as) (?:the |your |their |his |her |an? )?(?:access|subscription|licen[cs]e|membership|account|contract|agreement|booking|order|service|integration|bot)(?: \\p{L}+){0,2} (?:is|are|remains?|stays?) (?:valid|active|in (?:force|effect)|open|current|connected|installed)",
      '(?:пока|до тех пор,? пока) (?:(?:активн|действ|действительн|открыт|подключен|оплачен)\\p{L}{0,4} )(?:(?:ваш|его|ее|их)\\p{L}{0,2} )?(?:подписк|доступ|лицензи|членств|абонемент|договор|соглашени|заказ|аккаунт|учетн\\p{L}{0,3} запис|интеграци|бот)\\p{L}{0,4}',
      '(?:пока|до тех пор,? пока) (?:(?:ваш|его|ее|их)\\p{L}{0,2} )?(?:подписк|доступ|лицензи|членств|абонемент|договор|соглашени|заказ|аккаунт|интеграци|бот)\\p{L}{0,4} (?:остается |остаются )?(?:активн|действ|действительн|открыт|подключен|оплачен)\\p{L}{0,4}',
      // «не дольше, чем Бот является участником сервера»: bounded by a state, not by «необходимо».
      'не дольше,? чем (?!(?:этого |это |того |то )?(?:требу|необходим|нужн|предусмотрен|установлен|разумн))(?:[\\p{L}-]+ ){1,4}(?:является|являются|остается|остаются|существует|существуют|действует|действуют|активн\\p{L}{0,3}|подключен\\p{L}{0,2})',
    ].join('|'),
  ],
  [
    // A one-off event the data was collected for is over: «удаляется после окончания мероприятия», «удаляются после выдачи отчёта».
    'completion',
    [
      '(?:после|по) (?:окончани|завершени|проведени|окончательного завершения)\\p{L}{0,2} (?:мероприяти|акци|конкурс|розыгрыш|курс|обучени|программ|проект|событи|вебинар|консультаци|сеанс|поездк|тур|экскурси|заняти|игр|турнир|опрос|исследовани|диагностик|стажировк|отбор)\\p{L}{0,3}',
      '(?<=(?:удаля|удален|уничтожа|уничтожен|стира|стерт|обезличива)\\p{L}{0,6} (?:сразу )?)после (?:его |ее |их )?(?:выдачи|отправки|формирования|направления|доставки|исполнения|выполнения|оказания)(?: (?:\\p{L}+ ){0,2}?(?:отчет|результат|заказ|услуг|ответ|сертификат|документ)\\p{L}{0,3})?',
      '(?:after|once|when) (?:the )?(?:event|course|contest|competition|giveaway|webinar|conference|trip|tour|programme|program|project|survey|study|session|consultation|campaign)s? (?:is |has )?(?:over|ended|ends|finished|finishes|completed|concluded|closes|closed|been (?:held|completed))',
      '(?:after|at|until|till) the end of the (?:event|course|contest|competition|giveaway|webinar|conference|trip|tour|programme|program|project|survey|study|session|campaign|season|shift)',
      '(?:until|till) the (?:event|course|contest|competition|giveaway|webinar|conference|trip|tour|programme|program|project|campaign|season) (?:ends|is over|has ended|closes)',
      'до (?:конца|окончания|завершения) (?:мероприятия|смены|курса|обучения|программы|проекта|акции|конкурса|розыгрыша|сезона|учебного года|поездки|тура|стажировки)',
      '(?<=(?:deleted|removed|destroyed|erased|discarded) (?:immediately )?)(?:after|once) (?:the |your )?(?:report|result|results|order|answer|reply|certificate|document)s? (?:is |are |has been |have been )?(?:issued|sent|delivered|generated|provided|fulfilled|completed)',
    ].join('|'),
  ],
];

export type VagueKind = 'necessary' | 'law' | 'purpose' | 'reasonable' | 'asap' | 'provider';

/** Periods that name no period. */
export const VAGUE_SOURCES: [VagueKind, string][] = [
  [
    'necessary',
    [
      // Any inflection: «чем это требуется», «чем того требуют цели», «чем необходимо».
      'не дольше,? чем (?:этого |это |того |то )?(?:требу\\p{L}{0,5}|необходим\\p{L}{0,4}|нужн\\p{L}{0,3}|предусмотрен\\p{L}{0,3})(?: (?:цел\\p{L}{0,3}|для))?',
      '(?:не дольше|не более) (?:срок\\p{L}{0,2}|период\\p{L}{0,2}|времени),? (?:разумно )?(?:необходим|требуем|нужн)\\p{L}{0,4}',
      'столько,? сколько (?:это |того |этого )?(?:необходим\\p{L}{0,4}|требу\\p{L}{0,5}|потребу\\p{L}{0,5}|нужн\\p{L}{0,3})',
      'as long as (?:we|it is|they are) (?:reasonably |genuinely )?(?:need|needs|require|requires)(?: (?:it|them|the data|this data|your data))?',
      '(?:в течени[еия]|на) (?:срок\\p{L}{0,2}|период\\p{L}{0,2}|времени|время),? (?:разумно )?(?:необходим|требуем|нужн)\\p{L}{0,4}',
      '(?:срок\\p{L}{0,2}|период\\p{L}{0,2}),? (?:разумно )?необходим\\p{L}{0,4} для',
      '(?:for )?as long as (?:is |it is |may be |they are |it may be )?(?:reasonably |strictly )?(?:necessary|needed|required)',
      'no longer than (?:is )?(?:reasonably |strictly )?(?:necessary|needed|required)',
      'for (?:the |a )?(?:period|time|duration) (?:reasonably |strictly )?(?:necessary|needed|required) (?:for|to)',
    ].join('|'),
  ],
  [
    'law',
    [
      '(?:в течени[еия] |на |в )?(?:срок\\p{L}{0,2}|сроки|период\\p{L}{0,2}),? (?:установленн|предусмотренн|определенн|определяем|требуем)\\p{L}{0,4} (?:действующим |применимым |федеральным )?(?:законодательств|закон|нормативн|федеральн|требовани|стать|ст\\.|перечн|приказ|номенклатур)\\p{L}{0,4}',
      'в (?:установленн|предусмотренн)\\p{L}{0,4} (?:законодательством|законом)(?: российской федерации| рф)? (?:срок|сроки)',
      '(?:for|during|within|in accordance with) (?:the )?(?:period|periods|time|term|terms|time limits?|time frames?) (?:required|established|prescribed|provided(?: for)?|stipulated|set(?: out)?|specified|determined|defined|laid down) (?:by|in|under) (?:the )?(?:applicable |current |relevant )?(?:law|laws|legislation|statute|statutes)',
      'within the (?:statutory|legal|legally established) (?:period|time limit|deadline|time frame|timeframe)',
      'в (?:установленные|предусмотренные) (?:законом|законодательством) сроки',
      // A storage verb "in accordance with the law", with no period: «хранятся в соответствии с законодательством».
      '(?:хран|сохраня)\\p{L}{0,6}(?: [\\p{L}\\p{N},]{1,20}){0,5} (?:в соответствии с|согласно|в порядке,? (?:установленном|предусмотренном)) (?:требованиями |нормами |положениями )?(?:действующ\\p{L}{0,4} |применим\\p{L}{0,4} )?(?:законодательств|закон|нормативн|перечн|приказ|номенклатур)\\p{L}{0,6}',
      '(?:stored|kept|retained|store|keep|retain)(?: [\\p{L}\\p{N},]{1,20}){0,5} (?:in accordance with|as required by|according to|as prescribed by|pursuant to|in line with) (?:the )?(?:requirements of )?(?:applicable |current |relevant )?(?:law|laws|legislation)',
      '(?:retention|storage) periods? (?:is|are) (?:determined|set|established|governed) (?:by|in accordance with) (?:the )?(?:applicable )?(?:law|laws|legislation)',
      'срок\\p{L}{0,2} (?:хранения|обработки)(?: персональных данных)? (?:определя|устанавлива)\\p{L}{0,4} (?:в соответствии с |согласно )?(?:требованиями )?(?:действующ\\p{L}{0,4} |применим\\p{L}{0,4} )?(?:законодательств|закон|нормативн|перечн|приказ|номенклатур)\\p{L}{0,6}',
    ].join('|'),
  ],
  [
    'purpose',
    [
      'до (?:момента )?(?:достижения|выполнения) (?:целей|цели)',
      '(?:until|till) (?:the )?(?:purpose|purposes) (?:of (?:the )?processing )?(?:is|are|have been|has been) (?:achieved|fulfilled|met|attained)',
      '(?:until|till) (?:the )?(?:achievement|fulfil?ment|attainment) of (?:the )?(?:purpose|purposes)',
      '(?:определя|ограничива)\\p{L}{0,4} (?:сроком )?достижени\\p{L}{0,2} (?:целей|цели)',
      '(?:determined|defined|limited) by (?:the )?(?:achievement of (?:the )?)?(?:purpose|purposes)',
    ].join('|'),
  ],
  [
    // Retention left to a service provider's own rules: «согласно стандартным срокам Firebase», "under the provider's retention policy".
    'provider',
    [
      '(?:в соответствии с|согласно) (?:(?:стандартн|собственн|установленн|внутренн)\\p{L}{0,4} )?(?:политик\\p{L}{0,2} хранения|правил\\p{L}{0,3} хранения|срок\\p{L}{0,3}(?: хранения)?)(?: данных)? (?:(?:провайдер|поставщик|сервис|платформ|хостинг|облак|подрядчик)\\p{L}{0,3}|[a-z](?:[a-z0-9-]|\\.(?=[a-z0-9]))*)',
      // Anyone's retention rules in place of a period: «согласно политике хранения Оператора», «по регламенту хранения».
      '(?:в соответствии с|согласно|по) (?:(?:внутренн|собственн|действующ|установленн)\\p{L}{0,4} )?(?:политик\\p{L}{0,2}|правил\\p{L}{0,3}|регламент\\p{L}{0,2}|настройк\\p{L}{0,3}) хранения(?: (?:данных|информации))?(?: (?:[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}]+)*))?',
      '(?:в соответствии с|согласно) (?:его|ее|их) (?:собственн\\p{L}{0,4} )?(?:политик\\p{L}{0,2}|правил\\p{L}{0,3}|настройк\\p{L}{0,3}|регламент\\p{L}{0,2})(?: (?:хранения|конфиденциальности))?',
      '(?:in accordance with|according to|under|subject to|governed by|per) (?:the |its |their )?(?:[\\p{L}.\\x27\\u2019-]+ ){0,3}?(?:(?:data )?retention|storage) (?:polic(?:y|ies)|periods?|terms|settings|rules|schedules?)',
      '(?:retention|storage)(?: periods?)? (?:is|are) (?:governed|determined|set|defined|controlled) by (?!(?:the )?(?:applicable |current |relevant )?(?:law|laws|legislation))(?:the )?[\\p{L}][\\p{L}\\p{N}.-]*',
    ].join('|'),
  ],
  ['reasonable', ['(?:в )?разумн\\p{L}{0,3} (?:срок\\p{L}{0,2}|период\\p{L}{0,2}|время)', '(?:within |in |for )?a reasonable (?:period|time|timeframe|time frame)(?: of time)?'].join('|')],
  [
    'asap',
    [
      'в кратчайш\\p{L}{0,3} (?:срок\\p{L}{0,2}|возможн\\p{L}{0,3} срок\\p{L}{0,2})',
      'как можно (?:скорее|быстрее)',
      'в оперативн\\p{L}{0,3} порядке',
      'as soon as (?:reasonably )?(?:possible|practicable|practical)',
      'without undue delay',
      'promptly',
    ].join('|'),
  ],
];

/** An answer given at once: fine as a deadline. */
export const IMMEDIATE_SOURCE = [
  'незамедлительн\\p{L}{0,3}',
  'немедленн\\p{L}{0,3}',
  'immediately',
  'forthwith',
  'в день (?:обращения|получения|поступления)(?: запроса| обращения)?',
  'on the (?:same )?day of (?:receipt|the request)',
].join('|');

/** After a deadline, where it runs from: "from receipt", «с даты получения запроса». */
export const START_AFTER =
  fastRegExp(String.raw`^,?\s(?:(?:from|of|after|following|since) (?:the )?(?:date |day |moment )?(?:of )?(?:(?:the )?receipt|receiving|submission|the request|request|registration|appeal|application)(?: of (?:the |a |your |such )?(?:request|application|appeal|inquiry|enquiry|demand))?(?: by the operator)?|(?:с|со|от) (?:даты|дня|момента) (?:получения|поступления|обращения|регистрации|направления)(?: (?:оператором )?(?:запроса|обращения|требования|заявления)(?: субъекта(?: персональных данных)?)?)?)(?![\p{L}])`, 'u');

/** Words right before a deadline that belong to it ("within", «в течение», «в срок, не превышающий»). */
export const INTRO_BEFORE =
  fastRegExp(String.raw`(?:(?:в течени[еия]|в срок,?|в срок до|не позднее|не более чем|не более|не превыша\p{L}{0,6}|сроком|within|no later than|not later than|no more than|not more than|up to|not exceeding|in no more than|in|during)\s{1,3}){1,3}$`, 'u');

/** An extension of a deadline ("may be extended by 5 working days"); group 1 = "to" (a total). */
export const EXTENSION_BEFORE =
  fastRegExp(String.raw`(?:продл\p{L}{0,8}|продлен\p{L}{0,4}|extend\p{L}{0,6}|extension|prolong\p{L}{0,6})[^.;:]{0,60}?(?:(?:(на|by)\s)|(?:(до|to)\s))?[^.;:\d]{0,40}$`, 'u');

// ---------------------------------------------------------------------------------------------
// Topic cues. Each group: topic, weight, phrases (src/core/match.ts syntax; compile() lower-cases
// phrases, so raw {…} fragments use [а-яa-z], not \p{L}). The extractor scores every cue near a
// duration (weight minus distance) and takes the best topic.

/** A table column headed only by a period word («Срок», "Period", "Retention") holds retention periods. */
export const PERIOD_COLUMN = fastRegExp(String.raw`^[\s*_]*(?:срок|сроки|срок хранения|сроки хранения|период|period|periods|term|retention|retention period|storage period|how long|duration)[\s*_.:]*$`, 'u');

/**
 * Columns of a register of processing (purpose, data, ground): its period column is how long the
 * data of that row is kept, whatever the purpose is called («Обработка обращений | ФИО | Согласие | 1 год»).
 */
export const REGISTER_COLUMN = fastRegExp(String.raw`^[\s*_]*(?:цель|цели|цели обработки|цель обработки|данные|персональные данные|категори\p{L}* (?:персональных )?данных|перечень (?:персональных )?данных|состав (?:персональных )?данных|основани\p{L}*|правовое основание|правовые основания|purpose|purposes|purpose of processing|data|personal data|categor\p{L}* of (?:personal )?data|data categor\p{L}*|legal basis|legal ground|basis|lawful basis)[\s*_.:]*$`, 'u');

export interface CueGroup {
  topic: DurationTopic;
  weight: number;
  phrases: string[];
}

const DELETE_WORD = '{(?:удал|уничтож|стир|стер)[а-яa-z]*}';
const DELETE_WORD_EN = '{(?:delet|eras|destr|remov)[а-яa-z]*}';

export const TOPIC_CUES: CueGroup[] = [
  // Specific kinds of deadline that are not answers to a subject's request.
  {
    topic: 'repeat-request',
    weight: 4.5,
    phrases: [
      'повторн* ~2 {(?:запрос|обращени)[а-яa-z]*}', 'первоначальн* ~3 {(?:запрос|обращени)[а-яa-z]*}',
      'repeat* ~2 request*', 'request* again', 'second request*', 'subsequent request*', 'initial ~2 request*', 'original request*',
    ],
  },
  { topic: 'repeat-request', weight: 3, phrases: ['не ранее чем через', '=не =ранее', 'no earlier than', 'not earlier than', 'not sooner than'] },
  {
    topic: 'regulator-request',
    weight: 4,
    phrases: [
      'запрос* ~3 {(?:уполномоченн[а-яa-z]*\\s+орган|роскомнадзор|ркн(?![а-яa-z])|надзорн[а-яa-z]*\\s+орган)[а-яa-z]*}',
      '{(?:уполномоченн[а-яa-z]*\\s+орган|роскомнадзор|ркн(?![а-яa-z]))[а-яa-z]*} ~6 запрос*',
      'request* ~4 {(?:roskomnadzor|rkn(?![а-яa-z])|regulator|supervisory\\s+authorit|authori[sz]ed\\s+body|data\\s+protection\\s+authorit)[а-яa-z]*}',
      '{(?:roskomnadzor|rkn(?![а-яa-z])|regulator|authori[sz]ed\\s+body|supervisory\\s+authorit)[а-яa-z]*} ~5 request*',
      'сообщ* в уполномоченн* орган*',
      // The regulator's own request: «по его запросу», "at the request of this body".
      '{(?:сообщ|предостав|направ|представ)[а-яa-z]*} ~2 в уполномоченн* орган*', 'запрос* {(?:этого|данного|такого|указанного)} органа',
      '{уполномоченн[а-яa-z]*\\s+орган[а-яa-z]*} ~12 {по\\s+(?:его|их)\\s+запрос[а-яa-z]*}',
      'request of ~2 {(?:this|that|such|the\\s+said)} ~2 {(?:body|authority|regulator)}',
      '{(?:inform|report|provid|communicat|submit|send|notif)[a-z]*} ~3 {(?:to\\s+)?the\\s+authori[sz]ed\\s+body}',
    ],
  },
  {
    // Notices to Roskomnadzor (termination of processing, changes to registered information).
    topic: 'regulator-request',
    weight: 2.5,
    phrases: [
      'уведом* ~3 {(?:роскомнадзор|ркн(?![а-яa-z])|уполномоченн[а-яa-z]*\\s+орган)[а-яa-z]*}',
      'notif* ~3 {(?:roskomnadzor|rkn(?![a-z])|the\\s+authori[sz]ed\\s+body|the\\s+regulator)[a-z]*}',
    ],
  },
  {
    topic: 'automated-decision',
    weight: 4,
    phrases: ['возражени*', 'objection*', 'автоматизированн* ~4 решени*', 'решени* ~4 автоматизированн*', 'automated ~3 decision*', 'solely automated'],
  },
  {
    topic: 'policy-validity',
    weight: 4,
    phrases: [
      'политик* ~4 {(?:действу|вступа|вступил|утвержда|применя)[а-яa-z]*}',
      '{(?:настоящ|данн)[а-яa-z]*} {(?:документ|положени|редакци)[а-яa-z]*} ~3 {(?:действу|вступа)[а-яa-z]*}',
      'policy ~4 {(?:is\\s+effective|effective|remains?\\s+in\\s+(?:force|effect)|is\\s+valid|valid|in\\s+force|takes\\s+effect|comes\\s+into\\s+force|shall\\s+(?:be\\s+effective|remain|apply)|applies)}',
      '{this\\s+(?:policy|document|notice)} ~4 {(?:indefinitely|effective|valid)}',
      // Notice of changes to the policy: "30 days before the changes take effect".
      'изменени* ~4 {(?:политик|услови|редакци)[а-яa-z]*}', '{(?:политик|редакци)[а-яa-z]*} ~4 изменени*', 'change* ~4 {(?:polic|terms|notice)[a-z]*}',
      '{(?:polic|terms)[a-z]*} ~4 change*', 'in advance', 'заранее', 'до вступления ~2 в силу', 'before ~3 {(?:the\\s+)?changes?}', 'take* effect',
    ],
  },
  {
    topic: 'consent-validity',
    weight: 3.5,
    phrases: [
      'согласи* ~5 {(?:действу(?:ет|ют)|действительн[а-яa-z]*|дает?ся|предоставля(?:ет|ют)ся|выда(?:ет|ют)ся)}',
      'срок* действи* ~2 согласи*',
      'consent ~5 {(?:is\\s+valid|remains?\\s+(?:valid|in\\s+(?:force|effect))|is\\s+effective|is\\s+given\\s+for|is\\s+granted\\s+for|is\\s+provided\\s+for|valid\\s+for|shall\\s+be\\s+valid|is\\s+valid\\s+until)}',
      'validity of ~2 consent', 'consent validity',
    ],
  },
  {
    topic: 'incident',
    weight: 3.5,
    phrases: [
      'инцидент*', 'утечк*', 'неправомерн* ~3 {(?:передач|предоставлени|распространени|доступ)[а-яa-z]*}', 'случайн* ~3 {(?:передач|предоставлени|распространени)[а-яa-z]*}',
      'расследовани*', 'incident*', 'breach*', 'leak*', 'investigation*', 'unauthori* ~3 {(?:disclos|transfer|transmiss|dissemination)[а-яa-z]*}',
    ],
  },
  {
    topic: 'cessation',
    weight: 3.5,
    phrases: [
      'требовани* ~3 прекращ* ~2 обработк*', 'требовани* о прекращении', 'прекратить обработку ~4 требовани*',
      'demand* ~3 {(?:cessation|to\\s+(?:cease|stop))}', 'request* ~2 {(?:cessation|to\\s+(?:cease|stop))}', 'cessation of ~2 processing',
    ],
  },
  {
    topic: 'destruction',
    weight: 3.5,
    phrases: [`{(?:запрос|требовани|заявлени|просьб)[а-яa-z]*} ~3 ${DELETE_WORD}`, `request* ~3 ${DELETE_WORD_EN}`, `${DELETE_WORD_EN} request*`],
  },
  {
    topic: 'rectification',
    weight: 3,
    phrases: [
      'уточн*', 'исправ*', 'актуализ*', 'внес* ~2 изменени*', 'неполн*', 'неточн*', 'неактуальн*',
      'rectif*', '=correct', 'correct*', 'amend*', 'inaccura*', 'incomplete', 'outdated',
    ],
  },
  // Retention and destruction.
  {
    topic: 'retention',
    weight: 3,
    phrases: [
      'хран*', '{сохраня(?:е|ю)тся}', '{сохраня(?:ем|ет)}', 'store*', 'storing', 'storage', 'retain*', 'retention', '=kept', '=keep', '=keeps', '=keeping',
      'архив*', 'archiv*', 'срок* обработк*', 'period* of processing', 'processing period*',
      // A field label «Сроки: до отзыва согласия», "Retention: 12 months".
      '{(?:срок|сроки|period|retention)(?=\\s?[:–—])}',
    ],
  },
  { topic: 'retention', weight: 1.5, phrases: ['обрабатыва*', 'обработк*', 'processed', 'processing'] },
  {
    topic: 'destruction',
    weight: 3,
    phrases: ['уничтож*', 'удал*', 'обезлич*', 'анонимиз*', 'стира*', 'стерт*', 'destroy*', 'destruct*', 'delet*', 'eras*', 'anonymi*', 'depersonali*', 'de-identif*', 'purg*'],
  },
  {
    topic: 'destruction',
    weight: 2.5,
    phrases: [
      'remov*', 'блокир*', 'block*', 'прекра* ~2 обработк*', 'cease* ~2 process*', 'stop* ~2 process*',
      // Not «необходимого для достижения целей», "needed to achieve the purposes": a measure, not the moment of destruction.
      '{(?<!(?:для|of) )достижени[а-яa-z]*} ~2 цел*', 'достигнут* ~2 цел*', 'утрат* ~2 необходимост*', 'отзыв* ~3 согласи*', 'отозва* ~3 согласи*',
      '{(?<!(?:to|for) )achiev[а-яa-z]*} ~3 purpose*', 'purpose* ~3 achiev*', 'withdraw* ~3 consent', 'revo* ~3 consent', 'consent ~3 withdrawn', 'consent ~3 revoked',
      'no longer ~2 {(?:necessary|needed|required)}',
    ],
  },
  // Answers to the data subject.
  {
    topic: 'subject-request',
    weight: 3,
    phrases: [
      '{ответ(?!ствен)[а-яa-z]*}', 'отвеча*', 'рассматрива*', 'рассмотр*', 'ознаком*',
      // «информационн…» (an information system) is not information given to anyone.
      'предостав* ~4 {(?:информаци(?!онн)|сведени|ответ|копи|доступ)[а-яa-z]*}', '{(?:информаци(?!онн)|сведени)[а-яa-z]*} ~4 предостав*',
      'сообщ* ~4 {(?:информаци(?!онн)|сведени)[а-яa-z]*}', 'сообщ* ~3 субъект*', 'get back to you',
      '{(?:information|data|copy|copies)} ~4 {(?:provided|given|sent|disclosed)}',
      'respond*', 'response*', 'answer*', '=reply', '=replies', 'replied', 'provide* ~4 {(?:information|access|a\\s+copy|copies|the\\s+data)}',
      'handl* ~3 request*', 'request* ~3 {(?:handled|processed|considered|reviewed|fulfilled|satisfied|executed)}', 'consider* ~3 request*', 'review* ~3 request*', 'process* ~3 request*',
    ],
  },
  {
    topic: 'subject-request',
    weight: 2,
    phrases: ['запрос*', 'обращени*', 'request*', 'inquir*', 'enquir*', 'уведом* ~3 субъект*', 'notif* ~3 {(?:the\\s+)?(?:data\\s+)?subject}'],
  },
  // Other deadlines.
  {
    topic: 'payment',
    weight: 2.5,
    phrases: [
      'возврат*', 'пробн* ~2 период*', 'списани* ~3 {(?:денежн|средств)[а-яa-z]*}', 'продлени* ~2 подписк*', 'подписк* ~3 {(?:продлева|продлит|действу)[а-яa-z]*}',
      'оплат* ~3 {(?:производится|осуществляется|должна|вносится)}', 'платеж* ~3 {(?:производится|осуществляется|должен|вносится)}',
      'refund*', 'trial', '=charged', 'charge* ~3 {(?:card|account)}', 'renew*', 'money back', 'payment* ~3 {(?:is|are|must\\s+be|shall\\s+be)\\s+(?:made|due|paid)}', 'billing cycle', 'billing period',
    ],
  },
  { topic: 'other', weight: 3.5, phrases: ['претензи*', '=claim', '=claims', 'complaint* ~3 {(?:about|regarding)\\s+(?:the\\s+)?(?:goods|services|payment|quality)}'] },
  {
    topic: 'other',
    weight: 3,
    phrases: [
      'служб* поддержк*', 'техническ* поддержк*', 'support team', 'support service', 'customer support', 'technical support',
      'доставк*', 'delivery', 'гаранти*', 'warranty', 'сесси*', 'session*', 'код* ~2 подтвержд*', 'verification code*',
      'круглосуточн*', 'a day, 7 days', '24/7',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Destruction statements (rule `destruction`): a destruction word with a trigger or a method in
// the same sentence says how or when data is destroyed. Phrases in src/core/match.ts syntax.

export const DESTRUCTION_WORDS = [
  'уничтож*', 'удаля*', 'удален*', 'удалят*', 'удалит*', 'удаление', 'обезличива*', 'обезличен*', 'обезличат*', 'анонимизир*', 'стира*', 'стерт*',
  'destroy*', 'destruct*', 'delet*', 'eras*', 'anonymi*', 'depersonali*', 'de-identif*', 'purg*', 'removed', 'removes',
];

/** When: the purpose achieved, consent withdrawn, the period over, the account or contract ended. */
export const DESTRUCTION_TRIGGERS = [
  'достижени* ~3 цел*', 'достигнут* ~3 цел*', 'утрат* ~2 необходимост*', 'отсутстви* необходимост*', 'отзыв* ~4 согласи*', 'отозва* ~4 согласи*',
  'истечени* ~3 срок*', 'по истечении', 'окончани* ~2 срок*', 'прекращени* ~3 {(?:договор|деятельност|обработк|использовани|пользовани|действи)[а-яa-z]*}',
  'ликвидаци*', 'расторжени*', 'удалени* ~2 {(?:учетн|аккаунт|профил|личн)[а-яa-z]*}', 'после чего', '=затем', 'по требованию', 'выявлени* ~3 неправомерн*',
  'achiev* ~3 purpose*', 'purpose* ~4 {(?:achieved|fulfilled|attained|met)}', 'no longer ~2 {(?:necessary|needed|required)}', 'withdraw* ~4 consent',
  'revo* ~4 consent', 'consent ~3 {(?:withdrawn|revoked)}', 'expir*', 'end of ~3 period', 'retention period*', 'storage period*', 'period* ~3 {(?:expires?|ends?|elapsed?)}',
  'termination of', 'terminat* ~3 {(?:contract|agreement|account)}', 'account ~2 {(?:is\\s+)?(?:deleted|closed|terminated)}', 'delet* ~3 account',
  'disconnect*', 'unlink*', '=then', 'after which', 'thereafter', 'after ~2 {(?:these|this|that|the|such|each|its)\\s+period[a-z]*}',
  'at the end of', 'once ~3 {period[a-z]*\\s+(?:expires?|ends?|elapses?)}', 'по окончании', 'после истечени*', 'после окончани*', 'unlawful* ~3 process*', 'upon ~2 request*', 'at the request',
];

/** How: method, act, tools. */
export const DESTRUCTION_METHODS = [
  'путем ~3 {(?:стирани|удалени|уничтожени|измельчени|сжигани|перезаписи)[а-яa-z]*}', 'акт* ~3 уничтожени*', 'выгрузк* ~3 журнал*', 'безвозвратн*',
  'необратим*', 'измельчени*', 'шредер*', 'сертифицированн* ~3 средств*', 'средств* ~2 {(?:гарантированного\\s+)?уничтожени[а-яa-z]*}',
  'shred*', 'overwrit*', 'irreversib*', 'certificate* ~3 destruction', 'destruction ~2 {(?:act|certificate|report|log)}', 'secure* ~2 {(?:eras|delet|wip)[а-яa-z]*}', '=wiping',
];

/**
 * Before a destruction word, this says it is not the operator's destruction of data: a right to
 * demand it, protection from it, a definition ("… means"), or a list of processing operations.
 */
export const NOT_DESTRUCTION_BEFORE =
  fastRegExp(String.raw`(?<![\p{L}])(?:требова\p{L}*|вправе|прав[оа]?|защит\p{L}*|неправомерн\p{L}*|случайн\p{L}*|несанкционированн\p{L}*|request\p{L}*|demand\p{L}*|right|rights|ask|protect\p{L}*|against|unauthori[sz]ed|unlawful|accidental)(?![\p{L}])[^.;]{0,60}$`, 'u');
/** A definition or a list of processing operations. */
export const DEFINITION_SENTENCE =
  /(?:[—–-]\s*(?:это\s+)?(?:действи|любое действие)|означает|понимается|means\s|refers to|is defined as|сбор,\s*запись|collection,\s*recording)/u;
