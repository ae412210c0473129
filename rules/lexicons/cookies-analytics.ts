/**
 * Cookies and web analytics (docs/law.md, Consent and Cross-border transfer
 * recipients). Phrases use src/core/match.ts syntax and are matched on doc.lower; raw `{…}`
 * fragments spell letters out ([a-zа-я]) so that they stay fast. rules/cookies-analytics.ts
 * combines them: a use of analytics or advertising tracking, and a way to refuse it.
 *
 * Named analytics services come first from the recipients extractor (rules/extract/recipients.ts,
 * kind 'analytics': Yandex.Metrica, Google Analytics / Tag Manager / Ads, Meta Pixel, Hotjar,
 * Microsoft Clarity, Mixpanel, Amplitude, Segment, PostHog); the ones it does not know as analytics
 * are listed here.
 */

const W = '[a-zа-я0-9]*';
/** "(a|b|c)" as a raw fragment of whole words that start with a, b or c. */
const any = (...stems: string[]) => `{(?:${stems.map((x) => x.replace(/ /g, '\\s+')).join('|')})${W}}`;

/** Trackers and counters the recipients lexicon does not list as analytics. */
export const EXTRA_TRACKERS: readonly string[] = [
  // VK / Mail.ru counters and pixels (the recipients lexicon takes "mail.ru" for the VK company)
  'top.mail.ru', 'top@mail.ru', 'рейтинг* mail.ru', 'рейтинг*@mail.ru', 'счетчик* mail.ru', 'счетчик* top.mail.ru', 'счетчик* vk', 'счетчик* вконтакте',
  'пиксел* vk', 'пиксел* вк', 'пиксел* вконтакте', 'vk pixel', 'vk ads pixel', 'mytarget', 'my target', 'майтаргет*', 'vk реклам* пиксел*',
  // Other counters and tag managers common in Russian policies
  'liveinternet', 'лайвинтернет*', 'roistat', 'ройстат*', 'calltouch', 'коллтач*', 'comagic', 'комеджик*', 'openstat', 'rambler top100', 'top100', 'рамблер топ-100',
  'matomo', 'piwik', 'adobe analytics', 'яндекс.директ*', 'яндекс директ*', 'yandex.direct', 'yandex direct', 'вебвизор*', 'webvisor',
  'tiktok pixel', 'пиксел* tiktok', 'пиксел* тикток*', 'linkedin insight', 'twitter pixel',
];

/** A named service or technology of web analytics, tracking or ad targeting, cookies or not. */
export const ANALYTICS_TECH: readonly string[] = [
  'веб-аналитик*', 'веб аналитик*', 'интернет-аналитик*', 'web analytics', 'web-analytics', 'website analytics', 'site analytics',
  `${any('счетчик', 'скрипт', 'код')} ~1 ${any('аналитик', 'веб-аналитик', 'статистик')}`, `${any('аналитик', 'статистик')} ${any('посещ', 'сайт', 'трафик')}`,
  `analytics ${any('script', 'tag', 'counter', 'cookie')}`, 'third-party analytics', 'third party analytics', `${any('сторонн')} ~2 ${any('аналитик', 'аналитическ')}`,
  // Counters: «счётчик» alone may count electricity; on a site it counts visits.
  `${any('счетчик')} ~3 ${any('посещ', 'статистик', 'аналитик', 'метрик', 'сайт', 'страниц', 'веб', 'интернет')}`,
  `${any('интернет-счетчик', 'веб-счетчик')}`,
  `${any('web', 'visitor', 'hit', 'analytics', 'tracking', 'statistics')} ${any('counter')}`,
  // Pixels and beacons in their tracking sense (not "screen resolution in pixels").
  `${any('пиксел')} ~2 ${any('отслеживан', 'реклам', 'ретаргетинг', 'конверси', 'аналитик', 'трекинг', 'социальн')}`,
  `${any('рекламн', 'трекинг', 'отслеживающ')} ${any('пиксел')}`,
  `${any('tracking', 'conversion', 'retargeting', 'advertising', 'analytics', 'marketing', 'ad')} ${any('pixel')}`,
  'pixel tag*', 'web beacon*', 'веб-маяк*', 'пиксел* отслеживани*', 'tracking pixel*',
  'метрическ* программ*', 'метрическ* систем*', 'метрическ* сервис*', 'metrics program*', 'metric program*', 'metrical program*',
  'ретаргетинг*', 'ремаркетинг*', 'retargeting', 'remarketing',
  'session replay*', 'session recording*', 'heatmap*', 'heat map*', 'тепловы* карт*', 'карт* кликов', 'click map*',
];

