/**
 * Catch-all wording that leaves the purposes of processing, or the data and actions tied to them,
 * open-ended (docs/law.md (Purposes, Retention),
 * P33). Regular-expression sources, compiled by rules/catch-all-purposes.ts with fastRegExp and
 * matched on doc.lower (lower-case, ё→е, NBSP→space). Every repetition is bounded.
 */

/** Forms of «иной / другой / прочий / любой» that agree with «цель». */
const OTHER_RU =
  '(?:ин(?:ых|ые|ым|ыми|ой|ую|ая)|друг(?:их|ие|им|ими|ой|ую|ая)|проч(?:их|ие|им|ими|ей|ую|ая)|люб(?:ых|ые|ым|ыми|ой|ую|ая))';
/** Adjectives that do not narrow «иные цели» ("other lawful purposes" is any purpose). */
const HOLLOW_RU = '(?:законн|правомерн|допустим|необходим|коммерческ|делов|разумн|хозяйственн|собственн|аналогичн|подобн|смежн|связанн|сопутствующ|дополнительн)\\p{L}{0,4}';
const HOLLOW_EN = '(?:lawful|legitimate|legal|permitted|permissible|business|commercial|internal|necessary|reasonable|own|related|similar|compatible|additional|further|ancillary|operational)';
/** «, не противоречащих законодательству РФ»: a qualifier that bounds nothing; part of the phrase. */
const NOT_CONTRARY_RU =
  '(?:,?\\s(?:не\\s(?:противореча|запрещенн|запрещаем)\\p{L}{0,4}|(?:допускаем|разрешенн|допустим)\\p{L}{0,4})\\s(?:\\p{L}+\\s){0,2}?(?:законодательств|закон|нормам?\\s(?:\\p{L}+\\s)?(?:прав|законодательств))\\p{L}{0,4}(?:\\s(?:российской\\sфедерации|рф))?)';
/** «, не предусмотренных настоящей Политикой», "not listed in this Policy": the phrase goes on. */
const NOT_LISTED_RU = '(?:,?\\sне\\s(?:предусмотренн|указанн|перечисленн|определенн|описанн|названн)\\p{L}{0,4}(?:\\s(?:в\\s)?(?:настоящ|данн|эт)\\p{L}{0,4})?(?:\\s(?:политик|договор|соглашени)\\p{L}{0,4}|\\sвыше)?)';
const NOT_LISTED_EN = '(?:,?\\s(?:which\\sare\\s|that\\sare\\s)?not\\s(?:listed|specified|described|set\\sout|covered|mentioned|stated|provided\\sfor)(?:\\s(?:in|by|above)(?:\\s(?:this|the)\\s(?:privacy\\s)?(?:policy|notice))?)?)';
const NOT_CONTRARY_EN =
  '(?:,?\\s(?:not\\s(?:prohibited|forbidden|contrary\\sto|inconsistent\\swith)|permitted|allowed)(?:\\sby|\\sunder)?\\s(?:the\\s)?(?:applicable\\s|current\\s)?(?:law|laws|legislation)(?:\\sof\\sthe\\srussian\\sfederation)?)';

/**
 * Purposes left open: «в иных целях», «иные цели», «других целей», «в любых целях», «прочие
 * цели», «в целях, не противоречащих законодательству», «цели, отличные от указанных», «в таких
 * целях, как»; "other purposes", "any (other) purpose", "for other lawful purposes", "purposes
 * other than", "for purposes such as". Group-free; the rule trims and judges the context.
 */
