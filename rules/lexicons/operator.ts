/**
 * Operator identification (docs/law.md: Operator identity, Identifiers): legal forms, identifier labels,
 * words that name the operator's role or a third party's, self-employment, address markers.
 *
 * Two kinds of entries live here:
 * - phrases in src/core/match.ts syntax (lower case, matched on doc.lower with stems);
 * - regular-expression sources (strings), for the few places where exact shapes matter
 *   (labels followed by digits, abbreviations matched case-sensitively on doc.text).
 */

/** What kind of person the operator is. */
export type EntityKind = 'company' | 'ip' | 'self-employed' | 'individual';

/**
 * Abbreviated legal forms, matched case-sensitively on doc.text ("ООО", not "ооо" inside a word).
 * Latin look-alikes of "ООО" ("OOO Romashka") are common in translations.
 */
export const FORM_ABBREVIATIONS: Record<string, EntityKind> = {
  ООО: 'company', OOO: 'company', ОАО: 'company', ЗАО: 'company', ПАО: 'company', НАО: 'company', АО: 'company',
  АНО: 'company', НКО: 'company', ФГУП: 'company', ГУП: 'company', МУП: 'company', ФГБУ: 'company', ФГАУ: 'company',
  ГБУ: 'company', ГАУ: 'company', МБУ: 'company', ФГБОУ: 'company', ФГАОУ: 'company', ЧОУ: 'company',
  'АНО ДПО': 'company', ТОО: 'company', ОДО: 'company',
  // Non-profits, state and municipal bodies and institutions (each a legal entity: 10-digit INN, OGRN).
  НП: 'company', ТСЖ: 'company', ТСН: 'company', СНТ: 'company', ЖСК: 'company', ГБУЗ: 'company', МБУЗ: 'company', ГАУЗ: 'company',
  МАУЗ: 'company', ГКУЗ: 'company', ФГБУЗ: 'company', МАОУ: 'company', МБОУ: 'company', МКОУ: 'company', МАДОУ: 'company', МБДОУ: 'company',
  МКДОУ: 'company', ГБОУ: 'company', ГАОУ: 'company', ГКОУ: 'company', ГБПОУ: 'company', ГАПОУ: 'company', МБУДО: 'company', МАУДО: 'company',
  МКУ: 'company', МАУ: 'company', ГКУ: 'company', ГАУК: 'company', МБУК: 'company', ФКУ: 'company', ФГКУ: 'company', ФГБУН: 'company',
  'ФГБОУ ВО': 'company', 'ФГАОУ ВО': 'company', 'ФГБОУ ВПО': 'company', ФГБНУ: 'company', ОГБУ: 'company', КГБУ: 'company', ОБУЗ: 'company',
  НОЧУ: 'company', ЧУ: 'company', ЧУЗ: 'company', ЧУДО: 'company', АНПОО: 'company', БФ: 'company', МОО: 'company', РОО: 'company',
  // A peasant farm is usually registered by its head as an entrepreneur (OGRNIP).
  КФХ: 'ip', 'ИП КФХ': 'ip', 'ИП глава КФХ': 'ip',
  LLC: 'company', LLP: 'company', JSC: 'company', PJSC: 'company', CJSC: 'company', OJSC: 'company', 'FZ-LLC': 'company',
  Ltd: 'company', 'Ltd.': 'company', GmbH: 'company', 'Inc.': 'company', Inc: 'company', LTD: 'company',
  ИП: 'ip', IE: 'ip',
};

/** Abbreviations that follow the name in English ("Yandex LLC", "Stripe, Inc."). */
export const POSTFIX_ABBREVIATIONS = ['LLC', 'FZ-LLC', 'LLP', 'Ltd.', 'Ltd', 'LTD', 'Inc.', 'Inc', 'GmbH', 'JSC', 'PJSC', 'Corp.', 'Corporation'];

/**
 * Spelled-out legal forms, as regular-expression sources on doc.lower (any case ending:
 * "Индивидуальным предпринимателем", "Обществом с ограниченной ответственностью").
 */
