/**
 * Cross-border transfer and data location (docs/law.md: Cross-border transfer, Localisation). Regular-expression
 * sources, matched with the 'u' flag on doc.lower (lower-cased, ё→е, NBSP→space). `L` stands for
 * a letter or digit; every pattern starts at a word boundary (see rules/extract/recipients.ts).
 * Bounded gaps only ({0,N}): no nested unbounded quantifiers.
 */

const RF = '(?:российск\\p{L}* федераци\\p{L}*|рф|росси\\p{L}*|russian federation|russia|the rf|rf)';

/** Words naming a transfer abroad as such: "трансграничная передача", "cross-border transfer". */
export const XB_TERM = [
  'трансграничн\\p{L}*',
  'cross[\\s-]?border',
  'trans[\\s-]?border',
  'international (?:data )?transfers?',
  'международн\\p{L}* (?:передач|трансфер)\\p{L}*',
  'transfers? of (?:personal )?data (?:abroad|overseas)',
].join('|');

/** A place abroad, other than a country's name. */
export const ABROAD = [
  `за пределами (?:территории )?${RF}`,
  `за пределы (?:территории )?${RF}`,
  `вне (?:территории )?${RF}`,
  'за рубеж\\p{L}*',
  'за границ\\p{L}*',
  'зарубежн\\p{L}*',
  'иностранн\\p{L}* (?:государств|стран|юрисдикц|сервер|компани|юридическ|физическ|лиц|организац|провайдер|сервис|получател|партнер|подрядчик|хостинг|дата-центр|цод|облак|облачн|баз)\\p{L}*',
  'на территори\\p{L}* (?:других|иных|иностранн\\p{L}*|третьих) (?:государств|стран)\\p{L}*',
  '(?:в|на) (?:другие|иные|третьи) (?:государства|страны)',
  '(?:в|на) (?:других|иных|третьих) (?:государствах|странах)',
  `outside (?:of )?(?:the )?(?:territory of )?(?:the )?${RF}`,
  `beyond (?:the )?(?:borders of )?(?:the )?${RF}`,
  `(?:leav|exit)\\p{L}* (?:the )?(?:territory of )?(?:the )?${RF}`,
  `покида\\p{L}* (?:пределы |территорию )?${RF}`,
  'покида\\p{L}* (?:\\p{L}+ ){0,2}?пределов',
  'abroad',
  'overseas',
  'foreign (?:countr|state|jurisdiction|server|compan|legal entit|recipient|provider|service|data cent|cloud|processor|contractor|partner|territor)\\p{L}*',
  '(?:other|third|foreign) countries',
  'other jurisdictions',
  'outside (?:of )?(?:your|the user[’\'s]*) (?:state|province|country|jurisdiction)',
  '(?:другой|иной) страны',
  '(?:вне|за пределами) (?:вашей|своей|его|их) (?:страны|юрисдикции)',
].join('|');