export const OTHER_PURPOSES = [
  // RU
  `(?:(?:в|для|на)\\s)?${OTHER_RU}(?:\\s${HOLLOW_RU})?\\sцел(?:ях|ей|и|ям|ями|ь|ью)(?![\\p{L}])(?:${NOT_CONTRARY_RU}|${NOT_LISTED_RU})?`,
  `(?:в|для)\\s(?:\\p{L}+\\s)?цел(?:ях|ей)${NOT_CONTRARY_RU}`,
  // «в любых не запрещённых законом целях», «для любых маркетинговых целей»
  '(?:(?:в|для|на)\\s)?люб(?:ых|ые|ой|ую)\\s(?:[\\p{L}-]+\\s){1,3}?цел(?:ях|ей|и|ь)(?![\\p{L}])',
  'цел(?:ях|ей|и|ям|ями|ь)?,?\\s(?:отличн|не\\sсовпадающ)\\p{L}{0,4}\\sот',
  '(?:в|для)\\s(?:таких|тех)\\sцел(?:ях|ей),?\\sкак',
  '(?:в|для)\\sцел(?:ях|ей),?\\s(?:таких|например|в\\sчастности),?\\s?(?:как)?',
  // EN
  `(?:for\\s)?(?:any\\sother|any\\sand\\sall(?:\\sother)?|all\\sother|such\\sother|various\\sother|any|other|another)(?:\\s${HOLLOW_EN}){0,2}\\spurposes?(?![\\p{L}])(?:\\swhatsoever)?(?:${NOT_CONTRARY_EN}|${NOT_LISTED_EN})?`,
  `(?:for\\s)?(?:any|all)\\s(?:other\\s)?purposes?${NOT_CONTRARY_EN}`,
  'purposes?\\sother\\sthan',
  // A list of purposes said to be a selection: «в том числе в следующих целях», "among others, for the following purposes".
  '(?:в\\sтом\\sчисле|в\\sчастности|помимо\\sпрочего|в\\sчисле\\sпрочего),?\\s(?:в|для)\\s(?:следующих\\s)цел(?:ях|ей)',
  '(?:inter\\salia|among\\sother(?:s|\\sthings)?|in\\sparticular),?\\sfor\\s(?:the\\s)?following\\spurposes',
  '(?:following\\s)?purposes,?\\s(?:among\\sothers|inter\\salia)',
  '(?:for\\s)?(?:such\\s)?purposes,?\\s(?:such\\sas|like|for\\sexample|for\\sinstance|e\\.\\s?g\\.)',
  'for\\ssuch\\spurposes\\sas',
].join('|');

/**
 * An open list: «включая, но не ограничиваясь», «в том числе, но не ограничиваясь», «в том числе,
 * но не исключительно»; "including but not limited to", "including without limitation",
 * "includes, but is not limited to". It widens whatever list it introduces.
 */
export const OPEN_LIST = [
  '(?:включая|в\\sтом\\sчисле),?\\s(?:но\\s)?не\\s(?:ограничиваясь|исключительно)(?:\\s(?:ими|этим|этими|перечисленным\\p{L}{0,2}|следующ\\p{L}{1,4}))?',
  '(?:но\\s)?не\\sограничиваясь\\s(?:ими|этим|этими|перечисленным\\p{L}{0,2}|следующ\\p{L}{1,4})',
  'including,?\\s(?:but\\s)?(?:not\\s(?:limited|restricted)\\sto|without\\s(?:limitation|restriction))',
  '(?:includes?|include|including|comprises?),?\\s(?:but\\s)?(?:is\\s|are\\s)?not\\s(?:limited|restricted)\\sto',
  'but\\s(?:is\\s|are\\s)?not\\s(?:limited|restricted)\\sto',
  '(?:но\\s)?не\\s(?:ограничива(?:ется|ются)|исчерпыва(?:ется|ются))(?:\\s(?:ими|этим|ею|им|перечисленным\\p{L}{0,2}|следующ\\p{L}{1,4}))?',
  // «Перечень целей не является исчерпывающим», "this list is not exhaustive", "non-exhaustive list"
  '(?:перечень|список)\\s(?:[\\p{L}.]+\\s){0,3}?не\\sявляется\\s(?:закрытым|исчерпывающим|окончательным)',
  '(?:является\\s)?(?:не\\s)?исчерпывающ\\p{L}{0,4}\\sне\\sявляется',
  '(?:list|enumeration)\\s(?:[\\p{L}.]+\\s){0,3}?(?:is|are)\\snot\\s(?:exhaustive|closed|complete|limited)',
  'non-?exhaustive(?:\\slist)?',
].join('|');

/** "etc." and its Russian forms, closing a list. */
export const ETC = [
  'и\\s?т\\.\\s?[дп]\\.?',
  'и\\sтому\\sподобное',
  'и\\sтак\\sдалее',
  'и\\sпр\\.',
  'и\\sдр\\.',
  'и\\sпроч(?:ее|ие)',
  'etc\\.?',
  'and\\sso\\s(?:on|forth)',
  'and\\sthe\\slike',
].join('|');

