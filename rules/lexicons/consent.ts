import { fastRegExp } from '../../src/core/match.js';
/**
 * Consent inferred from conduct (152-FZ art. 9 part 1; docs/law.md (Consent)). Phrases use
 * src/core/match.ts syntax and are matched on doc.lower. rules/implied-consent.ts combines them
 * within one sentence: CONDUCT_MEANS … CONSENT_PREDICATE ("By using the site you agree …"),
 * CONDUCT_NOUN … LINK … CONSENT_NOUN ("Use of the site constitutes consent"), DISAGREE … LEAVE
 * ("If you do not agree, do not use the site").
 */

const W = '[a-zа-я]*';
const SITE_RU = `{(?:сайт|сервис|приложени|платформ|ресурс|портал|услуг|бот|программ|продукт|страниц|систем|личн)${W}}`;
const SITE_EN = '{(?:site|sites|website|websites|web-site|service|services|app|apps|application|platform|resource|portal|product|products|bot|page|pages|software|dashboard)}';
const DATA_RU = `{(?:персональн|данн|сведени|информаци|контакт|номер|телефон|e-mail|email|адрес)${W}}`;
const DATA_EN = '{(?:personal|data|information|details|contact|email|e-mail|phone|number)}';
const FORM_RU = `{(?:форм|анкет|заявк|заказ|сообщени|запрос|обращени|пол|подписк)${W}}`;
const FORM_EN = '{(?:form|forms|application|request|order|message|enquiry|inquiry|questionnaire)}';

/**
 * The conduct as a means ("by using", «продолжая использовать», «отправляя форму»): the
 * consent that follows or precedes it in the sentence is inferred from it. "When registering"
 * and «при регистрации» say when consent is asked, not how: they are not here.
 */
export const CONDUCT_MEANS = [
  // RU: деепричастия
  `продолжа* ~2 {(?:использова|пользова|работ|просмотр|посещ|навигац|пребыва|нахо)${W}}`,
  `продолжени* ~2 {(?:использовани|пользовани|работ|просмотр|посещени)${W}}`,
  `{(?:используя|пользуясь|посещая|просматривая|заходя|переходя|оставаясь|находясь)} ~3 ${SITE_RU}`,
  `начиная ~2 {(?:использова|пользова)${W}}`,
  `{(?:предоставляя|передавая|сообщая|вводя|указывая|оставляя|размещая|загружая)} ~4 ${DATA_RU}`,
  `{(?:отправляя|направляя|заполняя|оформляя|оставляя|подавая)} ~4 ${FORM_RU}`,
  `{(?:отправляя|направляя)} ~4 ${DATA_RU}`,
  '{(?:регистрируясь|зарегистрировавшись|авторизуясь|авторизовавшись|подписываясь|оплачивая)}',
  'нажимая ~4 {(?:кнопк|на)[a-zа-я]*}',
  `путем ~2 {(?:использовани|продолжени|посещени|регистрац|заполнени|отправк)${W}}`,
  `при ~2 {(?:продолжени|дальнейш)${W}} ~2 {(?:использовани|пользовани)${W}}`,
  `с момента ~2 {(?:начал|использовани|пользовани|посещени|регистрац|заполнени|отправк|перехода|входа|авторизац)${W}}`,
  // EN: "by …ing", "continuing to use", "your continued use"
  'by ~1 {(?:using|accessing|visiting|browsing|registering|submitting|providing|sending|filling|entering|completing|continuing|remaining|staying|creating|placing|leaving|clicking|pressing|subscribing|downloading|installing|navigating|sharing|uploading)}',
  'by ~1 {(?:signing|logging)} {(?:up|in|on)}',
  `continu* to ~2 {(?:use|using|browse|browsing|access|accessing|visit|visiting|navigate|interact)}`,
  'if you continue',
  'continued {(?:use|usage|access|browsing)}',
];

/** Clicking a button infers consent only when the click sends, registers or orders something. */
export const CLICK = /(?:нажима|нажати|clicking|pressing)/u;
export const CLICK_BUNDLE = [
  'отправ*', 'зарегистр*', 'регистрац*', 'заказ*', 'оформ*', 'подпис*', 'оплат*', 'купить', 'оферт*', 'услови*', 'submit*', 'register*', 'sign up', 'order*', 'subscribe*', 'pay*', 'buy', 'send', 'offer', 'terms',
];