/** Countries (and the EU), by code. "US" in capitals is matched separately on doc.text. */
export const COUNTRIES: Record<string, string> = {
  US: 'сша|соединенн\\p{L}* штат\\p{L}*|америк(?:а|е|и|у|ой)|usa|u\\.s\\.a?\\.?|the us|united states|america',
  AE: 'оаэ|объединенн\\p{L}* арабск\\p{L}* эмират\\p{L}*|дуба(?:й|е|я|ю)|uae|united arab emirates|dubai',
  EU: 'европейск\\p{L}* (?:союз|экономическ)\\p{L}*|евросоюз\\p{L}*|ес|европ(?:а|е|у|ы|ой)|eu|eea|european union|european economic area|europe',
  DE: 'германи\\p{L}*|germany|франкфурт\\p{L}*|frankfurt',
  NL: 'нидерланд\\p{L}*|голланди\\p{L}*|netherlands|амстердам\\p{L}*|amsterdam',
  FI: 'финлянди\\p{L}*|finland|хельсинк\\p{L}*|helsinki',
  IE: 'ирланди\\p{L}*|ireland|дублин\\p{L}*|dublin',
  UK: 'великобритани\\p{L}*|соединенн\\p{L}* королевств\\p{L}*|united kingdom|great britain|uk|лондон\\p{L}*|london',
  FR: 'франци\\p{L}*|france',
  CH: 'швейцари\\p{L}*|switzerland',
  SG: 'сингапур\\p{L}*|singapore',
  KZ: 'казахстан\\p{L}*|kazakhstan',
  CN: 'кита(?:й|я|е|ю|ем)|кнр|china|prc|гонконг\\p{L}*|hong kong',
  CA: 'канад\\p{L}*|canada',
  LU: 'люксембург\\p{L}*|luxembourg',
  XX: [
    'турци\\p{L}*|turkey|turkiye', 'израил\\p{L}*|israel', 'кипр\\p{L}*|cyprus', 'эстони\\p{L}*|estonia', 'латви\\p{L}*|latvia',
    'литв(?:а|е|ы|у|ой)|lithuania', 'польш\\p{L}*|poland', 'армени\\p{L}*|armenia', 'грузи(?:я|и|ю|ей)|georgia', 'беларус\\p{L}*|белорусси\\p{L}*|belarus',
    'япони\\p{L}*|japan', 'инди(?:я|и|ю|ей)|india', 'швеци\\p{L}*|sweden', 'норвеги\\p{L}*|norway', 'австри(?:я|и|ю|ей)|austria',
    'австрали\\p{L}*|australia', 'итали\\p{L}*|italy', 'испани\\p{L}*|spain', 'португали\\p{L}*|portugal', 'чехи(?:я|и|ю|ей)|czech\\p{L}*',
    'серби\\p{L}*|serbia', 'узбекистан\\p{L}*|uzbekistan', 'киргиз\\p{L}*|кыргызстан\\p{L}*|kyrgyz\\p{L}*', 'таиланд\\p{L}*|thailand',
    'бразили\\p{L}*|brazil', 'мексик\\p{L}*|mexico', 'бельги\\p{L}*|belgium', 'мальт(?:а|е|ы|у|ой)|malta', 'южн\\p{L}* коре\\p{L}*|south korea',
  ].join('|'),
};

/** A place in Russia where data can be: "на территории РФ", "in the Russian Federation". */
export const RU_PLACE = [
  `на территории ${RF}`,
  `в пределах (?:территории )?${RF}`,
  `в (?:российской федерации|рф|россии)`,
  'российск\\p{L}* (?:сервер|дата-центр|датацентр|цод|облак|облачн|хостинг|юрисдикц|баз|инфраструктур|провайдер)\\p{L}*',
  `(?:in|within|inside|on|at) (?:the )?(?:territory of )?(?:the )?(?:russian federation|russia|rf)`,
  'russian (?:servers?|data cent\\p{L}*|hosting|cloud|territory|infrastructure|jurisdiction|databases?)',
  'russia-based',
  'в (?:г\\. |городе )?(?:москв|санкт-петербург|петербург|новосибирск|екатеринбург|казан|нижн\\p{L}* новгород|краснодар)\\p{L}*',
  '(?:in|within) (?:the city of )?(?:moscow|st\\.? petersburg|saint petersburg|novosibirsk|yekaterinburg|kazan)',
].join('|');

/** Words before a Russian place that make it something other than where data is. */
export const RU_PLACE_NOT = '(?:законодательств\\p{L}*|закон\\p{L}*|действующ\\p{L}*|зарегистрир\\p{L}*|резидент\\p{L}*|граждан\\p{L}*|пользовател\\p{L}*|law\\p{L}*|legislation|in force|registered|incorporated|resident\\p{L}*|citizens?|users?|accordance|applicable|effective|of|for|валют\\p{L}*)[\\s,]{1,3}$';

/** Where data is recorded or kept: storage, databases, servers, hosting. */
export const STORE_TERM = [
  'хран\\p{L}*', 'запис\\p{L}*', 'накоплен\\p{L}*', 'накаплива\\p{L}*', 'размещ\\p{L}*', 'локализ\\p{L}*', 'сервер\\p{L}*',
  'баз\\p{L}* данн\\p{L}*', 'дата-центр\\p{L}*', 'датацентр\\p{L}*', 'центр\\p{L}* обработки данных', 'цод', 'хостинг\\p{L}*',
  'инфраструктур\\p{L}*', 'облак\\p{L}*', 'облачн\\p{L}*', 'обрабатыва\\p{L}*', 'обработк\\p{L}*', 'систематизац\\p{L}*',
  'stor\\p{L}*', 'kept', 'keep\\p{L}*', 'record\\p{L}*', 'host\\p{L}*', 'server\\p{L}*', 'databases?', 'data cent\\p{L}*',
  'infrastructure', 'cloud', 'processed', 'processing', 'process', 'accumulat\\p{L}*', 'retain\\p{L}*', 'locali[sz]\\p{L}*',
].join('|');