/** «любые действия с персональными данными», "any actions with your data". */
export const ANY_ACTIONS = [
  'люб(?:ые|ых|ым|ыми|ое|ого)\\s(?:иные\\s|другие\\s)?(?:действи|операци)\\p{L}{0,3}',
  'any\\s(?:and\\sall\\s)?(?:other\\s)?(?:actions?|operations?)',
].join('|');

/** «любые (иные) данные», «любую информацию», "any (other) information", "any data". */
export const ANY_DATA = [
  'люб(?:ые|ых|ым|ыми|ую|ая|ой)\\s(?:иные\\s|иных\\s|иную\\s|иная\\s|иной\\s|другие\\s|других\\s|другую\\s|другая\\s|другой\\s)?(?:персональн\\p{L}{1,3}\\s)?(?:данн\\p{L}{1,3}|сведени\\p{L}{1,3}|информаци\\p{L}{1,2})',
  'any\\s(?:other\\s)?(?:personal\\s)?(?:data|information|details)',
].join('|');

// ---------------------------------------------------------------------------------------------
// Context

/**
 * A negation before the phrase in its clause ("is not used for other purposes", «не используются
 * в иных целях», «ни в каких иных целях»). Not the qualifiers «не противоречащих», «не только»,
 * "not limited to", "no later than".
 */
export const NEGATION_BEFORE = [
  '(?<![\\p{L}])(?:не|ни)\\s(?!только|менее|более|позднее|позже|ранее|ограничива|противореч|запрещ|превыша|исключительно|смотря)\\p{L}',
  '(?<![\\p{L}])(?:запрещ|недопуст|нельзя|воспреща)\\p{L}*',
  "(?<![\\p{L}])(?:not|never|nor|cannot|no)(?![\\p{L}])(?!\\s(?:only|later|more|less|limited|restricted|exceeding|earlier|longer|sooner))",
  "n[’']t(?![\\p{L}])",
  '(?<![\\p{L}])(?:prohibit|forbid|refrain)\\p{L}*',
].join('|');

/** A negated verb after the phrase: «в иных целях не используются», "for other purposes is not permitted". */
export const NEGATION_AFTER =
  '^[^.;!?]{0,100}?(?:(?<![\\p{L}])не\\s(?:\\p{L}+\\s)?(?:использу|обрабатыва|переда|осуществля|допуска|предоставля|собира|применя|производ|раскрыва|буд|мож|вправ|подлеж|сохраня|хран|распростран|ведет|велас)|(?<![\\p{L}])(?:запрещ|недопуст|исключа)\\p{L}*|(?<![\\p{L}])(?:is|are|will|shall|may|must|can|should|do|does|would)\\snot(?![\\p{L}])|cannot|never|(?<![\\p{L}])prohibited|not\\s(?:permitted|allowed))';

/**
 * A reference right after the phrase that closes the list: "of this Policy", «указанных в разделе
 * 3», «перечисленных выше», "set out above", "described in this Policy", «предусмотренных
 * договором». Also purposes a law sets ("required by law", «предусмотренных законодательством»):
 * those are the operator's statutory duties (art. 6 part 1 item 2), not an open class.
 */
export const REFERENCE_AFTER =
  '^(?:,?\\s(?:(?:которые|that|which|as)\\s)?(?:(?:are|is|were|have\\sbeen)\\s)?)?(?:' +
  [
    '(?:указанн|перечисленн|изложенн|описанн|названн|приведенн|оговоренн|обозначенн|установленн)\\p{L}{0,4}',
    '(?:предусмотренн|определенн)\\p{L}{0,4}\\s(?:\\p{L}+\\s){0,2}?(?:настоящ|данн|эт|политик|п\\.|пункт|раздел|выше|ниже|договор|соглашени|оферт|законодательств|закон|федеральн|нормативн|стать|ст\\.|требовани)',
    '(?:требуем|обязательн)\\p{L}{0,4}\\s(?:\\p{L}+\\s){0,2}?(?:законодательств|закон)',
    '(?:(?:of|in|under|by)\\s)?(?:this|the|these)\\s(?:privacy\\s)?(?:policy|notice|document|agreement|section|clause|table|terms)',
    '(?:set\\sout|listed|specified|stated|described|mentioned|indicated|defined|identified|enumerated|named|referred\\sto|outlined|detailed)(?![\\p{L}])',
    '(?:provided\\sfor|required|prescribed|established|mandated|imposed|stipulated)\\s(?:by|in|under)\\s(?:the\\s)?(?:applicable\\s|current\\s|relevant\\s)?(?:law|laws|legislation|agreement|contract|this)',
    'above|below|herein|hereinabove|hereinafter|выше|ниже|настоящ\\p{L}*|данной\\sполитик|этой\\sполитик|политик',
    '(?:п\\.|пп\\.|пункт|раздел|section|clause|§)\\s?\\d',
    '(?:where|when|if|as|to\\sthe\\sextent)\\s(?:\\p{L}+\\s){0,3}?(?:required|prescribed|mandated|obliged|obligated)',
    '(?:в\\sслучаях?|когда|если)\\s(?:\\p{L}+\\s){0,3}?(?:предусмотрен|установлен|требует|требуется|обязан)',
  ].join('|') +
  ')';