export const FORM_PHRASES: [string, EntityKind][] = [
  ['обществ[а-я]* с ограниченной ответственностью', 'company'],
  ['(?:публичн|непубличн|закрыт|открыт)[а-я]* акционерн[а-я]* обществ[а-я]*', 'company'],
  ['акционерн[а-я]* обществ[а-я]*', 'company'],
  ['автономн[а-я]* некоммерческ[а-я]* организаци[а-я]*', 'company'],
  ['небанковск[а-я]* кредитн[а-я]* организаци[а-я]*', 'company'],
  ['индивидуальн[а-я]* предпринимател[а-я]*', 'ip'],
  ['некоммерческ[а-я]* партнерств[а-я]*', 'company'],
  ['некоммерческ[а-я]* организаци[а-я]*', 'company'],
  ['(?:благотворительн[а-я]* |общественн[а-я]* |некоммерческ[а-я]* )?фонд[а-я]*', 'company'],
  ['(?:общественн[а-я]* |некоммерческ[а-я]* |религиозн[а-я]* |профессиональн[а-я]* )?(?:ассоциаци[а-я]*|союз[а-я]*)', 'company'],
  ['(?:общественн[а-я]*|некоммерческ[а-я]*|религиозн[а-я]*) (?:организаци[а-я]*|объединени[а-я]*)', 'company'],
  ['товариществ[а-я]* собственников (?:жиль[а-я]*|недвижимост[а-я]*)', 'company'],
  ['(?:потребительск[а-я]* |жилищн[а-я]* |жилищно-строительн[а-я]* |сельскохозяйственн[а-я]* |производственн[а-я]* )?кооператив[а-я]*', 'company'],
  ['(?:федеральн[а-я]* )?(?:государственн[а-я]*|муниципальн[а-я]*|областн[а-я]*|краев[а-я]*|городск[а-я]*) (?:бюджетн[а-я]*|казенн[а-я]*|автономн[а-я]*) (?:[а-я-]+ ){0,3}учреждени[а-я]*', 'company'],
  ['(?:федеральн[а-я]* )?(?:государственн[а-я]*|муниципальн[а-я]*) унитарн[а-я]* предприяти[а-я]*', 'company'],
  ['(?:частн[а-я]* )?(?:образовательн[а-я]*|медицинск[а-я]*) учреждени[а-я]*', 'company'],
  ['адвокатск[а-я]* (?:бюро|палат[а-я]*|коллеги[а-я]*|объединени[а-я]*)', 'company'],
  ['коллеги[а-я]* адвокатов', 'company'],
  ['крестьянск[а-я]* \\(?фермерск[а-я]*\\)? хозяйств[а-я]*', 'ip'],
  ['самозанят[а-я]*(?: гражданин[а-я]*| лиц[а-я]*)?', 'self-employed'],
  ['физическ[а-я]* лиц[а-я]*', 'individual'],
  ['(?:private |public )?limited liability (?:company|partnership)', 'company'],
  ['(?:public |private |closed |open )?joint[- ]stock company', 'company'],
  ['limited company', 'company'],
  ['non-?profit (?:partnership|organi[sz]ation|association|foundation)', 'company'],
  ['autonomous non-?(?:profit|commercial) organi[sz]ation', 'company'],
  ['(?:charitable |charity |public )?foundation', 'company'],
  ['(?:public |professional )?(?:association|union)', 'company'],
  ["homeowners'? association", 'company'],
  ['(?:consumer |housing |agricultural )?cooperative', 'company'],
  ['(?:federal )?(?:state|municipal|regional) (?:budgetary|budget|autonomous|treasury|government-funded)(?: [a-z-]+){0,3} institution', 'company'],
  ['(?:federal )?(?:state|municipal) unitary enterprise', 'company'],
  ['law (?:firm|office|bureau)|bar association', 'company'],
  ['peasant (?:\\(farm\\) )?(?:farm|household)(?: enterprise)?', 'ip'],
  ['(?:individual|private|sole) entrepreneur', 'ip'],
  ['sole (?:proprietor|trader)(?:ship)?', 'ip'],
  ['self-employed (?:person|individual|citizen)|self-employed', 'self-employed'],
];

/**
 * Spelled-out forms that are also common nouns («фонд», «союз», «ассоциация», «организация»,
 * "foundation", "union"): they name a legal person only with a quoted name after them
 * («Фонд «Помощь»», not «Пенсионный фонд Российской Федерации»). Indexes into FORM_PHRASES.
 */