/** Verbs and nouns of sending data somewhere. */
export const TRANSFER_TERM = [
  'переда\\p{L}*', 'передач\\p{L}*', 'покида\\p{L}*', 'пересыл\\p{L}*', 'пересыла\\p{L}*', 'экспорт\\p{L}*', 'вывоз\\p{L}*', 'трансфер\\p{L}*',
  'transfer\\p{L}*', 'transmi\\p{L}*', 'sent (?:\\p{L}+ ){0,2}?to',
  'sen[dt]\\p{L}* (?:\\p{L}+ ){0,2}?(?:abroad|overseas|outside)', '(?:отправля|направля)\\p{L}* (?:\\p{L}+ ){0,2}?(?:за рубеж|за пределы|за границу)', 'shar\\p{L}*', 'disclos\\p{L}*', 'export\\p{L}*', 'mov(?:e|ed|es|ing) (?:\\p{L}+ ){0,2}?to', 'leav\\p{L}*',
].join('|');

/** A negation bound to the transfer (not "if this does not contradict the law"). */
export const XB_NEGATION = [
  'не (?:\\p{L}+ ){0,2}?(?:осуществля|осуществ|производ|переда|предусмотр|планир|выполня|вед[её]т|допуска|происход|реализу|поруча|использу|направля|пересыла|хран|размеща|подава|подан|подал|покида|выход|вывоз|экспорт)\\p{L}*',
  'не подлеж\\p{L}*', 'отсутству\\p{L}*', 'исключ(?:ается|ена|ено|ены)', 'нет', 'никогда',
  '(?:not|never|no longer) (?:\\p{L}+ ){0,2}?(?:carr|transfer|perform|made|make|conduct|process|send|sent|share|shar|disclos|mov|stor|host|plan|intend|engag|fil|submit|tak|occur|allow|permit|involv|leav|export|transmit|locat|us)\\p{L}*',
  "(?:does|do|will|shall|is|are|has|have|was|were)n[’']t",
  'no (?:cross|trans|international|personal|data|transfer|such)\\p{L}*',
  'none',
].join('|');

/** A scope limited to countries without adequate protection: the negation covers only them. */
export const NON_ADEQUATE = [
  'не обеспечива\\p{L}* (?:\\p{L}+ ){0,2}?адекватн\\p{L}*',
  'не являющ\\p{L}* (?:\\p{L}+ ){0,2}?сторон\\p{L}*',
  'не включенн\\p{L}* в (?:\\p{L}+ ){0,2}?перечень',
  '(?:does|do|that|which) not (?:ensure|provide|guarantee|offer|afford) (?:an? )?adequate',
  'not (?:ensuring|providing|guaranteeing|offering) (?:an? )?adequate',
  'without (?:an? )?adequate',
  'non-adequate',
  'inadequate',
  'lack\\p{L}* (?:an? )?adequate',
  'not (?:a )?part(?:y|ies) to',
  'not (?:included|listed) (?:in|on) (?:the )?(?:list|roskomnadzor)',
].join('|');

/** An exception after a negation: "does not transfer abroad, except …". */
export const EXCEPT = 'за исключением|кроме|помимо|исключение составля\\p{L}*|except|other than|unless|save for|apart from|with the exception|excluding|but (?:may|can|will|for)';

/** Data named as a whole: "personal data", "your data". */
export const GENERIC_DATA = 'персональн\\p{L}* данн\\p{L}*|(?:ваши|ваших|вашим|ваш|пользовател\\p{L}*|клиент\\p{L}*|субъект\\p{L}*) данн\\p{L}*|данн\\p{L}* (?:пользовател|субъект|клиент|граждан)\\p{L}*|(?:^|[.,;:!?()«»"“”—–-]\\s*)данн(?:ые|ых)|personal (?:data|information)|(?:your|users?[’\']?s?[’\']?|customers?[’\']?|subjects?[’\']?|any|all) (?:personal )?(?:data|information)|^data|data (?:is|are)';

