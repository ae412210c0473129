import { fastRegExp } from '../../src/core/match.js';
/**
 * Kinds of personal data a policy lists (152-FZ art. 18.1 part 1 item 2: "categories and list of
 * the personal data processed"; docs/law.md (Purposes)). Phrases in src/core/match.ts syntax, matched
 * on doc.lower. Each phrase is one item of data or one named category; two different ones close
 * together make a list.
 */
export const DATA_ITEMS: readonly string[] = [
  // Identity
  'фамили*', '=имя', '=имени', 'отчеств*', '=фио', '=ф.и.о', 'дат* рождения', 'мест* рождения', 'год* рождения', '=пол', 'возраст*', 'гражданств*',
  'паспорт*', 'документ* удостоверяющ*', '=снилс', 'страхов* номер*', 'семейн* положени*', 'образовани*', 'професси*', 'мест* работы', 'должност*', 'доход*',
  'фотографи*', 'фотоизображени*', 'изображени* лица', 'биометрическ* персональн* данн*', 'сведени* о состоянии здоровья',
  'name', 'full name', 'first name', 'last name', 'surname', 'patronymic', 'date of birth', 'birth date', 'place of birth', 'gender', '=sex', '=age',
  'nationality', 'citizenship', 'passport*', 'identity document*', 'job title', '=position', 'employer', 'education', 'marital status', 'income', 'photo*', 'biometric*',
  // Contacts
  'номер* телефон*', 'телефон*', 'мобильн* номер*', 'адрес* электронн* почт*', 'электронн* почт*', '=e-mail', '=email', '=емейл', 'почтов* адрес*', 'адрес* доставки',
  'адрес* проживани*', 'адрес* регистраци*', 'адрес* места жительства', 'мессенджер*',
  'phone number*', 'telephone', 'mobile number*', 'phone', 'email address*', 'e-mail address*', 'postal address*', 'mailing address*', 'delivery address*', 'home address*',
  'residential address*', 'billing address*', 'contact details', 'contact data', 'contact information',
  // Accounts and technical data
  'логин*', 'парол*', 'учетн* запис*', 'идентификатор*', '{ip}-адрес*', '=ip', 'cookie*', 'куки', 'user-agent', 'user agent', 'юзер-агент*', 'сведени* об устройств*', 'тип* устройств*',
  'браузер*', 'операционн* систем*', 'геолокаци*', 'местоположени*', 'истори* ~2 (посещени*|запрос*|заказ*|покупок|действий)', 'журнал* ~2 (сесси*|событий|действий|запрос*)',
  'геоданн*', 'данн* о здоровь*', 'медицинск* данн*', 'записи ~2 (разговор*|звонк*)', 'видеозапис*',
  'технически* данн*', 'идентификационн* данн*', 'контактн* данн*', 'регистрационн* данн*', 'платежн* данн*', 'данн* учетн* запис*', 'данн* профил*', 'данн* об оплат*',
  'login*', 'username*', 'user name', 'password*', 'account data', 'account information', 'account settings', 'profile data', 'identifier*', 'ip address*', 'ip-address*',
  'device ~2 (type|identifier*|id|information|data|model)', 'browser', 'operating system', 'geolocation', 'location data', 'usage data', 'log data', '=logs', 'request logs',
  'technical data', 'identification data', 'registration data', 'payment data', 'payment details', 'payment information', 'transaction*', 'order history', 'purchase history',
  'browsing history', 'screen resolution', 'referr*', 'gps*', 'location', 'health data', 'heart rate', 'medical data', 'voice recording*', 'video recording*',
  // Payment
  'банковск* карт*', 'номер* карт*', 'реквизит* ~2 карт*', 'банковск* реквизит*', 'сведени* о платеж*', 'сведени* об оплат*', 'сумм* ~2 платеж*', 'транзакци*',
  'bank card*', 'card number*', 'bank details', 'bank account*',
  // Content and communications
  'переписк*', 'обращени* пользовател*', 'сообщени* пользовател*', 'отзыв* пользовател*', 'messages', 'support requests', 'correspondence', 'uploaded files', 'user-generated content',
].map(alternation);

/** A definition of "personal data": "any information relating to …", «любая информация, относящаяся …». */
export const PD_DEFINITION = fastRegExp(String.raw`(?:(?:персональн\p{L}*\s+данн\p{L}*|personal\s+data)[»"”*]*\s*(?:\([^)]{0,20}\)\s*)?(?:[—–:-]|это|означает|понимается|means|shall\s+mean|is|refers\s+to)\s*(?:[—–:-]\s*)?(?:любая|всякая|any|all)?\s*(?:информаци|сведени|information|data)|любая\s+информация,?\s+относящ|any\s+information\s+(?:relating|related|directly|that\s+relates))`, 'u');

/** Headings of sections about the data processed, beyond the shared topic lexicon. */
export const DATA_HEADING: readonly string[] = [
  'информаци* ~2 (котор*|получаем*|собираем*|обрабатываем*)', 'сведени* ~2 (котор*|получаем*|собираем*|обрабатываем*)', 'обрабатываем* ~2 (сведени*|информаци*)',
  'персональн* данн* ~2 (пользовател*|клиент*|покупател*|посетител*|субъект*)', 'перечень ~4 данн*', 'объем ~4 данн*', 'состав ~4 данн*',
  'personal information', 'information (we|that we) ~3 (collect*|receiv*|process*|obtain*)', 'data (we|that we) ~3 (collect*|receiv*|process*|obtain*)',
  'data collected', 'data processed', 'collected data', 'what (data|information)', 'types of ~3 (data|information)', 'kinds of ~3 (data|information)',
].map(alternation);

/** Header cell of a table column that lists data. */
export const DATA_COLUMN = fastRegExp(String.raw`(?:категори\p{L}*\s+(?:персональных\s+)?данн|перечень|состав\s+данн|персональн\p{L}*\s+данн|^\s*данные|(?:categor\p{L}*|types?|list)\s+of\s+(?:personal\s+)?data|personal\s+data|^\s*data\b|category\s+of\s+pd|категори\p{L}*\s+пдн?)`, 'u');

function alternation(phrase: string): string {
  return phrase.replace(/\(([^()]+)\)/g, (_m, alts: string) => {
    const words = alts.split('|').map((a) => a.replace(/\*/g, '[а-яёa-z0-9]*').replace(/ /g, '\\s+'));
    return `{(?:${words.join('|')})(?![а-яёa-z0-9])}`;
  });
}