/**
 * Analytics services and tools named generically: web analytics only where the sentence speaks of
 * the site's visitors, traffic or cookies ("analytics services that count visits"); otherwise the
 * operator's own product may be meant ("a marketplace analytics service", «сервис аналитики продаж»).
 */
export const ANALYTICS_TECH_WEAK: readonly string[] = [
  `${any('сервис', 'систем', 'инструмент', 'программ', 'платформ')} ~1 ${any('аналитик', 'веб-аналитик', 'статистик')}`,
  `${any('аналитическ', 'статистическ')} ${any('сервис', 'систем', 'инструмент', 'программ', 'счетчик', 'скрипт', 'платформ')}`,
  `analytics ${any('service', 'tool', 'provider', 'software', 'system', 'platform', 'partner', 'technolog')}`, 'metric system*', 'metrics system*',
];
/** What makes a generic analytics tool web analytics. */
export const WEB_CONTEXT: readonly string[] = [
  ...['cookie*', 'куки', 'кукис*'],
  'посещ*', 'посетител*', 'визит*', 'трафик*', `${any('просмотр')} ${any('страниц')}`, `${any('поведени')} ~2 ${any('пользовател', 'посетител')}`, 'счетчик*', 'отслеживани*',
  'visit*', 'visitor*', 'traffic', 'page view*', 'pageview*', `${any('user', 'visitor')} ${any('behavio')}`, '=tracking', 'counter*', 'how ~3 (visitors|users) ~2 use'.replace('(visitors|users)', '{(?:visitors|users)}'),
];

/** Cookie words (docs/law.md (Consent)). */
export const COOKIE_WORDS: readonly string[] = ['cookie*', 'куки', 'кукис*', 'кукиз*'];

/** Kinds of cookies that are analytics or advertising by their name. */
export const ANALYTICS_COOKIES: readonly string[] = [
  `${any('аналитическ', 'рекламн', 'маркетингов', 'статистическ', 'отслеживающ', 'таргетинг', 'сторонн')} ~2 ${any('cookie', 'куки')}`,
  `${any('cookie', 'куки')} ~2 ${any('аналитик', 'третьих', 'сторонн', 'рекламн')}`,
  `${any('analytic', 'advertis', 'marketing', 'targeting', 'tracking', 'performance', 'statistic', 'third-party')} ~1 ${any('cookie')}`,
  `third party ${any('cookie')}`,
];

/**
 * A purpose of analytics or advertising. Counted only in a sentence that also names cookies
 * ("cookies for functionality and analytics", «cookie … для аналитики»): "analytics" alone may be
 * the operator's product ("sales analytics").
 */
export const ANALYTICS_PURPOSES: readonly string[] = [
  'аналитик*', 'аналитическ*', 'анализ*', 'статистик*', 'статистическ*', 'реклам*', 'маркетинг*', 'ретаргетинг*', 'таргетинг*', 'отслеживани*', 'трекинг*', 'посещаемост*', 'метрик*',
  `${any('измерени', 'оценк')} ~2 ${any('аудитори', 'эффективност', 'посещ', 'трафик')}`,
  `${any('подсчет', 'учет')} ~3 ${any('посещ', 'визит', 'просмотр')}`, 'трафик*', `${any('поведени')} ~3 ${any('пользовател', 'посетител')}`,
  `${any('count')} ~3 ${any('visit', 'view', 'user')}`, 'traffic', `${any('behavio')} ~3 ${any('user', 'visitor')}`, `${any('user', 'visitor')} ~2 ${any('behavio')}`,
  `how ~3 ${any('visitor', 'user', 'people')} ~2 ${any('use', 'interact', 'navigat', 'behav', 'find')}`,
  'analytic*', 'analys*', 'analyz*', 'statistic*', 'advertis*', '=marketing', 'retargeting', 'targeting', '=tracking', '=ads', 'audience measurement', 'measure* ~3 audience*', 'metrics',
];

