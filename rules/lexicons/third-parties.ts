/**
 * Recipients of personal data (docs/law.md: Processors and third parties). Regular-expression sources,
 * matched with the 'u' flag on doc.lower; every pattern starts at a word boundary. Bounded gaps
 * only ({0,N}).
 */

/**
 * An open class of recipients, in the form it takes as the recipient of a transfer (Russian
 * dative or instrumental: "третьим лицам", "партнёрам", "иным организациям"; English after
 * "to" / "with": "with third parties", "to our partners"). The genitive "третьих лиц" ("интересы
 * третьих лиц", "данные третьих лиц") is never a recipient and is left out on purpose.
 */
export const OPEN_CLASS = [
  'трет(?:ьим|ьему|ьи|ьим) лиц(?:ам|у)',
  'третьими лицами',
  '(?:ин|друг|прочи)(?:ым|им) (?:трет\\p{L}* )?(?:лицам|организациям|компаниям|получателям|юридическим лицам|субъектам)',
  '(?:нашим |своим |его |оператора )?партнер(?:ам|у|ами)',
  '(?:нашим |своим )?контрагент(?:ам|у|ами)',
  '(?:нашим |своим )?подрядчик(?:ам|у|ами)',
  'аффилированн\\p{L}* (?:с (?:ним|оператором) )?лиц(?:ам|у|ами)',
  '(?:компаниям|организациям|лицам),? (?:входящим )?(?:в|из) (?:\\p{L}+ )?групп\\p{L}*(?: компаний)?',
  'любым (?:трет\\p{L}* )?лицам',
  'включая,? но не ограничиваясь',
  'в том числе,? но не ограничиваясь',
  '(?:to|with|among|by) (?:our |other |certain |selected |trusted |any |various |such |relevant |external |the |its |their ){0,2}third[\\s-]+part(?:y|ies)(?: (?:service )?(?:providers|vendors|companies|partners|processors|recipients|organi[sz]ations))?',
  '(?:to|with|among|by) (?:our |its |the operator[’\']?s )?(?:business |commercial |trusted |selected )?partners',
  '(?:to|with|among|by) (?:our |its )?affiliat\\p{L}*',
  '(?:to|with|among|by) (?:other|any|certain) (?:persons|organi[sz]ations|companies|entities|recipients|parties)',
  '(?:to|with|among|by) (?:our |its )?(?:contractors|vendors|service providers|counterpart(?:y|ies)|group companies|subcontractors)',
  'and (?:any )?other (?:third parties|organi[sz]ations|companies|persons|entities|recipients|parties)',
  'including,? (?:but not limited to|without limitation)',
].join('|');

/** The same classes after "except" ("за исключением партнёров"), where Russian uses the genitive. */
export const OPEN_CLASS_AFTER_EXCEPT = [
  'партнер(?:ов|а)', 'контрагент(?:ов|а)', 'подрядчик(?:ов|а)', 'аффилированн\\p{L}* лиц', '(?:ин|друг)(?:ых|ого) (?:лиц|организаций|компаний)',
  '(?:our |its )?(?:partners|affiliates|contractors|vendors|service providers)', 'other (?:third parties|organi[sz]ations|companies|persons)',
].join('|');

/**
 * A category of recipients that a reader could check: by function (hosting, payment, delivery,
 * analytics, mailing), or a body named by the law (tax authorities, courts). "Платёжным
 * партнёрам" is a category; "партнёрам" is not.
 */