/** A prohibition: the 2025 wording of art. 18 part 5 ("… не допускаются"). */
export const PROHIBIT = 'не допуска\\p{L}*|недопустим\\p{L}*|запрещ\\p{L}*|(?:is|are|be) not (?:permitted|allowed)|prohibited|shall not|may not|must not|forbidden';

/** Rights clauses quoting art. 14 part 7 item 8: information about an (intended) transfer. */
export const RIGHTS_INFO = '(?:информаци|сведени|information|details|данные)\\p{L}*[^.;]{0,140}(?:трансграничн|cross[\\s-]?border|trans[\\s-]?border)';
export const RIGHTS_WORD = 'прав(?:о|а|ом)?(?!\\p{L})|вправе|right(?:s)?(?!\\p{L})|entitled|может (?:получ|запрос|требова)|may (?:request|obtain|receive)';

/** A definition of the term, e.g. «Трансграничная передача персональных данных — передача …». */
export const XB_DEFINITION = '^(?:[\\d.)]+\\s*)?[«"“]?(?:трансграничн\\p{L}* передач\\p{L}*(?: персональн\\p{L}* данн\\p{L}*)?|cross[\\s-]?border (?:data )?transfer(?: of personal data)?|transborder (?:data )?(?:flow|transfer)(?: of personal data)?)[»"”]?\\s*(?:\\([^)]{0,60}\\)\\s*)?(?:—|–|-|:|means|означает|is the|refers|shall mean|это|является)';

/**
 * Localisation of the data, not of the language or the interface: «локализации персональных
 * данных», «требования о локализации», "data localisation", "localisation of personal data".
 * «Настройки локализации (язык)», "localization preferences", «локализацию Пользователя» are not.
 */
const LOCALIZATION_OF_DATA = [
  'локализац\\p{L}* (?:\\p{L}+ ){0,2}?(?:персональн|данн|баз|обработк|хранени|сбор)\\p{L}*',
  '(?:требовани|закон|законодательств|обязанност|правил)\\p{L}* (?:\\p{L}+ ){0,2}?локализац\\p{L}*',
  '(?:data|database|storage|processing|personal data) locali[sz]ation',
  'locali[sz]ation (?:of (?:\\p{L}+ ){0,2}?(?:data|databases|information)|(?:requirements?|rules?|laws?|obligations?))',
].join('|');

/** A reference to the localisation requirement itself ("в соответствии с ч. 5 ст. 18", "data localisation requirements"). */
export const LOCALIZATION_REF = `(?:ч\\.|част\\p{L}*) ?5 (?:ст\\.|стать\\p{L}*) ?18(?![\\p{N}.])|(?:ст\\.|стать\\p{L}*) ?18 (?:ч\\.|част\\p{L}*) ?5(?!\\p{N})|art(?:icle|\\.)? ?18 ?\\(5\\)|art(?:icle|\\.)? ?18,? part 5|part 5 of art(?:icle|\\.)? ?18(?![\\p{N}.])|${LOCALIZATION_OF_DATA}`;

/** Localisation (art. 18 part 5), old wording: "databases located in the Russian Federation". */
export const LOCALIZATION_LAW = `баз\\p{L}* данн\\p{L}*,? (?:\\p{L}+ ){0,2}?находящ\\p{L}* (?:на территории|в) ${RF}|databases? (?:\\p{L}+ ){0,2}?located (?:in|on|within) (?:the )?(?:territory of )?(?:the )?(?:russian federation|russia)|мест\\p{L}* (?:хранени|обработк|нахождени)\\p{L}*(?: \\p{L}+){0,3}\\s*[—–:-]?\\s*(?:российская федерация|россия|рф)(?![\\p{L}\\p{N}])|(?:storage|data|server|hosting|processing) location[^.;]{0,30}?(?:russian federation|russia)(?![\\p{L}\\p{N}])`;

/**
 * Words before a country that make it something other than where data goes: where users live or
 * come from («для пользователей из Казахстана», "users in the EEA", "residents of the UK"), or
 * where a company is registered.
 */