/**
 * A cookie sentence that only defines the term ("Cookies are small text files …", «Cookie —
 * фрагмент данных …»; definitions sections are skipped as a whole). Group 1 is the part before the
 * cookie word: a sentence whose head says the site uses cookies ("The website uses cookies — small
 * files — to count visits") is a statement, not a definition.
 */
export const COOKIE_DEFINITION =
  '^([^.]{0,60}?)(?:cookie[a-z]*|куки)[^.]{0,40}?(?:\\s[—–-]\\s|\\s(?:это|означа[а-я]*|понима[а-я]*|means|refers to|is a|are small|are text|являются\\s+небольш)(?![a-zа-я]))';
/** A use verb in the head of a cookie sentence. */
export const USE_VERB = '(?<![a-zа-я])(?:использу[а-я]*|применя[а-я]*|устанавлива[а-я]*|сохраня[а-я]*|собира[а-я]*|uses?|using|sets?|places?|stores?|collects?|employs?)(?![a-zа-я])';

/**
 * A way to refuse or withdraw: browser settings, disabling or deleting cookies, a cookie banner or
 * settings panel, an opt-out link (Yandex.Metrica, Google Analytics add-ons).
 */
export const OPT_OUT: readonly string[] = [
  // RU: browser settings
  `${any('настройк', 'параметр', 'настраива', 'настро')} ~4 ${any('браузер', 'обозревател', 'веб-браузер', 'интернет-браузер', 'интернет-обозревател')}`,
  `${any('браузер')} ~5 ${any('настройк', 'параметр')}`,
  // RU: disable, delete, block, refuse, restrict cookies
  `${any('отключ', 'выключ', 'удал', 'удален', 'запрет', 'заблокир', 'блокир', 'блокиров', 'ограничи', 'ограничен', 'отклон', 'очист', 'очищ', 'стер', 'отказ')} ~6 ${any('cookie', 'куки', 'кукис')}`,
  `${any('cookie', 'куки', 'кукис')} ~6 ${any('отключ', 'выключ', 'удал', 'запрет', 'заблокир', 'блокир', 'ограничи', 'отклон', 'очищ', 'очист')}`,
  `${any('отказ')} ~6 ${any('аналитик', 'веб-аналитик', 'метрик', 'отслеживан', 'трекинг', 'сбор', 'использовани')} ~4 ${any('cookie', 'куки', 'метрик', 'яндекс', 'yandex', 'google', 'гугл', 'аналитик', 'сервис', 'счетчик', 'пиксел', 'посещ', 'сайт')}`,
  `${any('отказ')} ~3 ${any('отслеживан', 'веб-аналитик', 'аналитик', 'метрик', 'яндекс.метрик', 'google')}`,
  `${any('отозва', 'отзыв')} ~4 согласи* ~6 ${any('cookie', 'куки', 'аналитик', 'метрик', 'обработк')} ~4 ${any('cookie', 'куки', 'аналитик', 'метрик', 'сервис', 'веб')}`,
  `${any('отозва', 'отзыв')} ~4 согласи* ~3 ${any('cookie', 'куки', 'аналитик', 'метрик')}`,
  `${any('управл', 'настройк', 'настро', 'измени', 'изменя')} ~4 ${any('cookie', 'куки')}`,
  `${any('cookie', 'куки')} ~2 ${any('настройк', 'параметр', 'баннер', 'панел')}`,
  `${any('баннер', 'всплывающ', 'плашк', 'панел')} ~8 ${any('cookie', 'куки')}`, `${any('cookie', 'куки')} ~8 ${any('баннер', 'всплывающ')}`,
  `${any('cookie-баннер', 'куки-баннер')}`,
  'режим* инкогнито', 'приватн* режим*', 'блокировщик* ~3 реклам*', 'блокировщик* ~3 метрик*', 'блокировщик* ~3 яндекс*',
  // EN
  `browser ~3 ${any('setting', 'preference', 'option', 'configuration', 'control')}`,
  `${any('setting', 'preference', 'option', 'configur', 'adjust')} ~5 ${any('browser')}`,
  `${any('disabl', 'delet', 'block', 'refus', 'reject', 'declin', 'remov', 'clear', 'erase', 'restrict', 'limit', 'turn', 'switch', 'stop', 'object')} ~5 ${any('cookie')}`,
  `${any('cookie')} ~6 ${any('disabl', 'delet', 'block', 'refus', 'reject', 'declin', 'remov', 'clear', 'erase', 'restrict', 'turned', 'switched')}`,
  `${any('withdraw', 'revok', 'chang')} ~4 ${any('consent', 'mind', 'choice', 'preference', 'setting')} ~6 ${any('cookie', 'analytic', 'tracking')}`,
  `${any('manag', 'control', 'chang', 'adjust', 'customi')} ~4 ${any('cookie')}`,
  `${any('cookie')} ~2 ${any('setting', 'preference', 'banner', 'panel', 'control', 'manager', 'choice', 'tool')}`,
  `${any('cookie')} consent`,
  `${any('banner', 'pop-up', 'popup')} ~8 ${any('cookie')}`, `${any('cookie')} ~8 ${any('banner', 'pop-up', 'popup')}`, 'consent banner*', 'consent manager*', 'consent management', 'privacy settings', 'privacy preferences',
  '=opt-out', '=opt out', '=optout', '=opt-outs', 'opt* out of', 'opting out', 'gaoptout', 'incognito', 'private browsing', 'do not track', 'ad blocker*', 'tracking blocker*',
];

