/**
 * Special categories of personal data (152-FZ art. 10) and biometric personal data (art. 11; see
 * docs/law.md, Consent). Phrases use
 * src/core/match.ts syntax and are matched on doc.lower; raw `{…}` fragments spell letters out
 * ([a-zа-я]) so that they stay fast. rules/special-categories.ts combines them: a statement that
 * such data is processed, and the subject's written consent or another ground of art. 10 part 2 /
 * art. 11 part 2 that covers it.
 */

const W = '[a-zа-я0-9-]*';
/** "(a|b|c)" as a raw fragment of whole words that start with a, b or c. */
const any = (...stems: string[]) => `{(?:${stems.map((x) => x.replace(/ /g, '\\s+')).join('|')})${W}}`;
/** One of these whole words or phrases, exactly. */
const one = (...words: string[]) => `{(?:${words.map((x) => x.replace(/ /g, '\\s+')).join('|')})(?![a-zа-я0-9])}`;

export type Group = 'special' | 'criminal' | 'biometric';

/**
 * Art. 10 part 1: race, nationality, political views, religious or philosophical beliefs, health,
 * intimate life. Not "здоровье" alone («защита жизни и здоровья» is a ground, not data), not
 * "nationality" alone (in English policies it usually means citizenship).
 */
export const SPECIAL_DATA: readonly string[] = [
  // health
  'состояни* здоровья', `${any('сведени', 'данн', 'информаци', 'документ', 'справк')} ~1 ${one('о', 'об', 'касающ[а-я]*', 'относящ[а-я]*')} ~2 ${any('здоровь')}`, `${any('медицинск')} ${any('данн', 'сведени', 'информаци', 'документ', 'карт', 'заключени', 'диагноз', 'показани', 'противопоказани', 'анамнез', 'истори', 'осмотр', 'обследовани', 'справк')}`,
  'диагноз*', 'анамнез*', 'противопоказани*', `${one('о', 'об')} ~1 ${any('травм')}`, `${any('сведени', 'данн', 'информаци', 'справк', 'наличи', 'групп', 'статус', 'документ')} ~2 ${any('инвалидност')}`, 'беременност*', 'аллерги*', 'групп* крови', 'листк* нетрудоспособност*', 'листок нетрудоспособности', 'больничн* лист*', 'хроническ* заболевани*', `${any('сведени', 'данн', 'информаци')} ~2 ${any('заболевани')}`,
  'health data', 'health information', 'health status', 'health condition*', 'state of health', 'health-related', 'health records',
  `${any('data', 'information', 'details', 'records')} ${one('about', 'on', 'concerning', 'regarding', 'relating to', 'related to', 'of')} ~2 ${any('health')}`, `${any('medical')} ${any('data', 'information', 'record', 'history', 'histories', 'condition', 'report', 'certificate', 'examination', 'test', 'diagnos')}`,
  '=diagnosis', '=diagnoses', 'contraindication*', '=injuries', `${any('data', 'information', 'details', 'records', 'proof', 'evidence', 'certificate')} ${one('about', 'on', 'of', 'regarding', 'concerning')} ~2 ${any('disabilit')}`, 'disability status', `${one('your', 'their', 'his', 'her')} ${any('disabilit')}`, 'pregnanc*', '=allergy', '=allergies', 'blood type*', 'blood group*', 'sick leave', 'sick note*', `chronic ~2 ${any('condition', 'illness', 'disease')}`,
  // race, nationality
  `${any('расов')} ~3 ${any('принадлежност', 'происхождени')}`, 'национальн* принадлежност*', 'национальност*', 'этническ* происхождени*', 'этническ* принадлежност*', '=расы', '=раса',
  'racial', 'ethnic origin', 'ethnicity', 'ethnic background', 'national origin', 'national or ethnic', 'race or ethnic*',
  // political, religious, philosophical
  `${any('политическ')} ${any('взгляд', 'убеждени', 'предпочтени', 'мнени')}`, 'партийн* принадлежност*', `${any('религиозн', 'философск')} ~3 ${any('убеждени', 'взгляд', 'принадлежност')}`, 'вероисповедани*',
  `${any('political')} ${any('view', 'opinion', 'belief', 'affiliation', 'preference')}`, `${any('religious', 'philosophical')} ~3 ${any('belief', 'view', 'affiliation', 'conviction')}`, '=religion', 'religious affiliation',
  // intimate life
  'интимн* жизн*', `${any('сексуальн')} ${any('жизн', 'ориентаци', 'предпочтени', 'поведени', 'здоровь')}`, 'половой жизни', 'половая жизнь', 'половую жизнь',
  'intimate life', 'sex life', `${any('sexual')} ${any('life', 'orientation', 'preference', 'behavio', 'health', 'activit')}`,
  // the category by name
  'специальн* категори* персональн* данн*', `${any('специальн')} ${any('категори')} ~2 ${any('данн', 'сведени', 'информаци')}`, `${any('специальн')} ${any('категори')}`,
  `special ${any('categor')} of ~2 data`, `special ${any('categor')} of ~2 information`, 'special category data', 'special categories',
];