export const CATEGORY = [
  // Russian
  'хостинг\\p{L}*', 'хостер\\p{L}*', 'облачн\\p{L}* (?:провайдер|сервис|платформ|хранилищ|инфраструктур)\\p{L}*', 'дата-центр\\p{L}*', 'центр\\p{L}* обработки данных', 'цод',
  'провайдер\\p{L}* (?:аналитик|хостинг|облачн|рассыл|sms|смс|платеж|связ|ии|искусственн|инфраструктур|электронной почты|email|e-mail|вычислительн)\\p{L}*',
  'платежн\\p{L}* (?:систем|сервис|агент|агрегатор|провайдер|партнер|организаци|шлюз|оператор|решени)\\p{L}*',
  'банк(?:ам|у|и|ов|а|ом|-эквайер\\p{L}*)?(?![\\p{L}\\p{N}])', 'кредитн\\p{L}* организаци\\p{L}*', 'эквайер\\p{L}*', 'эквайринг\\p{L}*',
  'оператор\\p{L}* (?:фискальн|связ|электронн\\p{L}* документооборот|мессенджер|платежн|почтов|сотов|мобильн)\\p{L}*',
  'служб\\p{L}* (?:доставк|курьерск|такси)\\p{L}*', 'курьер\\p{L}*', 'почтов\\p{L}* (?:служб|оператор|связ)\\p{L}*', 'логистическ\\p{L}*', 'транспортн\\p{L}* компани\\p{L}*',
  'сервис\\p{L}* (?:\\p{L}+ )?(?:аналитик|веб-аналитик|рассыл|отправк|email|e-mail|sms|смс|уведомлен|доставк|оплат|авторизац|хранени|звонк|телефони|ии|искусственн|перевод|распознаван)\\p{L}*',
  '(?:веб-)?аналитическ\\p{L}* (?:сервис|систем|служб|инструмент)\\p{L}*', 'смс-\\p{L}+', 'sms-\\p{L}+',
  'колл-центр\\p{L}*', 'call-центр\\p{L}*', 'контакт-центр\\p{L}*',
  'страхов\\p{L}* (?:компани|организаци)\\p{L}*', 'страховщик\\p{L}*', 'аудитор\\p{L}*', 'нотариус\\p{L}*', 'бюро кредитных историй', 'коллектор\\p{L}*',
  '(?:государственн|муниципальн)\\p{L}* (?:орган|учрежден|информационн)\\p{L}*', 'орган\\p{L}* (?:государственн|власт|дознани|следстви|прокуратур|исполнительн|местного)\\p{L}*',
  'уполномоченн\\p{L}* орган\\p{L}*', 'налогов\\p{L}* орган\\p{L}*', 'фнс', 'сфр', 'пфр', 'фсс', 'фомс', 'военкомат\\p{L}*', 'роскомнадзор\\p{L}*',
  'суд(?:ам|у|ы|ов|а|ом)?(?![\\p{L}\\p{N}])', 'судебн\\p{L}* (?:орган|пристав)\\p{L}*', 'правоохранительн\\p{L}*', 'прокуратур\\p{L}*',
  'работодател\\p{L}*', 'медицинск\\p{L}* организаци\\p{L}*', 'образовательн\\p{L}* организаци\\p{L}*',
  'рекламн\\p{L}* (?:партнер|сет|систем|площадк|агентств|кабинет)\\p{L}*', 'маркетплейс\\p{L}*', 'нейросет\\p{L}*', 'разработчик\\p{L}* (?:ии|моделей|нейросет)\\p{L}*',
  'мессенджер\\p{L}*', 'операторам мессенджеров', 'сервис\\p{L}* авторизаци\\p{L}*', 'туроператор\\p{L}*', 'авиакомпани\\p{L}*', 'гостиниц\\p{L}*', 'отел\\p{L}*',
  // purposes that name the recipient's function
  'оплат\\p{L}*', 'платеж\\p{L}*', 'доставк\\p{L}*', 'рассылк\\p{L}*', 'веб-аналитик\\p{L}*',
  // English
  'hosting', 'host(?:s|ing)? (?:provider|compan)\\p{L}*', 'cloud (?:provider|service|platform|storage|hosting|infrastructure)\\p{L}*', 'data cent(?:er|re)s?',
  'payment (?:provider|processor|service|system|partner|gateway|operator|institution|agent|aggregator|processing)\\p{L}*', 'banks?', 'acquir\\p{L}*',
  'delivery (?:service|partner|compan|provider)\\p{L}*', 'couriers?', 'postal (?:service|operator)\\p{L}*', 'logistics', 'carriers',
  '(?:web )?analytics (?:provider|service|partner|tool|system|platform)\\p{L}*',
  '(?:e-?mail|sms|notification|mailing|newsletter|messaging|push) (?:service|provider|gateway|platform|sender)\\p{L}*',
  'call cent(?:er|re)s?', 'insur\\p{L}*', 'auditors?', 'credit bureau\\p{L}*', 'debt collect\\p{L}*',
  '(?:government|state|public|tax|law enforcement|judicial|supervisory|competent|authori[sz]ed) (?:authorit|bod|agenc)\\p{L}*', 'courts?', 'law enforcement', 'roskomnadzor',
  'fiscal data operator\\p{L}*', 'telecom\\p{L}* (?:operator|provider)\\p{L}*', 'mobile (?:operator|carrier)\\p{L}*', 'messenger operator\\p{L}*', 'messengers?',
  'ai (?:provider|service|model)\\p{L}*', 'artificial intelligence (?:provider|service)\\p{L}*', 'infrastructure provider\\p{L}*',
  'advertising (?:partner|network|platform)\\p{L}*', 'employers?', 'marketplaces?', 'oauth provider\\p{L}*', 'authori[sz]ation (?:service|provider)\\p{L}*',
  'crm', 'tour operator\\p{L}*', 'airlines?', 'hotels?',
  'payments?', 'delivery', 'shipping', 'advertis\\p{L}*', 'рекламодател\\p{L}*',
].join('|');