export const QUOTED_NAME_ONLY = /(?:фонд|союз|ассоциаци|организаци|объединени|кооператив|учреждени|foundation|association|union|cooperative|organi)/;

/**
 * Names that are template dummies, not a name («ИП Фамилия Имя Отчество», «ООО «Название»»):
 * such a "name" identifies nobody (placeholder-text reports it).
 */
export const DUMMY_NAMES = /^(?:фамилия(?:\s+имя(?:\s+отчество)?)?|ф\.?\s?и\.?\s?о\.?|название(?:\s+\S+)?|наименование(?:\s+\S+)?|компания|организация|имя\s+фамилия|name|company(?:\s+name)?|your\s+company|legal\s+entity(?:\s+name)?|full\s+name|first\s+name\s+last\s+name)$/i;

/** Identifier labels, as regular-expression sources on doc.lower. Longer, more specific first. */
export const LABELS = {
  ogrnip: [
    'огрнип', 'огрн\\s?ип', 'огрн индивидуальн[а-я]* предпринимател[а-я]*',
    'основн[а-я]* государственн[а-я]* регистрационн[а-я]* номер[а-я]* индивидуальн[а-я]* предпринимател[а-я]*',
    'ogrnip', 'ogrn\\s?ip', 'ogrn\\s?ie', 'psrnie', 'psrnip', 'psrn\\s?ie', 'psrn\\s?ip',
    '(?:primary|main|principal) state registration number of (?:an |the )?(?:individual|sole) (?:entrepreneur|proprietor)',
  ],
  ogrn: [
    'огрн', 'основн[а-я]* государственн[а-я]* регистрационн[а-я]* номер[а-я]*', 'ogrn', 'psrn',
    '(?:primary|main|principal) state registration number', 'state registration number',
  ],
  inn: [
    'инн', 'идентификационн[а-я]* номер[а-я]* налогоплательщик[а-я]*', 'inn', 'tin',
    'taxpayer identification number', 'tax identification number', 'taxpayer (?:id|number)', 'tax id',
  ],
  kpp: ['кпп', 'код[а-я]* причины постановки на учет', 'kpp', 'rrc', 'iec', 'tax registration reason code'],
} as const;

/**
 * Words between a label and its number that say whose number it is ("ИНН Оператора",
 * "ИНН банка", "TIN of the Operator"). Regular-expression sources on doc.lower.
 */
export const OPERATOR_QUALIFIERS = [
  'оператора', 'общества', 'компании', 'организации', 'исполнителя', 'продавца', 'правообладателя', 'лицензиара',
  'ип', 'индивидуального предпринимателя', 'юридического лица', 'владельца сайта', 'самозанятого',
  'of the operator', 'of the company', 'of the entrepreneur', 'of the seller', 'of the licensor',
];
export const THIRD_PARTY_QUALIFIERS = [
  'банка', 'эквайера', 'платежного агента', 'агента', 'оператора связи', 'хостинг-провайдера', 'провайдера', 'партнера', 'получателя платежа',
  'of the bank', 'of the acquirer', 'of the payment agent', 'of the provider', 'of the partner',
];

/**
 * Phrases naming the operator's role, before its name ("Оператор: …", "The personal data
 * operator is …", "Правообладатель ⇥ ООО …") or in a definition after it ("(далее — Оператор)").
 */
export const OPERATOR_ROLES = [
  'оператор персональных данных', 'оператор*', 'правообладател*', 'администрац* сайта', 'администрац* сервиса',
  'владел* сайта', 'владел* сервиса', 'владел* ресурса', 'лицензиар*', 'исполнител*', 'продав*', 'реквизит*',
  'сведения об операторе', '=мы', '=нас', '=наш', '=наша', '=наше', '=наши', 'наши реквизиты',
  'personal data operator', 'operator*', 'data controller', '=controller', 'site owner', 'website owner', 'owner of the website',
  'owner of the site', 'owner of the service', 'service owner', '=licensor', '=seller', 'company details', 'our details', 'requisites', '=we', '=us', '=our',
];

/** Words that introduce a defined term after a name: "(далее — «Оператор»)", "(hereinafter the “Operator”)". */
export const DEFINITION_MARKERS = '(?:далее|в дальнейшем|именуем[а-я]*|hereinafter|referred to as)';
/** Defined terms that denote the operator. */
export const OPERATOR_TERMS =
  '(?:оператор|operator|компания|company|общество|исполнитель|правообладатель|администрация|владелец|лицензиар|продавец|controller|we|мы|licensor|seller|owner)';