/** Art. 10 part 3: criminal record. */
export const CRIMINAL_DATA: readonly string[] = [
  'судимост*', `${any('сведени', 'данн', 'информаци')} ~2 ${any('привлечени')} ~2 ${any('уголовн')} ${any('ответственност')}`,
  'criminal record*', 'criminal conviction*', 'criminal history', 'criminal background', 'criminal background check*', 'prior conviction*',
];

/** Biometric by name: «биометрические персональные данные», "biometric data", «биометрия». */
export const BIOMETRIC_WORDS: readonly string[] = ['биометри*', 'biometric*', '=biometry', 'единой биометрической систем*', 'unified biometric system'];

/** Physiological features that are biometric when used to establish identity (art. 11 part 1). */
export const BIOMETRIC_FEATURES: readonly string[] = [
  `${any('изображени', 'фотограф', 'фотоизображени', 'фото', 'видеоизображени', 'снимк', 'снимок', 'геометри', 'скан')} ~1 ${one('лица', 'лицо', 'лиц', 'лицом')}`,
  `распознавани* ${one('лиц', 'лица')}`, 'лицев* биометри*', 'селфи', 'фотографи*', 'фотоизображени*', '=фото', 'видеоизображени*',
  `${any('образ', 'образц', 'запис', 'отпечат', 'слепк', 'тембр')} ~1 ${any('голос')}`, 'голосов* образ*', 'голосов* слепк*', '=голос', '=голосу', '=голосом',
  `${any('отпечат')} ~1 ${any('пальц', 'ладон')}`, 'дактилоскоп*', 'радужн* оболочк*', 'сетчатк*', `${any('рисун')} ~1 ${any('вен')}`, 'походк*',
  `${any('facial')} ${any('image', 'feature', 'geometry', 'scan', 'template', 'data', 'recognition', 'photo', 'biometric')}`, 'face scan*', 'face geometry', 'face recognition', 'face template*',
  'photo* of ~2 face', 'image* of ~2 face', `${any('face')} ${any('photo', 'image')}`, 'selfie*', 'photo*', '=face', '=faces',
  'voiceprint*', 'voice print*', 'voice sample*', 'voice template*', '=voice',
  'fingerprint*', 'finger print*', 'palm print*', 'palm vein*', '=iris', 'iris scan*', 'retina*', 'retinal', 'vein pattern*', '=gait',
];

/** A feature that belongs to something else: "browser fingerprint", "photo of the passport". */
export const FEATURE_NOT_PERSON_BEFORE = '(?:browser|device|digital|canvas|tls|ssh|key|file|audio|passport|passport-style|document|id|product|item|цифров[а-я]*|браузер[а-я]*|устройств[а-я]*|паспортн[а-я]*)[\\s-]+$';
export const FEATURE_NOT_PERSON_AFTER =
  '^[\\s,]*(?:(?:of|in|from|on|из|в|на|со|с)\\s+(?:the\\s+|your\\s+|a\\s+|an\\s+|their\\s+|his\\s+|her\\s+)?)?(?:\\(?\\s*(?:скан[а-я]*|копи[а-я]*)\\s+)?(?:страниц[а-я]*\\s+)?(?:паспорт|документ|удостоверени|свидетельств|полис|снилс|водительск|товар|объект|помещени|недвижим|автомобил|транспорт|квартир|passport|document|id\\s+card|identity\\s+card|driver|licen[cs]e|product|item|property|vehicle|car|receipt|чек)';

/**
 * The feature is used to establish the person's identity (art. 11 part 1): recognition,
 * comparison, biometric identification or verification, access control. Not "identity document".
 */