/** Before an opt-out phrase: it is not possible ("you cannot disable cookies"). */
export const OPT_OUT_DENIED = '(?:не\\s+может|не\\s+могут|невозможно|нельзя|cannot|can[’\']t|can\\s+not|not\\s+possible\\s+to|unable\\s+to|no\\s+way\\s+to)\\s+(?:[a-zа-я]+\\s+){0,2}$';
/** Inside an opt-out phrase ("cookies cannot be disabled") or right after it («отключить cookie невозможно»). */
export const OPT_OUT_DENIED_INSIDE = '(?<![a-zа-я])(?:не\\s+может|не\\s+могут|невозможно|нельзя|cannot|can[’\']t|can\\s+not|may\\s+not|must\\s+not)(?![a-zа-я])';
export const OPT_OUT_DENIED_AFTER = '^\\s*(?:невозможно|нельзя|не\\s+получится|не\\s+предусмотрен[а-я]*|is\\s+not\\s+possible|is\\s+impossible|is\\s+not\\s+available)(?![a-zа-я])';

/** A separate cookie document (an option may count a reference to it as the way to refuse). */
export const COOKIE_DOCUMENT: readonly string[] = [
  `${any('политик', 'положени', 'уведомлени', 'правил', 'информаци')} ~4 ${any('cookie', 'куки')}`,
  `${any('cookie')} ${any('polic', 'notice', 'statement', 'banner')}`,
  `policy on ~2 ${any('cookie')}`,
];
/** A sentence that refers to another document ("see", «подробнее», a link). */
export const REFERENCE_CUE =
  '(?:(?<![a-zа-я])(?:подробн[а-я]*|см\\.|отдельн[а-я]*|размещ[а-я]*|доступн[а-я]*|опубликован[а-я]*|по\\s+ссылке|по\\s+адресу|описан[а-я]*|изложен[а-я]*|регулиру[а-я]*|see|separate|described|available|published|details|refer[a-z]*|more\\s+information|set\\s+out)(?![a-zа-я])|https?:|www\\.|\\s/[a-z])';

