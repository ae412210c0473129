/**
 * Incident (breach, leak) notification (152-FZ art. 21 part 3.1; docs/law.md (Security and breaches, Rights)).
 * Regular-expression sources, compiled by rules/breach-notification.ts with fastRegExp and matched
 * on doc.lower (lower-case, ё→е, NBSP→space). Every repetition is bounded.
 */

/**
 * An incident with personal data: «инцидент», «утечка», «неправомерная или случайная передача
 * (предоставление, распространение, доступ)», «несанкционированный доступ», «компрометация»;
 * "incident", "(personal) data breach", "leak", "unauthorised access / disclosure". Not "breach of
 * contract / of this Policy" and not a bare «нарушение» (art. 21 part 3 unlawful processing is
 * another procedure with other deadlines).
 */
export const INCIDENT = [
  'инцидент\\p{L}*',
  'утечк\\p{L}*',
  'утечет|утекл\\p{L}*',
  '(?:неправомерн|случайн|несанкционированн)\\p{L}*\\s(?:(?:или|и|либо)\\s(?:неправомерн|случайн|несанкционированн)\\p{L}*\\s)?(?:передач|предоставлени|распространени|доступ|раскрыти|разглашени)\\p{L}*',
  'компрометац\\p{L}*|скомпрометирова\\p{L}*',
  'нарушени\\p{L}*\\s(?:безопасности|конфиденциальности|защищенности|защиты)',
  'взлом\\p{L}*',
  'incidents?',
  '(?:data|security|personal\\sdata|privacy|confidentiality)\\sbreach(?:es)?',
  'breach(?:es)?\\sof\\s(?:(?:the|your|our)\\s)?(?:security|confidentiality|personal\\sdata|data|privacy)',
  'breach(?:es|ed)?(?!\\s(?:of|in)\\s(?:(?:this|the|these|its|any|our|your|their|such|an?)\\s)?(?:\\p{L}+\\s)?(?:contract|agreement|policy|terms|obligations?|law|legislation|rules|warrant\\p{L}*|covenant))',
  'leak(?:s|ed|ing|age)?',
  '(?:unauthori[sz]ed|unlawful|accidental|illegal)\\s(?:or\\s(?:unauthori[sz]ed|unlawful|accidental|illegal)\\s)?(?:access|disclosure|transfer|transmission|dissemination|provision)',
  'compromis(?:e|ed|ing)\\s(?:of\\s)?(?:\\p{L}+\\s)?(?:data|information|accounts?|credentials)',
].join('|');

/** Notifying someone: «уведомляет», «сообщит», «информирует», «оповещает»; "notify", "inform", "report". */
export const NOTIFY = [
  'уведом\\p{L}*',
  'сообщ\\p{L}*',
  'информир\\p{L}*|проинформир\\p{L}*',
  'оповещ\\p{L}*|оповест\\p{L}*',
  'извещ\\p{L}*|извест(?:ит|ят|ить)',
  'notif\\p{L}*',
  'inform(?:s|ed|ing)?(?![\\p{L}])',
  'report(?:s|ed|ing)?(?![\\p{L}])',
  'alert(?:s|ed|ing)?(?![\\p{L}])',
  'let\\s(?:you|users|the\\suser|them)\\sknow',
  'tell\\s(?:you|users)',
].join('|');

/** Roskomnadzor, by name or as the statutory "authorised body for the protection of the rights of personal data subjects". */
export const AUTHORITY_RKN = [
  'роскомнадзор\\p{L}*',
  'ркн',
  'уполномоченн\\p{L}*\\sорган\\p{L}*(?:\\sпо\\sзащите\\sправ\\sсубъектов(?:\\sперсональных\\sданных)?)?',
  'федеральн\\p{L}*\\sслужб\\p{L}*\\sпо\\sнадзору\\sв\\sсфере\\sсвязи(?:,\\sинформационных\\sтехнологий\\sи\\sмассовых\\sкоммуникаций)?',
  'roskomnadzor',
  'rkn',
  'authori[sz]ed\\s(?:body|authority)(?:\\sfor\\sthe\\sprotection\\sof\\sthe\\srights\\sof\\s(?:personal\\sdata\\s)?(?:data\\s)?subjects)?',
  'federal\\sservice\\sfor\\ssupervision\\sof\\scommunications(?:,\\sinformation\\stechnology,?\\sand\\smass\\smedia)?',
].join('|');

/**
 * An authority that is not Roskomnadzor (docs/law.md (Rights), foreign-regulator leftovers): the GDPR's
 * "supervisory authority", a "data protection authority", ICO, CNIL, EDPB; «надзорный орган» in
 * Russian when the policy names no Roskomnadzor beside it.
 */