export const IDENTIFICATION: readonly string[] = [
  `${any('идентификац', 'идентифицир')} ~3 ${any('пользовател', 'субъект', 'клиент', 'личност', 'посетител', 'работник', 'сотрудник', 'пациент', 'абонент', 'покупател', 'человек', 'заемщик')}`, `${any('идентификац', 'идентифицир')} ~3 ${one('лиц', 'лица', 'лицо')}`,
  `${any('установлени', 'установ', 'подтвержд', 'проверк', 'провер', 'верификац', 'верифицир')} ~3 ${any('личност')}`,
  `${any('биометрическ')} ~2 ${any('идентификац', 'аутентификац', 'верификац')}`, `${any('аутентификац', 'идентификац', 'верификац', 'вход', 'авторизац')} по ~2 ${any('голос', 'отпечат', 'биометри', 'фото', 'изображени')}`, `${any('аутентификац', 'идентификац', 'верификац', 'вход', 'авторизац')} по ~2 ${one('лицу', 'лица', 'лицо')}`,
  `${any('распознавани', 'распознава', 'распозна')} ~3 ${one('лиц', 'лица', 'лицо')}`, `${any('распознавани', 'распознава', 'распозна')} ~3 ${any('пользовател', 'личност', 'человек', 'сотрудник', 'работник', 'клиент', 'посетител')}`, `${any('сравнени', 'сравнива', 'сопоставлени', 'сопоставля', 'сверк', 'сверя')} ~6 ${any('фото', 'изображени', 'голос', 'отпечат', 'образц', 'шаблон')}`,
  'пропускн* режим*', `${any('контрол')} ~2 ${any('доступ')}`, '=скуд', 'по лицу', 'по голосу', `по ${any('отпечат')}`, 'разблокир*', `вход* по ~2 ${one('лицу', 'голосу', 'отпечатку')}`,
  `${any('identif')} ~3 ${one('you')}`, `${any('identif')} ~3 ${any('user', 'person', 'individual', 'customer', 'client', 'subject', 'employee', 'visitor', 'patient', 'people', 'speaker', 'member')}`,
  `${any('identification')} of ~3 ${any('user', 'person', 'individual', 'customer', 'client', 'subject', 'employee', 'visitor', 'patient', 'people', 'speaker', 'member')}`,
  'identity verification', `${any('verif', 'confirm', 'establish', 'check', 'prov', 'authenticat')} ~3 identit*`, `${any('biometric', 'face', 'facial', 'voice', 'fingerprint')} ~2 ${any('identification', 'verification', 'authentication', 'login', 'sign-in')}`, `${any('biometric', 'face', 'facial', 'fingerprint')} ~2 ${any('recognition')}`, 'speaker recognition', 'speaker identification',
  `${any('recogni')} ~3 ${one('you')}`, `${any('recogni')} ~3 ${any('user', 'person', 'face', 'individual', 'customer', 'people', 'employee', 'visitor')}`, 'face match*', 'liveness', 'access control', 'unlock*', `${any('compar', 'match')} ~6 ${any('photo', 'image', 'face', 'selfie', 'voice', 'fingerprint', 'template')}`,
  `by ~1 ${any('your', 'their', 'his', 'her', 'the')} ~1 ${any('face', 'voice', 'fingerprint')}`, 'kyc',
];

/**
 * Processing words: a sentence with one of them (or a list of data under a lead-in, a row of a
 * data table, a data-categories section) states what is processed.
 */
export const PROCESSING: readonly string[] = [
  any('обрабатыва', 'обработк', 'обработа', 'собира', 'сбор', 'получа', 'получен', 'запрашива', 'хран', 'использ', 'предоставля', 'предоставлен', 'указыва', 'указан', 'сообща', 'вносит', 'внесен', 'заполня', 'включа', 'содерж', 'перечень', 'следующ', 'загружа', 'фиксиру', 'ведет', 'ведем', 'ведутся', 'ведения', 'анкет', 'оцифров', 'записыва', 'учитыва', 'переда', 'просим', 'можем', 'вправе', 'вводит', 'прикладыва', 'направля', 'сним', 'фотографир', 'сравнива', 'сопоставля', 'провер', 'сканир'),
  one('use', 'uses', 'used', 'using', 'may', 'such as'),
  any('process', 'collect', 'receiv', 'obtain', 'request', 'ask', 'store', 'provid', 'submit', 'enter', 'upload', 'includ', 'contain', 'record', 'gather', 'keep', 'hold', 'captur', 'scan', 'shar', 'transfer', 'categor', 'list', 'following', 'take', 'taking', 'took', 'photograph', 'compar', 'match', 'verif', 'check', 'report', 'tell', 'disclos'),
];