/**
 * The catch-all is conditioned on the subject's own consent, which (art. 9 part 1) must be
 * specific and, since 1 Sep 2025, a separate document: «иные цели, на которые дано отдельное
 * согласие», «в иных целях — только с согласия субъекта», "other purposes for which you have
 * given consent", "we will ask for your consent first". Searched from the phrase to the end of
 * its sentence.
 */
export const CONSENT_AFTER = [
  '(?:с|при\\sналичии|на\\sосновании|при\\sусловии\\s(?:получения|наличия)|после\\sполучения|по\\sполучении|только\\sс)\\s(?:\\p{L}+\\s){0,3}?согласи\\p{L}*',
  '(?:на|для)\\s(?:которые|которых|что)\\s(?:\\p{L}+\\s){0,4}?(?:согласи\\p{L}*|соглас(?:ен|ится|ился|илась))',
  '(?:получ|запрос|испрос|спрос|оформ|собер)\\p{L}*\\s(?:\\p{L}+\\s){0,4}?согласи\\p{L}*',
  '(?:отдельн|дополнительн|нов|специальн|конкретн|предварительн|письменн)\\p{L}{0,3}\\s(?:\\p{L}+\\s){0,1}?согласи\\p{L}*',
  '(?:with|subject\\sto|upon|based\\son|on\\sthe\\sbasis\\sof|after\\sobtaining|having\\sobtained|only\\swith|under)\\s(?:\\p{L}+\\s){0,3}?(?:consent|permission|authori[sz]ation)',
  '(?:for|to)\\s(?:which|whom)\\s(?:\\p{L}+\\s){0,4}?(?:consent\\p{L}*|agreed|opted)',
  '(?:ask|request|obtain|seek|get|collect)\\p{L}*\\s(?:\\p{L}+\\s){0,4}?(?:consent|permission)',
  '(?:separate|additional|new|specific|prior|explicit|express|written)\\s(?:\\p{L}+\\s){0,1}?consent',
].join('|');

/** A condition before the phrase: "if we want to use data for other purposes, we will …". */
export const CONDITION_BEFORE = '(?<![\\p{L}])(?:если|в\\sслучае|при\\sнеобходимости|при\\sвозникновении|if|where|should|in\\scase|in\\sthe\\sevent|whenever|before)(?![\\p{L}])';
/** After a condition: a notice of the change or a new version of the policy. */
export const NOTICE_AFTER =
  '(?:уведом|сообщ|информир|оповест|внес\\p{L}*\\sизменени|обнов|notify|inform|tell\\syou|let\\syou\\sknow|update\\sthis|amend\\sthis|change\\sthis|publish)';

/** Anonymised or aggregated data is not personal data (art. 3 item 9; art. 6 part 1 item 9). */
export const ANONYMISED =
  '(?:обезличенн|анонимизированн|агрегированн|деперсонализированн|anonymi[sz]ed|aggregated|de-identified|deidentified|depersonali[sz]ed|non-personal)';

/** Other sites or services' own processing, not the operator's ("links to third-party sites"). */
export const OTHER_SITES =
  '(?:сайт\\p{L}*\\s(?:трет\\p{L}*|друг\\p{L}*|сторонн\\p{L}*)|(?:сторонн|друг|ин)\\p{L}*\\s(?:сайт|ресурс|сервис)|third[-\\s]party\\s(?:web)?sites?|other\\s(?:web)?sites?|links?\\sto)';

/** Words naming the purpose(s) of processing. */
export const PURPOSE_WORD = '(?<![\\p{L}])(?:цел(?:ь|и|ей|ям|ями|ях|ью)|purposes?)(?![\\p{L}])';