/** The conduct as a noun ("use of the site", «использование сайта», «регистрация»). */
export const CONDUCT_NOUN = [
  `{(?:использовани|пользовани|посещени|просмотр)${W}} ~3 ${SITE_RU}`,
  `{(?:продолжени|дальнейш)${W}} ~2 {(?:использовани|пользовани|работ)${W}}`,
  `{(?:регистрац|авторизац)${W}}`,
  `{(?:заполнени|отправк|направлени|подач|оформлени)${W}} ~3 ${FORM_RU}`,
  `{(?:предоставлени|передач|отправк|сообщени|указани)${W}} ~4 ${DATA_RU}`,
  `нажати* ~3 кнопк*`,
  `{(?:акцепт|приняти)${W}} ~4 {(?:политик|оферт|соглашени|услови|документ)${W}}`,
  `{(?:бездействи|молчани)${W}}`,
  'настоящ* политик*',
  // EN
  `{(?:use|usage|using|access|accessing|browsing|visiting|visit)} ~3 ${SITE_EN}`,
  `{(?:use|usage|using)} ~2 {(?:it|them)}`,
  'continued {(?:use|usage|access|browsing)}',
  'continuation of ~2 {(?:use|usage|access)}',
  '{(?:registration|registering|sign-up|signing)}',
  `{(?:submission|submitting|sending|filling|completion|completing)} ~4 ${FORM_EN}`,
  `{(?:provision|providing|submission|submitting|sending|transfer)} of ~4 ${DATA_EN}`,
  'acceptance of ~4 {(?:policy|offer|terms)}',
  '{(?:inaction|silence)}',
  '{(?:failure|omission)} to object',
  'absence of ~2 {(?:objection|objections)}',
  '{(?:this|the)} ~3 policy',
];

/** "constitutes", «означает»: the conduct noun is said to be consent. */
export const LINK = [
  'означа*', 'является', 'являются', 'явля* собой', 'признает*', 'признают*', 'призна*', 'счита*', 'расценива*', 'подразумева*', 'свидетельству*',
  'влечет', 'выража*', 'подтвержда*', 'рассматрива* как', 'приравнива*', 'равносильн*', 'служит', 'будет означать',
  'constitut*', '=means', '=mean', 'shall mean', 'signif*', '{(?:implies|imply|implied)}', '{(?:indicates|indicate)}', '=is deemed', '=are deemed', 'deemed', 'is considered', 'are considered', 'will be considered',
  'shall be considered', 'amounts to', 'represents', 'confirms', 'is regarded', 'is treated', 'serves as', 'evidences', 'shows',
];

/** The consent said to follow from conduct (after a LINK). */
export const CONSENT_NOUN = [
  `безоговорочн* ~2 {(?:согласи|приняти|акцепт)${W}}`, 'их приняти*', `согласи*`, 'акцепт*', `приняти* ~3 {(?:услови|политик|изменени|положени|настоящ|правил)${W}}`, 'безоговорочн*', 'соглас* с',
  'consent*', 'acceptance', 'agreement {(?:with|to)}', 'accept*', '=agreed', 'assent',
];

/**
 * The subject's consent as a predicate: «соглашается», «даёт согласие», «выражает согласие»,
 * "you agree", "the user consents", "deemed to have accepted". Phrases ending in a bare verb
 * ("agree", «соглашается», «принимает») need a TARGET after them.
 */
export const CONSENT_PREDICATE = [
  '{(?:дает|дают|даете|даешь|дал|дали|предоставля[a-zа-я]*|выража[a-zа-я]*|подтвержда[a-zа-я]*)} ~3 согласи*',
  'подтвержда* ~6 {(?:соглас|принят|акцепт)[a-zа-я]*}',
  'соглаша*', '=согласен', '=согласна', '=согласны', 'соглашает*',
  'считает* ~4 {(?:давш|согласивш|приняв|акцептовавш|ознакомивш)[a-zа-я]*}',
  'принима* ~4 {(?:услови|политик|изменени|положени|настоящ|правил)[a-zа-я]*}',
  'акцептует', 'акцептуют',
  '{(?:consent|consents|consenting)} to', '{(?:give|gives|giving|express|expresses|provide|provides|grant|grants|confirm|confirms)} ~3 consent',
  '=agree', '=agrees', '=agreeing', '{(?:accept|accepts|accepting)}',
  '{(?:deemed|considered|presumed)} ~4 {(?:consented|agreed|accepted|given)}',
  'signif* ~3 {(?:consent|acceptance|agreement)}',
];

