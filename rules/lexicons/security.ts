/**
 * Measures protecting personal data (152-FZ art. 18.1 part 1, art. 19; docs/law.md (Security and breaches)).
 * Phrases use src/core/match.ts syntax and are matched on doc.lower.
 */

const W = '[a-zа-я]*';

/**
 * The statutory general statement (art. 19 part 1): "legal, organizational and technical
 * measures", «правовые, организационные и технические меры», or the measures "to protect
 * personal data from unlawful or accidental access, destruction, modification…".
 */
export const GENERAL_MEASURES = [
  `{(?:организацион|правов|техническ|технологическ)${W}} ~4 {(?:организацион|техническ|программн|технологическ)${W}} ~4 {(?:мер|меры|мерам|мерами|мероприяти)${W}}`,
  `{(?:мер|меры|мерам|мерами)} ~3 {(?:организацион|правов|техническ)${W}} ~4 {(?:организацион|техническ)${W}} ~2 {характер${W}}`,
  `{(?:legal|organi[sz]ational|technical|technological)} ~4 {(?:organi[sz]ational|technical|technological|physical|administrative)} ~4 {(?:measures|safeguards|means|controls)}`,
  `{(?:мер|меры|мерам|мерами|мероприяти${W})} ~8 {(?:защит|обеспечени)${W}} ~6 {(?:от|против)} ~3 {(?:неправомерн|несанкционированн|случайн)${W}} ~2 доступ*`,
  `{(?:measures|safeguards|steps)} ~8 {(?:protect|safeguard|secure)${W}} ~8 {(?:unlawful|unauthori[sz]ed|accidental|illegal)} ~4 access*`,
  `{(?:мер|меры|мерам|мерами|мероприяти${W})} ~6 {(?:исключающ|предотвращ|препятству|направленн)${W}} ~6 {(?:доступ|несанкционированн|неправомерн|утечк)${W}}`,
  `{(?:measures|safeguards)} ~6 {(?:prevent|preclude|exclude|against|aimed)${W}} ~6 {(?:unauthori[sz]ed|unlawful|illegal|accidental)} ~3 {(?:access|disclosure|use)}`,
  `{(?:мер|меры|мерам|мерами)} ~6 {(?:предусмотренн|установленн|требовани)${W}} ~4 {(?:стать${W}|ст)} 19`,
  `{(?:measures|requirements)} ~6 {(?:article|art)} 19`,
  'правительств* {(?:№|n|no\\.?)?\\s*1119}', '{(?:пп|постановлени[a-zа-я]*)} {(?:№|n)?\\s*1119}', 'приказ* фстэк*', 'фстэк ~6 21', 'уров* защищенност*', 'level* of ~2 protection ~4 {(?:personal|data)}',
];

/** Concrete measures (art. 19 part 2 and practice). Each counts in a security context. */
export const CONCRETE_MEASURES = [
  // RU
  'шифровани*', 'зашифрован*', 'шифру*', 'криптограф*', 'антивирус*', 'межсетев* экран*', 'резервн* копи*', 'резервирован*',
  `{(?:разграничени|ограничени|контрол|управлени|разграничива|ограничива|ограничен)${W}} ~3 {(?:доступ|прав)${W}}`, `доступ* ~4 {(?:ограничен|разграничен)${W}}`,
  'парол*', 'аутентификац*', 'двухфакторн*', 'многофакторн*', `журнал* ~3 {(?:событи|действи|доступ|регистрац|аудит)${W}}`, 'логировани*', '{(?:аудит|аудита|аудиту|аудитом|аудиты|аудитов)}',
  `{(?:модел|актуальн)${W}} угроз*`, 'угроз* безопасност*', `средств* ~2 защит* ~2 информаци*`, 'сертифицированн*', 'оценк* ~2 {(?:соответстви|эффективност)' + W + '}',
  `учет* ~2 машинн* носител*`, `обнаружени* ~4 несанкционированн* доступ*`, 'восстановлени* ~3 данн*', `{(?:ознакомлени|обучени|инструктаж)${W}} ~4 {(?:работник|сотрудник|персонал)${W}}`,
  `{(?:обязательств|соглашени)${W}} ~3 {(?:о|об)} ~2 {(?:конфиденциальност|неразглашени)${W}}`, 'неразглашени*', `назначени* ~3 ответственн*`, `ответственн* ~2 за ~2 организаци* ~2 обработк*`,
  'внутренн* контрол*', `локальн* ~2 {(?:акт|документ)${W}}`, 'пропускн* режим*', 'охранн*', `охран* ~2 {(?:помещени|объект|территори|здани)${W}}`, `физическ* ~3 {(?:защит|безопасност|доступ)${W}}`, 'псевдонимизац*',
  `защищенн* ~2 {(?:канал|сервер|хранилищ|баз|центр)${W}}`, 'госсопк*', 'vpn', 'dlp', 'siem', 'waf',
  // EN
  'encrypt*', 'cryptograph*', 'antivirus', 'anti-virus', 'firewall*', '{(?:backup|backups|back-up|back-ups)}', 'redundan*',
  `{(?:access)} {(?:control|controls|restriction|restrictions|management|rights|policy|policies|logs|logging)}`, `{(?:restrict|restricting|restricted|limiting|limited|differentiat)${W}} ~3 access`,
  'need-to-know', 'least privilege', 'minimum necessary', 'role-based', 'password*', 'authentication', 'two-factor', '=2fa', 'multi-factor', '=mfa',
  'audit ~2 {(?:log|logs|trail|trails)}', 'logging', 'intrusion detection', 'intrusion prevention', 'penetration test*', 'vulnerabilit*', 'threat model*', 'security threats',
  'certified ~3 {(?:tools|means|software)}', 'secure* ~2 {(?:channel|channels|database|databases|servers|storage)}', 'confidentiality ~2 {(?:agreement|agreements|obligations|undertakings)}', 'non-disclosure',
  '=nda', '{(?:employee|staff|personnel)} ~2 training', 'training ~3 {(?:employees|staff|personnel)}', 'internal control', 'pseudonymi*', 'rate limiting', 'data loss prevention', 'physical security',
  'incident response', 'security incidents',
];

/** Transport encryption alone: "we use HTTPS" is not a description of the measures (docs/law.md (Security and breaches)). */
export const WEAK_MEASURES = ['https', 'ssl', 'tls', '{(?:защищенн|безопасн|шифрованн)' + W + '} ~2 {(?:соединени|протокол)' + W + '}', 'secure ~2 {(?:connection|protocol)}', 'encrypted connection'];

/** Words that make a sentence about protecting data: a concrete measure counts there. */
export const PROTECTION_CONTEXT = [
  // «защищены паролем»: the participle changes т→щ, so 'защит*' alone misses it.
  'защит*', 'защищ*', 'безопасност*', 'мер*', 'обеспечени* ~3 конфиденциальност*', 'protect*', 'secur*', 'safeguard*', 'measures', 'confidentiality',
];