/** A purpose marker that opens an enumeration of purposes: «в целях», «для», "for the purposes of", "to". */
export const PURPOSE_MARKER =
  '(?<![\\p{L}])(?:в\\sцелях|для\\sцелей|с\\sцелью|в\\sследующих\\sцелях:?|цел(?:ями|и|ь)\\s(?:\\p{L}+\\s){0,3}?(?:явля\\p{L}*|служ\\p{L}*|включа\\p{L}*)|for\\sthe\\spurposes?\\sof|for\\s(?:the\\s)?following\\spurposes:?|purposes?\\s(?:\\p{L}+\\s){0,3}?(?:are|is|include|includes):?|in\\sorder\\sto)(?![\\p{L}])';

/** Nouns right before an open list that make it a list of recipients (the `third-parties` rule's). */
export const RECIPIENT_BEFORE =
  '(?:лиц(?:ам|а|у|ами)?|организаци\\p{L}*|компани\\p{L}*|партнер\\p{L}*|контрагент\\p{L}*|подрядчик\\p{L}*|получател\\p{L}*|обработчик\\p{L}*|провайдер\\p{L}*|сервис\\p{L}*|поставщик\\p{L}*|банк\\p{L}*|parties|party|partners?|companies|company|organi[sz]ations?|providers?|processors?|recipients?|vendors?|affiliates?|contractors?|services|entities|banks|third\\sparties)';

/** Nouns of data, before an open list: «данные, включая, но не ограничиваясь», "information, including but not limited to". */
export const DATA_WORD =
  '(?<![\\p{L}])(?:данн\\p{L}*|сведени\\p{L}*|информаци\\p{L}*|идентификатор\\p{L}*|реквизит\\p{L}*|data|information|details|identifiers?|personal)(?![\\p{L}])';

/** Nouns of processing actions, before an open list: «обработка, включая, но не ограничиваясь: сбор, запись …». */
export const ACTION_WORD =
  '(?<![\\p{L}])(?:обработк\\p{L}*|обрабатыва\\p{L}*|действи\\p{L}*|операци\\p{L}*|processing|process|processes|actions|operations)(?![\\p{L}])';

/** A verb of collecting or processing: a sentence about what data the operator takes. */
export const COLLECT_WORD =
  '(?<![\\p{L}])(?:собира\\p{L}*|сбор\\p{L}*|обрабатыва\\p{L}*|обработк\\p{L}*|получа\\p{L}*|запрашива\\p{L}*|хран\\p{L}*|предоставля\\p{L}*|предоставлен\\p{L}*|указ(?:ыва|а)\\p{L}*|collect\\p{L}*|process\\p{L}*|obtain\\p{L}*|receiv\\p{L}*|gather\\p{L}*|stor\\p{L}*|provid\\p{L}*|submit\\p{L}*|record\\p{L}*)';

/** A sentence about the subject's rights or requests: "any information" there is what the subject may ask for. */
export const RIGHTS_WORD =
  '(?<![\\p{L}])(?:права?|право|правом|right|rights|entitled|запрос\\p{L}*|requests?|защит\\p{L}*|protect\\p{L}*|безопасност\\p{L}*|security)(?![\\p{L}])' +
  '|(?:субъект|пользовател|клиент|посетител|заявител)\\p{L}*\\s(?:\\p{L}+\\s){0,3}?вправе' +
  '|(?<![\\p{L}])(?:you|users?|subjects?)\\s(?:\\p{L}+\\s){0,2}?(?:may|can)\\s(?:request|ask|obtain|receive|access)';

/** Contents of a message the user writes: "any information you include in your message" is its content. */
export const MESSAGE_CONTENT =
  '^[^.;!?]{0,60}?(?:сообщени|обращени|переписк|комментари|отзыв|чат|message|comment|chat|ticket|correspondence|review)';

/**
 * "any action (operation) or set of actions", «любое действие (операция) или совокупность
 * действий»: the definition of processing (art. 3 item 3), quoted, not a catch-all.
 */
export const DEFINITION_OF_PROCESSING =
  '^\\s?(?:\\(\\s?(?:операци\\p{L}*|operations?)\\s?\\)\\s)?(?:или|or)\\s(?:a\\s)?(?:совокупност|set|combination|series)';