/**
 * A negation of use earlier in the clause that covers a tracker or an analytics purpose after it:
 * «не используем аналитику», "does not use analytics cookies", "cookies are not used for
 * advertising". The last one before the tracker counts, unless RESET comes between.
 */
export const NEGATION_VERB = [
  '(?<![a-zа-я])не\\s+(?:[a-zа-я]+\\s+){0,2}?(?:использ|примен|устан|подключ|собира|обрабатыва|вед|осуществля|размеща|встраива|переда|привлека|сохраня|став|запрашива|получа|треб|содерж|предусматр|работа|задейств)[a-zа-я]*',
  '(?<![a-z])(?:not|never)\\s+(?:[a-z]+\\s+){0,2}?(?:use|using|used|employ|install|place|set|collect|process|run|embed|integrat|deploy|rely|relie|share|transfer|request|ask|receive|obtain|require|store|contain|include|keep|gather|serv|work|allow|track|load)[a-z]*',
  "n[’']t\\s+(?:[a-z]+\\s+){0,2}?(?:use|employ|install|place|set|collect|process|run|embed|share|request|ask|receive|require|store|have|keep|track|load|serve|allow)[a-z]*",
  '(?<![a-zа-я])(?:не\\s+имеет|не\\s+имеют|do\\s+not\\s+have|does\\s+not\\s+have|has\\s+no|have\\s+no)(?![a-zа-я])',
].join('|');

/** A determiner of absence right before the tracker: "no tracking pixels", «без аналитических cookie», «ни Яндекс.Метрику». */
export const NEGATION_NEAR = '(?<![a-zа-я])(?:no|none\\s+of|neither|nor|without|без|ни|нет|никак[а-я]*|отсутству[а-я]*|not\\s+(?:any|a))\\s+(?:[a-zа-я.-]+\\s+){0,3}$';

/**
 * After a tracker, in the same clause: «… на Сайте не используются», "are not used", «отсутствуют».
 * Not "are not used to identify you" / «не используется для идентификации»: the tracker is used.
 */
export const NEGATION_AFTER =
  '^[^.;:!?]{0,80}?(?:(?<![a-zа-я])не\\s+(?:[a-zа-я]+\\s+)?(?:использу|применя|устанавлива|установлен|подключ|собира|обрабатыва|осуществля|ведет|ведут|размеща|размещен|встраива|встроен|запуска|задейств)[a-zа-я]*|(?<![a-z])(?:is|are|be)\\s+not\\s+(?:[a-z]+\\s+)?(?:used|employed|installed|set|placed|collected|processed|deployed|embedded|run|loaded|served|present|enabled|active|integrated|connected)|(?<![a-zа-я])отсутству[а-я]*)(?![a-zа-я])(?!\\s+(?:to|for|in\\s+order|so\\s+as|для|с\\s+целью|в\\s+целях|чтобы|ради|как)(?![a-zа-я]))';

/** After a negation, these open a part of the sentence the negation does not cover. */
export const RESET = '(?:[,:]\\s*(?:(?:we|it|the\\s+[a-z]+|мы|оператор|сайт|сервис)\\s+)?(?:use|uses|employ|employs|rely|relies|install|installs|используем|использует|используется|используются|применяем|применяет|применяется|подключен[а-я]*|установлен[а-я]*)|,\\s*(?:а|но|однако|зато|and|but|however|while|whereas|which|who|that|которы[а-я]*|где)|(?:^|\\s)(?:but|но|однако|however|instead|вместо\\s+этого|зато|also|только|only)|за\\s+исключением|кроме|except|other\\s+than|apart\\s+from)(?![a-zа-я])';