/**
 * Phrases naming a third party's role: payment providers, banks, hosting, OAuth providers,
 * platforms, processors, authorities. Compound "operators" (оператор связи, messenger
 * operators) are third parties and win over the operator's role where they overlap.
 */
export const THIRD_PARTY_ROLES = [
  // payments and banks
  'эквайер*', 'эквайринг*', 'банк', 'банка', 'банке', 'банком', 'банки', 'банков', 'банкам', 'кредитн* организац*', 'небанковск* кредитн*', '=нко',
  'платежн* систем*', 'платежн* агент*', 'платежн* сервис*', 'платежн* провайдер*', 'платежн* шлюз*', 'платежн* партнер*', 'платежн* организац*', 'платежн* агрегатор*',
  'оператор* по переводу денежных средств', 'оператор* платежн* систем*', 'оператор* фискальн* данн*', '=офд', 'онлайн-касс*',
  'acquirer*', 'acquiring', '=bank', '=banks', "bank's", 'credit institution', 'payment provider*', 'payment service provider*', 'payment processor*', 'payment system*',
  'payment gateway*', 'payment agent*', 'payment operator*', 'payment partner*', 'payment service*', '=psp', 'fiscal data operator*',
  // hosting, infrastructure, IT services
  'хостинг*', 'хостер*', 'провайдер*', 'дата-центр*', 'центр* обработки данных', '=цод', 'облачн* платформ*', 'облачн* сервис*', 'облачн* провайдер*', 'сервер*',
  'hosting*', 'hoster*', 'infrastructure provider*', 'cloud provider*', 'cloud platform*', 'data cent*', 'server*', 'provider*',
  // platforms, OAuth, messengers, marketplaces
  'oauth', 'платформ*', 'маркетплейс*', 'агрегатор*', 'мессенджер*', 'социальн* сет*', 'оператор* связи', 'оператор* сотов*', 'оператор* электронн* документооборот*', 'оператор* эдо',
  'platform*', 'marketplace*', 'aggregator*', 'messenger*', 'social network*', 'messenger operator*', 'telecom operator*', 'mobile operator*', 'network operator*',
  // processors, contractors, partners
  'обработчик*', 'по поручению', 'контрагент*', 'подрядчик*', 'партнер*', 'поставщик*', 'трет* лиц*', 'сторонн* сервис*', 'служб* доставк*', 'курьерск* служб*', 'сервис* рассылк*', 'аналитическ* сервис*', 'сервис* аналитик*',
  'processor*', 'sub-processor*', 'subprocessor*', 'on behalf of', 'contractor*', 'vendor*', 'partner*', 'supplier*', 'third part*', 'delivery service*', 'courier*', 'analytics service*', 'email service*',
  // people who are not the operator
  'ответственн* лиц*', 'ответственн* за', 'responsible person', 'person responsible', 'data protection officer', '=dpo',
  // authorities
  'роскомнадзор*', 'уполномоченн* орган*', 'надзорн* орган*', 'налогов* орган*', 'суд', 'суда', 'судом', 'суде',
  'roskomnadzor', 'supervisory authorit*', 'authorized body', 'authority', 'authorities', '=court',
];

/**
 * Between a role word and the name it introduces only such words may stand for the name to be
 * that role's holder ("Оператором персональных данных является ООО …", "The operator is IE …").
 */
export const APPOSITIVE_WORDS = new Set([
  'является', 'являются', 'выступает', 'выступают', 'это', 'персональных', 'данных', 'в', 'лице', 'сайта', 'сервиса', 'юридическое', 'лицо',
  'is', 'are', 'acts', 'as', 'being', 'the', 'a', 'an', 'of', 'personal', 'data', 'company', 'компания', 'general', 'information',
]);

/** Words between an operator's role and a name that make the name somebody else ("Оператор передаёт … ООО «Хостер»"). */
export const TRANSFER_CUES = [
  'переда*', 'поруча*', 'поручени*', 'привлека*', 'использ*', 'с помощью', 'через', 'посредством', 'предоставля*', 'пользуется', 'заключ*', 'сотруднича*',
  'transfer*', 'share*', 'sharing', 'disclos*', 'engag*', 'use*', 'using', 'via', 'through', 'entrust*', 'provid*', 'contract*', 'rel*', 'hosted by', 'processed by',
];