export const AUTHORITY_OTHER = [
  '(?:(?:the|a|an|our|relevant|competent|appropriate|lead|applicable|local|national|eu|european)\\s){0,3}(?:data\\sprotection\\s)?supervisory\\sauthorit(?:y|ies)',
  '(?:(?:the|a|an|relevant|competent|appropriate|lead|applicable|local|national|eu|european)\\s){0,3}data\\sprotection\\s(?:authorit(?:y|ies)|regulators?|agenc(?:y|ies)|commissioner)',
  'dpas?',
  'ico',
  'cnil',
  'edpb',
  '(?:uk\\s)?information\\scommissioner(?:[’\']s\\soffice)?',
  '(?:соответствующ\\p{L}*\\s|компетентн\\p{L}*\\s)?надзорн\\p{L}*\\s(?:орган|ведомств)\\p{L}*(?:\\sпо\\sзащите\\sданных)?',
  'орган\\p{L}*\\sпо\\sзащите\\sданных',
].join('|');

/** The state system for computer attacks (art. 19 part 12): a separate duty, with its own rules. */
export const AUTHORITY_GOSSOPKA = ['госсопк\\p{L}*', 'нкцки', 'фсб', 'gossopka', 'nccci', 'fsb', 'national\\scoordination\\scent(?:er|re)\\sfor\\scomputer\\sincidents'].join('|');

/** The data subjects as addressees: «субъектов», «пользователей», «вас»; "you", "affected users". */
export const SUBJECTS = [
  'субъект\\p{L}*',
  'пользовател\\p{L}*',
  'клиент\\p{L}*',
  'покупател\\p{L}*',
  'посетител\\p{L}*',
  'пострадавш\\p{L}*',
  'затронут\\p{L}*',
  'вас|вам',
  'you',
  'users?',
  'customers?',
  'clients?',
  '(?:affected\\s|concerned\\s)?(?:individuals|persons|people|data\\ssubjects|subjects)',
].join('|');

/** The second notice: results of the internal investigation, persons responsible. */
export const RESULTS = ['результат\\p{L}*', 'расследовани\\p{L}*', 'лицах,?\\sдействия\\sкоторых', 'results?', 'investigation\\p{L}*', 'findings', 'persons?\\s(?:whose\\sactions|responsible)'].join('|');

/** Storage, not notice: "incident logs are kept for 3 years". */
export const STORAGE = '(?:хран|сохраня|stored|kept|retain|store|keep|archiv|архив)\\p{L}*';

/** A processor notifying the operator (art. 6 part 3): not the operator's notice to Roskomnadzor. */
export const PROCESSOR_TO_OPERATOR =
  '(?:по\\sпоручению|обработчик\\p{L}*|processors?|on\\sbehalf\\sof\\sthe\\soperator)[^.;]{0,120}?(?:уведом|сообщ|информир|notif|inform)\\p{L}*\\s(?:\\p{L}+\\s){0,2}?(?:оператор|the\\soperator|us\\b)';

/**
 * What makes an incident word the subject of the notice: a trigger before it («в случае», «при
 * выявлении», "in the event of", "if") or the notice itself ("notify … of the incident",
 * «уведомление об инциденте»). "Measures against unauthorised access" is not a notice of one.
 */
export const TRIGGER_BEFORE =
  '(?:(?<![\\p{L}])(?:в\\sслучае|в\\sслучаях|при|если|после|по\\sфакту|о|об|обо|относительно|in\\sthe\\sevent\\sof|in\\scase\\sof|if|upon|on|where|when|whenever|following|after|of|about|regarding|concerning|any|a|an|such)\\s(?:[\\p{L}\\p{N}-]+\\s){0,5}?|(?:выявлени|обнаружени|установлени|детектир|detect|discover|identif|become\\saware|learn)\\p{L}*\\s(?:[\\p{L}\\p{N}-]+\\s){0,4}?)$';
/** "protection against unauthorised access", «защита от утечек»: not an incident that happened. */
export const AGAINST_BEFORE = '(?<![\\p{L}])(?:от|против|against|from|prevent\\p{L}*|предотвра\\p{L}*|недопущени\\p{L}*|исключени\\p{L}*)\\s(?:[\\p{L}-]+\\s){0,3}?$';

/** Notices about something other than an incident: changes to the policy, a new version. */
export const OTHER_NOTICE = '(?:изменени|обновлени|редакци|changes?(?![\\p{L}])|updates?(?![\\p{L}])|amendments?|new\\sversion)';