/**
 * What the consent or acceptance must be to: the processing, the data, the policy, its changes,
 * cookies. "agrees to automatic fund deduction" is not. A bare "consents" needs none.
 */
export const TARGET = [
  '{cookies?} ~2 {(?:processing|files)}', 'настоящ* ~2 политик*', 'политик*', 'обработк*', 'персональн*', 'данн*', '{(?:файл|cookie)[a-zа-я-]*} ~2 cookie*', 'cookie*', 'куки', 'изменени*', 'передач*', 'сбор*', 'настоящ*', 'трансграничн*', 'использовани* ~3 {(?:cookie|куки)[a-zа-я]*}', 'файл*', 'условия ~3 политик*', 'вышеизложенн*', 'указанн*',
  'privacy policy', 'policy', 'privacy', 'processing', 'personal', 'data', 'cookie*', 'changes', 'amendments', 'collection', 'transfer', 'such processing', 'profiling', 'analytics',
  // The policy under other names: "the updated notice", "this Privacy Statement", «новая редакция».
  'notice', 'statement', 'new version', 'редакци*', 'положени*',
];

/** Another document whose acceptance by use is not this rule's business: "the Terms of Use", «оферта». */
export const OTHER_DOCUMENT = [
  'пользовательск* соглашени*', 'оферт*', 'лицензионн* соглашени*', `правил* ~2 {(?:сайт|сервис|пользовани|использовани)${W}}`,
  `услови* ~2 {(?:использовани|пользовани)${W}} ~2 ${SITE_RU}`, 'договор*',
  'terms of {(?:use|service)}', 'terms and conditions', 'user agreement', 'licen* agreement', 'public offer', 'offer agreement', '=eula',
];

/** Verbs that need a TARGET: a bare "agree" could be to anything. */
export const NEEDS_TARGET = /^(?:соглаша|согласен|согласна|согласны|принима|agree|agrees|agreeing|accept|accepts|accepting|acceptance|accept|agreement|приняти|акцепт|соглас с)/u;

/** Disagreement followed by leaving: "if you do not agree, do not use the site". */
export const DISAGREE = [
  'в случае ~2 {(?:несогласи|отказ)[a-zа-я]*}', 'при ~2 несогласи*', 'если ~5 не ~2 {(?:согласен|согласна|согласны|соглас[a-zа-я]*|принима[a-zа-я]*|даете|дает)}', 'несогласи* ~3 с',
  '{(?:if|should|where|when|unless)} ~5 {(?:not|never)} ~2 {(?:agree|accept|consent)[a-z]*}', '{(?:if|should|where|when)} ~5 {(?:don|doesn|didn)} t ~2 {(?:agree|accept|consent)[a-z]*}', '{(?:if|should)} ~4 disagree*',
  'in ~2 {(?:event|case)} of ~2 {(?:disagreement|non-acceptance|objection)}', 'if you object', 'unless you agree', 'unless you accept',
];
export const LEAVE = [
  `{(?:покин|покида)${W}} ~2 ${SITE_RU}`, 'покин*', 'покида*',
  `{(?:прекрат|прекращ|воздерж|отказат|отказ)${W}} ~4 {(?:использовани|пользовани|посещени|работ)${W}} ~2 ${SITE_RU}`,
  `{(?:прекрат|прекращ|воздерж|отказат|отказ)${W}} ~4 {(?:использовани|пользовани|посещени)${W}}`,
  `не ~2 {(?:использовать|пользоваться|используйте|пользуйтесь|посещайте|посещать|заходите|заходить)} ~2 ${SITE_RU}`,
  // EN: what is not to be used is the site or the service ("you may not use certain features" is not leaving)
  `{(?:do|does|must|should|may|shall)} not ~2 {(?:use|access|visit|browse)} ~3 {(?:${SITE_EN.slice(4, -2)}|it)}`,
  `don t ~2 {(?:use|access|visit|browse)} ~3 {(?:${SITE_EN.slice(4, -2)}|it)}`,
  `not to ~2 {(?:use|access|visit|browse)} ~3 {(?:${SITE_EN.slice(4, -2)}|it)}`,
  `{(?:stop|cease|discontinue|terminate|quit|refrain)} ~4 {(?:use|using|usage|visiting|accessing|browsing)} ~3 {(?:${SITE_EN.slice(4, -2)}|it)}`,
  `{(?:leave|exit|close)} ~3 ${SITE_EN}`,
];