/** A heading over a list of data ("3. Data", «Какие сведения мы собираем»). */
export const DATA_HEADING: readonly string[] = [any('данн', 'сведени', 'информаци', 'собира', 'обрабатыва', 'анкет', 'профил'), any('data', 'information', 'collect', 'process', 'profile', 'details')];

/** Sentences that define a term: "… means …", «… понимаются …». */
export const DEFINITION = `(?:^|[^a-zа-я])(?:означа[а-я]*|понима[а-я]*|определ[а-я]*\\s+как|means|refers?\\s+to|is\\s+defined|are\\s+defined|shall\\s+mean)(?![a-zа-я])`;
/**
 * "Term — сведения, …", «К специальным категориям относятся сведения …»: a definition when the
 * part before it names a term, not the operator's processing («Оператор обрабатывает данные
 * клиентов — сведения о здоровье» is a statement). The rule checks that part for processing words.
 */
export const DEFINITION_HEAD = `^(?:\\d[\\d.]*\\s*)?([^.;:!?]{1,100}?)(?:\\s[—–-]\\s*(?:это\\s+)?(?:сведения|данные|информация|персональные|information|data|personal)|\\s(?:относятся|являются)\\s+(?:следующие\\s+)?(?:сведения|данные))(?![a-zа-я])`;

/**
 * A negation of processing before the data in its clause: «не обрабатывает специальные категории»,
 * "does not process special categories", "we never ask for health data", "please do not send".
 */
export const NEGATION_BEFORE = [
  '(?<![a-zа-я])не\\s+(?:[a-zа-я]+\\s+){0,3}?(?:обрабатыва|осуществля|собира|получа|запрашива|хран|использ|требу|треб|веде|предоставля|предоставлять|направля|направлять|сообща|сообщать|указыва|указывать|размеща|размещать|переда|включа|содерж|вноси|принима|имеет|имеют|допуска|предполага|планиру)[a-zа-я]*',
  '(?<![a-z])(?:not|never)\\s+(?:[a-z]+\\s+){0,3}?(?:process|collect|receiv|obtain|request|ask|stor|keep|hold|use|using|require|need|seek|solicit|send|submit|provid|includ|enter|upload|share|post|disclose|gather|record|have|intend|plan|want)[a-z]*',
  "n[’']t\\s+(?:[a-z]+\\s+){0,3}?(?:process|collect|receive|obtain|request|ask|store|keep|hold|use|require|need|seek|solicit|send|submit|provide|include|enter|upload|share|post|disclose|gather|record|have|intend|plan|want)[a-z]*",
  '(?<![a-zа-я])(?:просим\\s+не|не\\s+следует|не\\s+нужно|не\\s+должн[а-я]*|запрещ[а-я]*|please\\s+do\\s+not|please\\s+don[’\']t|should\\s+not|must\\s+not|may\\s+not|are\\s+not\\s+allowed\\s+to|is\\s+prohibited|are\\s+prohibited|за\\s+исключением|кроме|except|excluding|other\\s+than|apart\\s+from|не\\s+относятся)(?![a-zа-я])',
].join('|');

/** A determiner of absence right before the data: "no health data", «без сведений о здоровье», «никаких». */
export const NEGATION_NEAR = '(?<![a-zа-я])(?:no|none\\s+of|neither|nor|without|без|ни|нет|никак[а-я]*|not\\s+(?:any|a))\\s+(?:[a-zа-я.-]+\\s+){0,3}$';

/**
 * A negation after the data in its clause: «… не обрабатываются», "are not deliberately collected or
 * processed", «обработка … не осуществляется», «… не допускается», "is prohibited".
 */