/** Self-employment (НПД): an INN but no OGRNIP exists for such an operator. */
export const SELF_EMPLOYED = [
  'самозанят*', 'налог* на профессиональн* доход*', '=нпд', 'плательщик* нпд', 'специальн* налогов* режим* нпд',
  'self-employed', 'self employed', 'professional income tax', 'tax on professional income', '=npd',
];

/** Address labels (for readability of the extractor; the address itself is judged by its content). */
export const ADDRESS_LABELS = [
  'юридическ* адрес*', 'почтов* адрес*', 'фактическ* адрес*', 'адрес* мест* нахождени*', 'мест* нахождени*', 'местонахождени*',
  'адрес* для корреспонденци*', 'по адресу', 'адрес*',
  'registered address', 'legal address', 'postal address', 'mailing address', 'registered office', 'address', 'located at', 'registered at',
];

/**
 * Street-level markers (regex sources on doc.lower); an address has one of them next to a house
 * number. Short forms must carry their full stop ("ул.", "st.", "per."), so that "per 24 hours"
 * or "ш" inside a word never count; long forms stand alone.
 */
export const STREET_MARKERS_SHORT =
  '(?:ул|пр-т|пр-кт|просп|пр|пер|наб|б-р|бул|ш|пл|туп|мкр|мкрн|кв-л|д|st|str|ave|blvd|rd|pr|per|sq|nab|ul|bldg|apt|bld)';
export const STREET_MARKERS_LONG =
  '(?:улиц[а-я]*|проспект[а-я]*|переул[а-я]*|набережн[а-я]*|бульвар[а-я]*|шоссе|площад[а-я]*|проезд[а-я]*|тупик[а-я]*|алле[яи]|лини[яи]|микрорайон[а-я]*|квартал[а-я]*|тракт[а-я]*|дом|street|avenue|boulevard|lane|road|prospekt|prospect|embankment|naberezhnaya|ulitsa|pereulok|shosse|highway|square|alleya|alley|proezd|building|apartment|suite)';
/** Words that show a postcode belongs to an address, not to a sum or a count. */
export const GEO_WORDS =
  '(?:г\\.|гор\\.|город[а-я]*|обл|област[а-я]*|край|кра[яю]|респ|республик[а-я]*|район[а-я]*|р-н|пос|посел[а-я]*|с\\.|село|дер|деревн[а-я]*|россия|российская|рф|москва|санкт|city|region|oblast|krai|republic|district|russia|russian federation|moscow|saint|st\\. petersburg|[а-я]+ск|[а-я]+бург|[a-z]+sk)';

/**
 * Section headings under which the operator is identified (for findings about something absent).
 * Headings about the operator's rights and duties are not such sections.
 */
export const OPERATOR_HEADINGS = [
  'сведения об оператор*', 'информаци* об оператор*', 'реквизит*', 'данные оператор*', 'оператор', 'оператор персональных данных',
  'контакт*', 'контактн* информаци*', 'адрес* оператор*', 'об оператор*',
  'operator', 'operator details', 'operator information', 'operator contact*', 'about the operator', 'about us', 'who we are', 'company details',
  'contact*', 'contact details', 'contact information', 'data controller', 'controller', 'identity of the operator', 'requisites',
];
export const NOT_OPERATOR_HEADINGS = ['прав*', 'обязанност*', 'ответственност*', 'rights', 'obligations', 'duties', 'responsibilit*'];

/**
 * Legal forms of foreign companies: such an operator has no Russian INN or OGRN to state.
 * ("LLC" and "JSC" are how Russian ООО and АО are translated, so they are not among them.)
 */
export const FOREIGN_FORMS = new Set(['Ltd', 'Ltd.', 'LTD', 'Inc', 'Inc.', 'GmbH', 'Corp.', 'Corporation', 'FZ-LLC', 'LLP', 'Limited']);

/** OGRNs of platforms and banks (docs/law.md: Identifiers): never the operator's. */
export const PLATFORM_OGRNS: ReadonlySet<string> = new Set(['1027700229193', '1027739850962']);