/** A definition: "X — любое действие", "X means any action", «под обработкой понимается». */
export const DEFINING = '(?:\\s[—–-]\\s(?:это\\s)?$|(?<![\\p{L}])(?:means|shall\\smean|refers\\sto|is\\sdefined\\sas|понима\\p{L}*|означа\\p{L}*|является|является\\sлюбое)\\s(?:\\p{L}+\\s){0,2}$)';

/** A qualifier after "any actions" that bounds them: «предусмотренные законом», "listed in clause 4". */
export const ACTIONS_BOUNDED =
  '^\\s?(?:\\(\\s?(?:операци\\p{L}*|operations?)\\s?\\)\\s?)?,?\\s(?:(?:which|that)\\s(?:are\\s)?)?(?:(?:предусмотренн|перечисленн|указанн|изложенн|описанн|определенн)\\p{L}{0,4}|listed|set\\sout|specified|described|provided\\sfor|enumerated|defined)';

/** Whose actions: «любые действия пользователя», "any actions of the user" (behaviour, not processing). */
export const ACTIONS_OF_OTHERS =
  '^\\s?(?:\\(\\s?(?:операци\\p{L}*|operations?)\\s?\\)\\s)?(?:пользовател|посетител|субъект|клиент|трет|лиц|сотрудник|работник|злоумышленник|of\\s(?:the\\s)?(?:users?|visitors?|customers?|third|you|employees)|(?:by|taken\\sby|performed\\sby)\\s(?:the\\s)?(?:users?|you|visitors?)|you\\s|users?\\s|on\\s(?:the\\s)?(?:site|website|service)|на\\sсайте|на\\sстраниц)';

/** «защиты от любых действий», "protection against any actions": a security sentence. */
export const AGAINST_BEFORE = '(?:(?<![\\p{L}])(?:от|против|against|from)\\s(?:\\p{L}+\\s)?$)';

/** What an action word is, for "etc." closing a list of purposes. */
export const ACTION_NOUN_RU =
  '^(?:\\p{L}+(?:ани|ени|яни)(?:е|я|ю|ем|и)|\\p{L}+ти(?:е|я|ю|ем|и)|\\p{L}+ци(?:я|и|ю|ей)|\\p{L}*(?:рассылк|доставк|отправк|поддержк|обработк|проверк|подготовк|оценк|оплат|регистрац|аналитик|настройк|продаж|покупк|разработк|защит|связ|реклам|маркетинг|учет|контрол|мониторинг|анализ|статистик|персонализац|оптимизац|идентификац|авторизац|аутентификац|коммуникац|верификац)\\p{L}*)$';
/** Nouns with the endings of actions that are not actions. */
export const NOT_ACTION_RU = '^(?:информаци|акци|позици|станци|традици|коллекци|организаци|функци|операци|редакци|лицензи|средств|качеств|количеств|имуществ|устройств|свойств|общест)';
export const ACTION_NOUN_EN =
  '^(?:\\p{L}+(?:ing|tion|sion|ment|ance|ence|ysis|sis|ure)|analytics|research|support|security|delivery|payment|billing|marketing|advertising|compliance|maintenance|registration|statistics|audit|fraud|abuse)$';
/** Verbs that open a purpose in a list of infinitives ("to provide the Service, process payments, etc."). */
export const PURPOSE_VERB_EN =
  '^(?:provide|process|send|improve|analy[sz]e|prevent|comply|respond|communicate|deliver|manage|maintain|personali[sz]e|ensure|verify|conduct|fulfil|fulfill|perform|administer|notify|inform|protect|develop|offer|display|show|contact|handle|support|enable|operate|detect|investigate|enforce|market|advertise|promote|conclude|execute|register|authenticate|identify|monitor|measure|create|run|organi[sz]e|customi[sz]e|optimi[sz]e|secure|answer|resolve|evaluate|assess|research|test|bill|charge|collect|invoice|recommend|target)$';
export const NOT_ACTION_EN = '^(?:information|thing|nothing|something|anything|everything|string|ring|setting|building|meeting|listing|rating|posting|ending|feature|picture|signature|structure|literature|nature|future|measure|procedure|document|department|equipment|content|evidence|instance|distance|sequence|reference|licence|license|presence|preference|experience|audience|sentence|sense|science|issue|mission|version|session|provision|commission|permission|decision|division|occasion|question|station|position|function|section|region|nation|location|edition|condition|relation|population)$';