export const NEGATION_AFTER =
  '(?:^\\s*[:—–-]\\s*(?:none|нет|no|not\\s+applicable|отсутству[а-я]*|не\\s+(?:обрабатыва|собира)[а-я]*)|(?<![a-zа-я])(?:не\\s+(?:[a-zа-я]+\\s+)?(?:обрабатыва|осуществля|собира|получа|запрашива|хран|использу|веде|допуска|подлеж|принима|требу|предоставля|включа|содерж|производ|выполня|проводит)[a-zа-я]*|(?:do|does|will|shall|did)\\s+not\\s+(?:[a-z]+\\s+){0,2}?(?:process|collect|obtain|request|store|keep|hold|use|ask|require|receive|gather|record)[a-z]*|(?:don|doesn|won)[’\']t\\s+(?:[a-z]+\\s+){0,2}?(?:process|collect|obtain|request|store|keep|hold|use|ask|require|receive|gather|record)[a-z]*|never\\s+(?:[a-z]+\\s+){0,1}?(?:process|collect|obtain|request|store|keep|hold|use|ask|require|receive|gather|record)[a-z]*|(?:not|never)\\s+(?:[a-z]+\\s+)?(?:processed|collected|obtained|requested|stored|kept|held|used|received|gathered|recorded)|(?:is|are|be|will\\s+be|shall\\s+be)\\s+(?:not|never)\\s+(?:[a-z]+\\s+){0,2}?(?:processed|collected|obtained|requested|stored|kept|held|used|required|received|gathered|recorded|included|accepted|sought|solicited)|(?:is|are)\\s+(?:prohibited|not\\s+permitted|not\\s+allowed|excluded)|запрещ[а-я]*|исключ[а-я]*)(?![a-zа-я]))';

/** After a negation, these open a part of the sentence the negation does not cover. */
export const RESET =
  '(?:[,;:]\\s*(?:(?:we|it|the\\s+[a-z]+|мы|оператор|компания|сервис)\\s+)?(?:process|processes|collect|collects|use|uses|обрабатыва[а-я]*|собира[а-я]*|используе[а-я]*)|,\\s*(?:а|но|однако|зато|and|but|however|while|whereas|which|who|которы[а-я]*|где)|(?:^|\\s)(?:but|но|однако|however|instead|вместо\\s+этого|зато|only|только)|кроме\\s+того)(?![a-zа-я])';

/** Consent in writing (art. 9 part 4; art. 10 part 2 item 1; art. 11 part 1). */
export const WRITTEN_CONSENT: readonly string[] = [
  `${any('согласи')} ~4 ${any('письменн')}`, `${any('письменн')} ~3 ${any('согласи', 'форм')}`, `${any('согласи')} ~12 ${any('электронн')} ${any('документ')} ~6 ${any('подпис')}`,
  `${any('согласи')} ~12 ${any('простой', 'простою', 'усиленн', 'квалифицированн')} ${any('электронн')} ${any('подпис')}`, `${any('собственноручн')} ${any('подпис')}`,
  'written consent', 'consent in writing', `${any('consent')} ~4 in writing`, `${any('written')} ~2 ${any('consent', 'permission', 'authori')}`, 'signed consent', `${any('consent')} ~3 signed`,
];

/** Processing without consent named as a negation of the ground: «без письменного согласия». */
export const WITHOUT_BEFORE = '(?<![a-zа-я])(?:без|without|absent)\\s+(?:[a-zа-я]+\\s+){0,2}$';
/** "not … without written consent" is a promise to obtain it. */
export const NOT_BEFORE = '(?<![a-zа-я])(?:не|not|never|no)(?![a-zа-я])|n[’\']t(?![a-z])';

/** A reference to art. 10 part 2 (any item), art. 10 part 3 or art. 11 part 2 (or art. 10 / 11 of 152-FZ). */
const PART = '(?:ч\\.?|част[а-я]*|part|p\\.)\\s*';
const ART = '(?:ст\\.?|стать[а-я]*|art\\.?|article)\\s*';
const LAW_152 = '\\s*(?:федерального\\s+закона\\s+(?:от\\s+27\\.07\\.2006\\s*(?:г\\.\\s*)?)?(?:№|n|no\\.?)\\s*152|(?:федерального\\s+)?закона\\s+[«"]?о\\s+персональных|(?:№\\s*)?152\\s*-?\\s*фз|фз\\s+[«"]?о\\s+персональных|of\\s+(?:the\\s+)?federal\\s+law\\s+(?:no\\.?\\s*)?152|of\\s+(?:the\\s+)?(?:law\\s+on\\s+personal\\s+data|personal\\s+data\\s+law)|(?:of\\s+)?152\\s*-?\\s*fz)';
export const ART_10_P2 = `(?<![a-zа-я])(?:${PART}2\\s*,?\\s*(?:of\\s+)?${ART}10(?![\\d.])|${ART}10\\s*(?:\\(2\\)|,?\\s*${PART}2(?!\\d))|${ART}10${LAW_152})`;
export const ART_10_P3 = `(?<![a-zа-я])(?:${PART}3\\s*,?\\s*(?:of\\s+)?${ART}10(?![\\d.])|${ART}10\\s*(?:\\(3\\)|,?\\s*${PART}3(?!\\d))|${ART}10${LAW_152})`;
export const ART_11_P2 = `(?<![a-zа-я])(?:${PART}2\\s*,?\\s*(?:of\\s+)?${ART}11(?![\\d.])|${ART}11\\s*(?:\\(2\\)|,?\\s*${PART}2(?!\\d))|${ART}11${LAW_152})`;