export const NOT_DESTINATION_BEFORE = [
  '(?:пользовател|граждан|жител|резидент|клиент|посетител|покупател|субъект|user|resident|citizen|customer|visitor|individual|people|person|consumer)\\p{L}* (?:\\p{L}+ ){0,2}?(?:из|в|во|с|со|на территории|in|from|of|located in|based in|living in|residing in)(?: the)?\\s*$',
  // «жителей ЕС», «граждан Казахстана»: the genitive without a preposition.
  '(?:граждан|жител|резидент)\\p{L}*\\s*$',
  // Where a company is registered is not where data goes: «Оператор зарегистрирован в ОАЭ», "incorporated in Cyprus".
  '(?:зарегистрирован|учрежден|registered|incorporated|headquartered|organi[sz]ed under the laws of)\\p{L}* (?:\\p{L}+ ){0,2}?(?:в|во|на территории|in|under the laws of)(?: the)?\\s*$',
  // "if you are located in the EU", «если вы находитесь в Казахстане».
  '(?:you|вы) (?:are |live |reside |находитесь |проживаете |живете )(?:located |based )?(?:in|from|outside|в|во|на территории)(?: the)?\\s*$',
].join('|');

/** What may stand between two countries of one list ("the EEA and the United Kingdom", «Казахстана и Республики Беларусь»). */
export const PLACE_LIST_JOIN = '^\\s*(?:,\\s*)?(?:(?:и|или|и/или|а также|and|or|and/or)\\s+)?(?:the\\s+)?(?:республик\\p{L}*\\s+|republic of\\s+)?$';

/**
 * A third party that processes the data where a place abroad is named: "Some of our providers
 * may process data on servers outside your country", «сервис обрабатывает данные на серверах в
 * Ирландии». Naming who processes the data abroad discloses the transfer.
 */
export const PROCESSING_AGENT = [
  'сервис\\p{L}*', 'провайдер\\p{L}*', 'подрядчик\\p{L}*', 'партнер\\p{L}*', 'обработчик\\p{L}*', 'контрагент\\p{L}*', 'поставщик\\p{L}*', 'инфраструктур\\p{L}*', 'платформ\\p{L}*',
  'services?', 'providers?', 'processors?', 'sub-?processors?', 'vendors?', 'partners?', 'contractors?', 'infrastructure', 'platforms?',
].join('|');

/** A place abroad said relative to the user ("outside your country"): the author speaks of data crossing the user's border. */
export const USER_RELATIVE_PLACE = '(?:your|their|the user[’\']?s?|вашей|своей) (?:country|state|jurisdiction|страны|юрисдикции)';

/**
 * Kinds of service an exception to "no transfer abroad" may name by function («кроме сервиса
 * перевода текста», "except to our AI provider"): a recipient of that kind is covered by it.
 */
export const EXCEPTION_KINDS: Record<string, string> = {
  ai: 'ai|ии|искусственн\\p{L}*|нейросет\\p{L}*|llm|языков\\p{L}* модел\\p{L}*|language models?|генерац\\p{L}*|generat\\p{L}*|перевод\\p{L}*|translat\\p{L}*|распознаван\\p{L}*|transcri\\p{L}*',
  analytics: 'аналитик\\p{L}*|analytics?|метрик\\p{L}*|статистик\\p{L}*|statistics',
  hosting: 'хостинг\\p{L}*|hosting|сервер\\p{L}*|servers?|облак\\p{L}*|облачн\\p{L}*|cloud|дата-центр\\p{L}*|data cent\\p{L}*',
  storage: 'хранени\\p{L}*|хранилищ\\p{L}*|storage|облак\\p{L}*|cloud|резервн\\p{L}*|backups?',
  cdn: 'cdn|доставк\\p{L}* контент\\p{L}*|content delivery',
  payment: 'оплат\\p{L}*|платеж\\p{L}*|платежн\\p{L}*|эквайр\\p{L}*|payments?|billing|acquir\\p{L}*',
  mailing: 'рассылк\\p{L}*|e-?mail|почтов\\p{L}*|newsletters?|mailing',
  messenger: 'мессенджер\\p{L}*|messengers?|чат-бот\\p{L}*|бот\\p{L}*|chat ?bots?|bots?',
  crm: 'crm|поддержк\\p{L}*|support|обращени\\p{L}*',
  embed: 'карт(?:ы|а|ах|ам)|maps?|шрифт\\p{L}*|fonts?|капч\\p{L}*|captcha',
};