/** "Inaction means consent": the subject does not object (art. 6 part 1 cl. 5). */
export const NO_OBJECTION = [
  'не ~3 {(?:направ|заяв|выраз|сообщ)[a-zа-я]*} ~3 {(?:возражени|несогласи|отказ)[a-zа-я]*}', 'не ~2 {(?:возраж|отказ)[a-zа-я]*}',
  '{(?:not|fail|fails|failure)} ~3 {(?:object|objects|notify|notifies|withdraw)}',
];
export const DEEMED = [
  'счита* ~4 {(?:согласивш|приняв|давш|акцептовавш|принят|согласованн|одобренн)[a-zа-я]*}', 'означа* ~3 {(?:согласи|приняти|акцепт)[a-zа-я]*}',
  '{(?:deemed|considered|treated)} ~4 {(?:accepted|agreed|consented|approved|acceptance|consent)}', 'constitut* ~3 {(?:consent|acceptance)}',
];

/** A consent box ticked in advance (docs/law.md (Consent): «по умолчанию», «предустановленная галочка»). */
export const PRESET = [
  'по умолчанию', 'предустановленн*', `заранее ~2 {(?:проставлен|отмечен|установлен|выбран)${W}}`, 'автоматически ~2 {(?:проставля|отмеча)[a-zа-я]*}',
  '{(?:pre-ticked|pre-checked|pre-selected|preticked|prechecked|preselected)}', '{(?:ticked|checked|selected)} by default',
];
export const CONSENT_WORD = ['соглас*', 'consent*', '=agree'];

/** A separate consent is referred to: not implied (docs/rules/implied-consent.md). */
export const SEPARATE = [
  'отдельн* ~3 {(?:согласи|документ|форм|отметк)[a-zа-я]*}', 'оформля* ~3 отдельно', 'отдельно от', 'отдельного согласия', 'при наличии ~2 согласи*',
  '{(?:separate|separately|dedicated|standalone|specific)} ~3 {(?:consent|document|form|checkbox|tick)[a-z]*}', 'obtained separately', 'given separately',
];

/** An explicit act of consenting (a tick, a checkbox, a consent button): not conduct. */
export const EXPLICIT = [
  'галочк*', 'флаж*', 'чекбокс*', 'чек-бокс*', 'отметк* ~3 {(?:в|о)[a-zа-я]*} ~3 {(?:пол|окн|форм|согласи)[a-zа-я]*}', 'проставлени* ~2 отметк*', 'проставля* ~2 отметк*', 'отметив', 'поставив ~2 отметк*', 
  'checkbox*', 'check box', 'check-box', 'tick*', 'ticking', 'opt-in', 'opt in',
];

/** A negation right before a predicate or link: "does not constitute consent", «не является согласием». */
export const NEGATED = fastRegExp(String.raw`(?<![\p{L}])(?:не|ни|not|never|no)\s+(?:\S+\s+)?$|n[’']t\s+(?:\S+\s+)?$`, 'u');

/** Words after which a consent noun is a basis, not an inference: «на основании согласия», "based on consent". */
export const CONSENT_AS_BASIS = fastRegExp(String.raw`(?<![\p{L}])(?:основани\p{L}*|наличии|с|без|получени\p{L}*|запрос\p{L}*|based on|basis of|with|without|subject to|obtain\p{L}*|request\p{L}*|require\p{L}*|prior|separate|own|such)\s+(?:(?:the|your|his|her|their|a|an|его|их|своего|вашего|пользователя|субъекта)\s+)?(?:\S+\s+)?$`, 'u');