/** Art. 10 part 2 item 4: medical purposes, by a professional bound by medical secrecy. */
export const MEDICAL_GROUND: readonly string[] = [
  'врачебн* тайн*', 'медицинск* тайн*', 'медико-профилактическ* цел*', `профессионально ${any('занимающ')} ~3 ${any('медицинск')} ${any('деятельност')}`,
  'medical secrecy', 'medical confidentiality', 'doctor-patient confidentiality', 'physician-patient confidentiality', 'professional secrecy', 'medical privilege',
  `${any('professional')} ~3 ${any('engaged')} ~3 ${any('medical')}`, `${any('medical')} ${any('professional', 'worker', 'staff', 'practitioner')} ~8 ${any('secrecy', 'confidential')}`,
];

/** Art. 10 part 2 items 2.3, 8 and art. 11 part 2: grounds in other laws, counted where they are said of this data. */
export const STATUTE_GROUND: readonly string[] = [
  `${any('трудов', 'пенсионн', 'страхов')} ~2 ${any('законодательств', 'кодекс')}`, '=тк =рф', 'трудов* кодекс*', 'законодательств* о ~3 социальн* помощ*', `${any('законодательств')} ~3 ${any('обязательн')} ${any('вид')} ~2 ${any('страховани')}`,
  `${any('labou', 'labor', 'employment', 'pension', 'insurance', 'social')} ${any('law', 'legislation', 'code')}`,
  `в ${any('случа')} ~3 ${any('предусмотренн', 'установленн', 'определ')} ~4 ${any('закон', 'законодательств')}`, `в ${any('случа')} и в ${any('порядк')}`, `${any('порядк')} ~2 ${any('установленн', 'предусмотренн', 'определ')} ~3 ${any('федеральн')} ${any('закон')}`,
  `в соответствии с ~2 ${any('федеральн')} ${any('закон')}`, 'единой биометрической систем*', '=ебс', '572-фз', 'unified biometric system',
  `${any('required', 'permitted', 'provided', 'prescribed', 'established', 'allowed')} ~2 by ~2 ${any('law', 'legislation', 'federal')}`, `in ~2 ${any('case')} ~3 ${any('provid', 'establish', 'prescrib', 'determin')} ~3 ${any('law', 'legislation')}`,
  `in accordance with ~2 federal ${any('law')}`,
];

/** A ground's sentence about another matter (transfer abroad, third parties, marketing): it does not cover this data. */
export const OTHER_MATTER: readonly string[] = [
  'трансграничн*', 'за рубеж*', 'за пределы', 'третьим лицам', 'третьих лиц', 'распространени*', 'рассылк*', 'реклам*', 'продвижени*', `${any('автоматизированн')} ~3 ${any('решени')}`, 'поручени*',
  'cross-border', 'transborder', 'abroad', 'third parties', 'third party', 'dissemination', 'newsletter*', 'marketing', 'advertis*', 'automated ~3 decision*', 'on behalf of',
];

/** Employees, candidates: labour law is the ground of their health and criminal-record data. */
export const EMPLOYMENT: readonly string[] = [
  'работник*', 'сотрудник*', 'соискател*', 'кандидат*', `${any('трудов')} ${any('договор', 'отношени', 'функци', 'деятельност')}`, 'приеме на работу', 'трудоустройств*',
  'employee*', 'staff', 'candidate*', 'applicant*', 'job applicant*', 'employment', 'personnel', 'hiring', 'recruit*',
];

/** Other users recognise the person by a photo: not the operator establishing identity. */
export const BY_OTHERS = '(?<![a-zа-я])(?:other|fellow)\\s+(?:users|members|people|participants|customers)|друг(?:ие|им|их)\\s+(?:пользовател|участник|посетител)[а-я]*';

/** A device keeps the biometric data: the operator never receives it ("Face ID on your device"). */
export const ON_DEVICE: readonly string[] = [
  'на ~2 устройств* ~3 пользовател*', 'на устройств*', 'средствами ~2 устройств*', 'on ~2 device', 'on the device', "on your device", 'device-level', 'face id', 'touch id', 'locally',
];