/** Verbs and nouns of giving data to someone. */
export const TRANSFER = [
  'переда\\p{L}*', 'передач\\p{L}*', 'предоставл\\p{L}*', 'предостав\\p{L}*', 'раскры\\p{L}*', 'поруч\\p{L}*', 'доступ\\p{L}*', 'распростран\\p{L}*',
  'сообща\\p{L}*', 'направля\\p{L}*', 'пересыла\\p{L}*', 'делит\\p{L}*', 'получател\\p{L}*',
  'transfer\\p{L}*', 'shar\\p{L}*', 'disclos\\p{L}*', 'provid\\p{L}*', 'transmi\\p{L}*', 'pass(?:es|ed|ing)?', 'made available', 'make available', 'entrust\\p{L}*',
  'sell\\p{L}*', 'sold', 'access', 'sen[dt]\\p{L}*', 'forward\\p{L}*', 'communicat\\p{L}*', 'engag\\p{L}*', 'outsourc\\p{L}*', 'recipients?', 'process(?:ed|es)? by',
].join('|');

/** A negation of the transfer ("не передаёт третьим лицам", "we do not share"). */
export const NEGATION = [
  'не (?:\\p{L}+ ){0,2}?(?:переда|предостав|раскрыва|прода|распростран|сообща|поруча|направля)\\p{L}*',
  'не подлеж\\p{L}* (?:передач|раскрыти|распространени)\\p{L}*', 'запрещ\\p{L}*', 'исключ(?:ается|ена)',
  '(?:not|never) (?:\\p{L}+ ){0,2}?(?:transfer|share|shar|disclos|sell|sold|provid|pass|rent|trade|made|make|transmi|give|grant)\\p{L}*',
  "n[’']t (?:\\p{L}+ ){0,1}?(?:transfer|share|disclose|sell|provide|pass|rent|trade|make|give)",
  'no (?:personal )?(?:data|information) (?:\\p{L}+ ){0,2}?(?:is|are|will be)',
  'не (?:осуществля|производ|допуска|предусмотрен|выполня)\\p{L}*',
  '(?:is|are|will|shall|may) not (?:be )?(?:carried|performed|permitted|allowed|made|transferred|shared|disclosed|provided)',
].join('|');

/** "except", after a negation: what follows is a transfer again. */
export const EXCEPT = 'за исключением|кроме|помимо|except|other than|unless|save for|apart from|with the exception|excluding';

/** Restriction statements: transfer only with consent (not a statement that data goes to anyone). */
export const ONLY_WITH_CONSENT = 'только (?:с|при наличии|после получения) [^.;]{0,40}?согласи\\p{L}*|без [^.;,]{0,40}?согласи\\p{L}*|only (?:with|upon|after|on the basis of) [^.;,]{0,40}?(?:consent|permission)|without [^.;,]{0,40}?(?:consent|permission)';

/** Disclosures the law decides ("in cases provided by law", "at the request of authorities"). */
export const REQUIRED_BY_LAW = [
  'предусмотрен\\p{L}* (?:\\p{L}+ ){0,3}?(?:законодательств|закон)\\p{L}*', 'установлен\\p{L}* (?:\\p{L}+ ){0,2}?(?:законодательств|закон)\\p{L}*',
  'по (?:\\p{L}+ ){0,2}?запрос\\p{L}* (?:\\p{L}+ ){0,2}?(?:орган|суд|уполномоченн|государств|правоохранительн)\\p{L}*', 'требовани\\p{L}* (?:\\p{L}+ ){0,1}?закон\\p{L}*',
  'required (?:\\p{L}+ ){0,1}?by (?:\\p{L}+ ){0,2}?law', '(?:provided|established|stipulated|prescribed) (?:for )?by (?:\\p{L}+ ){0,2}?law',
  'at the (?:\\p{L}+ ){0,2}?request of', 'upon (?:\\p{L}+ ){0,2}?request', 'legal obligations?', 'court orders?', 'where (?:\\p{L}+ ){0,1}?law requires',
].join('|');

/** A legal entity's name, e.g. ООО «Ромашка», АО "Почта", Acme LLC (matched on doc.text, case kept). */
export const LEGAL_NAME_RU = '(?:ООО|ОАО|ЗАО|ПАО|АО|НКО|ООО НКО|АНО|ФГУП|ГУП|МУП|ИП)\\s*[«"“„][^»"”“\\n]{2,80}[»"”“]';
export const LEGAL_NAME_EN = '[A-Z][\\w&.-]{1,40}(?:\\s[A-Z][\\w&.-]{1,40}){0,4},?\\s(?:LLC|L\\.L\\.C\\.|Ltd\\.?|Limited|Inc\\.?|GmbH|JSC|PJSC|PLC|Corp\\.?|Corporation|B\\.V\\.|S\\.A\\.|AG|FZ-LLC|Pte\\.?)(?![\\p{L}\\p{N}])';
/** A legal name followed by "(the Operator)": the operator itself, not a recipient. */
export const OPERATOR_AFTER = '^[\\s,(—–-]{0,4}(?:далее|hereinafter|the\\s+[«"“]?operator|[«"“]?оператор)';
