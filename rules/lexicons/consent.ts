import { fastRegExp } from '../../src/core/match.js';
import type { LexiconEntry } from '../../src/core/nlp/phrases.js';
/**
 * Consent inferred from conduct (152-FZ art. 9 part 1; docs/law.md (Consent)), as phrase lexicons
 * for the phrase automaton (src/core/nlp/phrases.ts syntax: `word*` prefix, `=word` exact,
 * `(a|b)` one of, `@class` a word class below, `~N` a gap inside a sentence). Each entry's concept
 * is `implied:<part>`; rules/implied-consent.ts combines the parts within one sentence:
 * conduct-as-means … predicate ("By using the site you agree …"), conduct noun … link … consent
 * ("Use of the site constitutes consent"), consent … given … conduct ("consent, which you give by
 * submitting the form"), disagree … leave ("If you do not agree, do not use the site").
 */

/** Word classes of this lexicon: the site, the data and the forms a subject's conduct is about. */
const SITE_EN = ['=site', '=sites', '=website', '=websites', '=web-site', '=service', '=services', '=app', '=apps', '=application', '=platform', '=resource', '=portal', '=product', '=products', '=bot', '=page', '=pages', '=software', '=dashboard'];
export const CONSENT_CLASSES: Record<string, readonly string[]> = {
  conduct_site: ['сайт*', 'сервис*', 'приложени*', 'платформ*', 'ресурс*', 'портал*', 'услуг*', 'бот*', 'программ*', 'продукт*', 'страниц*', 'систем*', 'личн*'],
  conduct_site_en: ['=site', '=sites', '=website', '=websites', '=web-site', '=service', '=services', '=app', '=apps', '=application', '=platform', '=resource', '=portal', '=product', '=products', '=bot', '=page', '=pages', '=software', '=dashboard'],
  conduct_site_en_it: [...SITE_EN, '=it'],
  conduct_data: ['персональн*', 'данн*', 'сведени*', 'информаци*', 'контакт*', 'номер*', 'телефон*', 'e-mail*', 'email*', 'адрес*'],
  conduct_data_en: ['=personal', '=data', '=information', '=details', '=contact', '=email', '=e-mail', '=phone', '=number'],
  conduct_form: ['форм*', 'анкет*', 'заявк*', 'заказ*', 'сообщени*', 'запрос*', 'обращени*', 'пол*', 'подписк*'],
  conduct_form_en: ['=form', '=forms', '=application', '=request', '=order', '=message', '=enquiry', '=inquiry', '=questionnaire'],
};

export const IMPLIED_CONSENT: LexiconEntry[] = [
  /**
   * The conduct as a means ("by using", «продолжая использовать», «отправляя форму»): the
   * consent that follows or precedes it in the sentence is inferred from it. "When registering"
   * and «при регистрации» say when consent is asked, not how: they are not here.
   */
  {
    concept: 'implied:means',
    lang: 'ru',
    phrases: [
      'продолжа* ~2 (использова*|пользова*|работ*|просмотр*|посещ*|навигац*|пребыва*|нахо*)',
      'продолжени* ~2 (использовани*|пользовани*|работ*|просмотр*|посещени*)',
      '(=используя|=пользуясь|=посещая|=просматривая|=заходя|=переходя|=оставаясь|=находясь) ~3 @conduct_site',
      'начиная ~2 (использова*|пользова*)',
      '(=предоставляя|=передавая|=сообщая|=вводя|=указывая|=оставляя|=размещая|=загружая) ~4 @conduct_data',
      '(=отправляя|=направляя|=заполняя|=оформляя|=оставляя|=подавая) ~4 @conduct_form',
      '(=отправляя|=направляя) ~4 @conduct_data',
      '(=регистрируясь|=зарегистрировавшись|=авторизуясь|=авторизовавшись|=подписываясь|=подписавшись|=оплачивая|=оплатив)',
      '(=заполнив|=отправив|=направив|=оставив|=подав|=оформив|=разместив) ~4 @conduct_form',
      '(=предоставив|=передав|=сообщив|=указав|=введя|=оставив|=загрузив|=отправив|=направив) ~4 @conduct_data',
      '(=воспользовавшись|=посетив|=зайдя|=перейдя|=оставшись) ~3 @conduct_site',
      'продолжив ~2 (использова*|пользова*|работ*|просмотр*)',
      '(=совершая|=совершив|=оформляя|=оформив|=делая|=сделав|=подтверждая|=подтвердив) ~3 (заказ*|покупк*|оплат*|платеж*|бронировани*)',
      '(=загружая|=загрузив|=размещая|=разместив|=публикуя|=опубликовав)',
      '(оставивш*|отправивш*|заполнивш*|направивш*|подавш*|оформивш*) ~3 @conduct_form',
      '(предоставивш*|передавш*|сообщивш*|указавш*) ~4 @conduct_data',
      '(зарегистрировавш*|авторизовавш*)',
      '(использующ*|продолжающ*|посетивш*|посещающ*) ~3 @conduct_site',
      '(=обращаясь|=обратившись|=звоня|=позвонив)',
      'нажав ~4 (кнопк*|на*)',
      'нажимая ~4 (кнопк*|на*)',
      'путем ~2 (использовани*|продолжени*|посещени*|регистрац*|заполнени*|отправк*)',
      'при ~2 (продолжени*|дальнейш*) ~2 (использовани*|пользовани*)',
      'с момента ~2 (начал*|использовани*|пользовани*|посещени*|регистрац*|заполнени*|отправк*|перехода*|входа*|авторизац*)',
    ],
  },
  {
    concept: 'implied:means',
    lang: 'en',
    phrases: [
      'by ~1 (=using|=accessing|=visiting|=browsing|=registering|=submitting|=providing|=sending|=filling|=entering|=completing|=continuing|=remaining|=staying|=creating|=placing|=leaving|=clicking|=pressing|=subscribing|=downloading|=installing|=navigating|=sharing|=uploading)',
      'by ~1 (=signing|=logging) (=up|=in|=on)',
      'continu* to ~2 (=use|=using|=browse|=browsing|=access|=accessing|=visit|=visiting|=navigate|=interact)',
      'if you continue',
      '(=if|=when) you ~1 keep',
      'keep ~1 (=using|=browsing|=accessing|=visiting)',
      'continued (=use|=usage|=access|=browsing)',
    ],
  },
  /**
   * The conduct as the means in the instrumental case or after "by the fact of": «направлением
   * заявки», «фактом обращения», «через настройки браузера». Read like implied:means.
   */
  {
    concept: 'implied:by',
    lang: 'ru',
    phrases: [
      'фактом ~4 (обращени*|звонк*|отправк*|направлени*|заполнени*|использовани*|пользовани*|посещени*|регистрац*|подач*|предоставлени*|передач*|оформлени*|продолжени*)',
      '(=направлением|=отправкой|=заполнением|=подачей|=оформлением) ~3 @conduct_form',
      '(=использованием|=посещением|=продолжением) ~3 @conduct_site',
      '(=предоставлением|=передачей|=отправкой|=направлением|=сообщением) ~4 @conduct_data',
      '(=регистрацией|=обращением|=звонком)',
      '(=посредством|=через) ~2 (использовани*|заполнени*|отправк*|направлени*|регистрац*|посещени*)',
      'через ~3 настрой* ~2 браузер*',
    ],
  },
  {
    concept: 'implied:by',
    lang: 'en',
    phrases: [
      'through ~3 (=use|=usage) of',
      'through ~2 browser settings',
      'by ~2 (=fact|=act) of ~2 (=using|=contacting|=submitting|=sending|=calling|=registering|=visiting)',
    ],
  },
  /**
   * A consent said to be given by conduct named after it: «согласие, выраженное фактом обращения»,
   * "consent, which you give by submitting the form", «согласие, которое вы даёте, отправляя заявку».
   */
  {
    concept: 'implied:given',
    lang: 'ru',
    phrases: [
      'выраженн*',
      'выражаем*',
      'предоставленн*',
      'предоставляем*',
      'полученн*',
      'дается',
      'выражается',
      'предоставляется',
      '(=даете|=дает|=дают|=выражаете|=выражает|=выражают|=предоставляете|=предоставляет)',
      'которое ~3 (=даете|=дает|=дают|=выражаете|=выражает|=выражают|=предоставляете|=предоставляет)',
    ],
  },
  {
    concept: 'implied:given',
    lang: 'en',
    phrases: [
      '(=which|=that) ~3 (=give|=gives|=express|=expresses|=provide|=provides|=grant|=grants|=signal|=signals|=indicate|=indicates)',
      '=given',
      '=expressed',
      '=provided',
      '=granted',
      '=signalled',
      '=signaled',
      '=indicated',
    ],
  },
  /** Withdrawing or refusing consent: "you may withdraw your consent by sending a notice" infers nothing. */
  {
    concept: 'implied:withdraw',
    lang: 'ru',
    phrases: [
      'отзыв*',
      'отозва*',
      'отзова*',
    ],
  },
  {
    concept: 'implied:withdraw',
    lang: 'en',
    phrases: [
      'withdraw*',
      'revok*',
      'revocation',
      'retract*',
    ],
  },
  /** The conduct as a noun ("use of the site", «использование сайта», «регистрация»). */
  {
    concept: 'implied:noun',
    lang: 'ru',
    phrases: [
      '(использовани*|пользовани*|посещени*|просмотр*) ~3 @conduct_site',
      '(продолжени*|дальнейш*) ~2 (использовани*|пользовани*|работ*)',
      '(регистрац*|авторизац*)',
      '(заполнени*|отправк*|направлени*|подач*|оформлени*) ~3 @conduct_form',
      '(предоставлени*|передач*|отправк*|сообщени*|указани*) ~4 @conduct_data',
      'нажати* ~3 кнопк*',
      '(акцепт*|приняти*) ~4 (политик*|оферт*|соглашени*|услови*|документ*)',
      '(бездействи*|молчани*)',
      'настоящ* политик*',
    ],
  },
  {
    concept: 'implied:noun',
    lang: 'en',
    phrases: [
      '(=use|=usage|=using|=access|=accessing|=browsing|=visiting|=visit) ~3 @conduct_site_en',
      '(=use|=usage|=using) ~2 (=it|=them)',
      'continued (=use|=usage|=access|=browsing)',
      'continuation of ~2 (=use|=usage|=access)',
      '(=registration|=registering|=sign-up|=signing)',
      '(=submission|=submitting|=sending|=filling|=completion|=completing) ~4 @conduct_form_en',
      '(=provision|=providing|=submission|=submitting|=sending|=transfer) of ~4 @conduct_data_en',
      'acceptance of ~4 (=policy|=offer|=terms)',
      '(=inaction|=silence)',
      '(=failure|=omission) to object',
      'absence of ~2 (=objection|=objections)',
      '(=this|=the) ~3 policy',
    ],
  },
  /** "constitutes", «означает»: the conduct noun is said to be consent. */
  {
    concept: 'implied:link',
    lang: 'ru',
    phrases: [
      'означа*',
      'является',
      'являются',
      'явля* собой',
      'признает*',
      'признают*',
      'призна*',
      'счита*',
      'расценива*',
      'подразумева*',
      'свидетельству*',
      'влечет',
      'выража*',
      'подтвержда*',
      'рассматрива* как',
      'приравнива*',
      'равносильн*',
      'служит',
      'будет означать',
    ],
  },
  {
    concept: 'implied:link',
    lang: 'en',
    phrases: [
      'constitut*',
      '=means',
      '=mean',
      'shall mean',
      'signif*',
      '(=implies|=imply|=implied)',
      '(=indicates|=indicate)',
      '=is deemed',
      '=are deemed',
      'deemed',
      'is considered',
      'are considered',
      'will be considered',
      'shall be considered',
      'amounts to',
      'represents',
      'confirms',
      'is regarded',
      'is treated',
      'serves as',
      'evidences',
      'shows',
    ],
  },
  /** The consent said to follow from conduct (after a LINK). */
  {
    concept: 'implied:consent',
    lang: 'ru',
    phrases: [
      'безоговорочн* ~2 (согласи*|приняти*|акцепт*)',
      'их приняти*',
      'согласи*',
      'акцепт*',
      'приняти* ~3 (услови*|политик*|изменени*|положени*|настоящ*|правил*)',
      'безоговорочн*',
      'соглас* с',
    ],
  },
  {
    concept: 'implied:consent',
    lang: 'en',
    phrases: [
      'consent*',
      'acceptance',
      'agreement (=with|=to)',
      'accept*',
      '=agreed',
      'assent',
    ],
  },
  /**
   * The subject's consent as a predicate: «соглашается», «даёт согласие», «выражает согласие»,
   * "you agree", "the user consents", "deemed to have accepted". Phrases ending in a bare verb
   * ("agree", «соглашается», «принимает») need an implied:target after them.
   */
  {
    concept: 'implied:predicate',
    lang: 'ru',
    phrases: [
      '(=дает|=дают|=даете|=даешь|=дал|=дали|предоставля*|выража*|подтвержда*) ~6 согласи*',
      '(=дает|=дают|=даете|=выражает|=выражаете|=выражают|=предоставляет|=предоставляете) его',
      'подтвержда* ~6 (соглас*|принят*|акцепт*)',
      'соглаша*',
      '=согласен',
      '=согласна',
      '=согласны',
      'соглашает*',
      'считает* ~4 (давш*|согласивш*|приняв*|акцептовавш*|ознакомивш*)',
      'принима* ~4 (услови*|политик*|изменени*|положени*|настоящ*|правил*|редакци*)',
      // «…вы принимаете их» / «принимаете её»: a bare object pronoun, resolved by the rule to what the paragraph named.
      '(=принимаете|=принимает|=принимают|=принимаешь) (=их|=ее|=её|=его)',
      'акцептует',
      'акцептуют',
    ],
  },
  {
    concept: 'implied:predicate',
    lang: 'en',
    phrases: [
      '(=consent|=consents|=consenting) to',
      '(=give|=gives|=giving|=express|=expresses|=provide|=provides|=grant|=grants|=confirm|=confirms) ~6 consent',
      '=agree',
      '=agrees',
      '=agreeing',
      '(=accept|=accepts|=accepting)',
      '(=deemed|=considered|=presumed) ~4 (=consented|=agreed|=accepted|=given)',
      'signif* ~3 (=consent|=acceptance|=agreement)',
    ],
  },
  /**
   * What the consent or acceptance must be to: the processing, the data, the policy, its changes,
   * cookies. "agrees to automatic fund deduction" is not. A bare "consents" needs none.
   */
  {
    concept: 'implied:target',
    lang: 'ru',
    phrases: [
      'настоящ* ~2 политик*',
      'политик*',
      'обработк*',
      'персональн*',
      'данн*',
      '(файл*|cookie*) ~2 cookie*',
      'куки',
      'изменени*',
      'передач*',
      'сбор*',
      'настоящ*',
      'трансграничн*',
      'использовани* ~3 (cookie*|куки*)',
      'файл*',
      'условия ~3 политик*',
      'вышеизложенн*',
      'указанн*',
      'редакци*',
      'положени*',
      'получени* ~3 (рассыл*|сообщени*|уведомлени*|рекламн*|информационн*|маркетингов*|новост*|писем*|смс*|sms*)',
      'рассылк*',
      'рекламн*',
      'маркетингов*',
      'получать ~3 (рассыл*|сообщени*|уведомлени*|рекламн*|информационн*|маркетингов*|новост*|писем*|письм*|смс*|sms*|звонк*)',
    ],
  },
  {
    concept: 'implied:target',
    lang: 'en',
    phrases: [
      '(=cookie|=cookies) ~2 (=processing|=files)',
      'cookie*',
      'privacy policy',
      'policy',
      'privacy',
      'processing',
      'personal',
      'data',
      'cookie*',
      'changes',
      'amendments',
      'collection',
      'transfer',
      'such processing',
      'profiling',
      'analytics',
      'notice',
      'statement',
      'new version',
      '(=marketing|=promotional|=advertising)',
      'newsletter*',
      'receiv* ~3 (=text|=texts|=sms|=marketing|=promotional|=messages|=emails|=e-mails|=newsletter|=newsletters|=notifications|=calls)',
    ],
  },
  /**
   * An object pronoun ("с их использованием", "their use") is the processing or the cookies when the
   * text before it in the paragraph names them (rule file).
   */
  {
    concept: 'implied:pronoun-target',
    lang: 'ru',
    phrases: [
      'их ~1 (использовани*|обработк*|применени*|сбор*|хранени*|установк*)',
      // «…после изменений вы принимаете их»: the pronoun stands for the changes named before it.
      '(=их|=ее|=её|=его)',
    ],
  },
  {
    concept: 'implied:pronoun-target',
    lang: 'en',
    phrases: [
      '(=its|=their) ~1 (=use|=usage|=processing|=collection|=storage|=placement)',
      // "…after changes means you accept them": the pronoun stands for the changes named before it.
      '(=them|=it)',
    ],
  },
  /** Words naming the policy or its changes: a bare "constitutes acceptance." in their paragraph or section accepts them. */
  {
    concept: 'implied:changes',
    lang: 'ru',
    phrases: [
      'изменени*',
      'редакци*',
      'политик*',
      'обновлен*',
    ],
  },
  {
    concept: 'implied:changes',
    lang: 'en',
    phrases: [
      'changes',
      'amendment*',
      'updat*',
      'policy',
      'notice',
      'revision*',
      'new version',
    ],
  },
  /** Another document whose acceptance by use is not this rule's business: "the Terms of Use", «оферта». */
  {
    concept: 'implied:other-document',
    lang: 'ru',
    phrases: [
      'пользовательск* соглашени*',
      'оферт*',
      'лицензионн* соглашени*',
      'правил* ~2 (сайт*|сервис*|пользовани*|использовани*)',
      'услови* ~2 (использовани*|пользовани*) ~2 @conduct_site',
      'договор*',
    ],
  },
  {
    concept: 'implied:other-document',
    lang: 'en',
    phrases: [
      'terms of (=use|=service)',
      'terms and conditions',
      'user agreement',
      'licen* agreement',
      'public offer',
      'offer agreement',
      '=eula',
    ],
  },
  {
    concept: 'implied:click-bundle',
    lang: 'ru',
    phrases: [
      'отправ*',
      'зарегистр*',
      'регистрац*',
      'заказ*',
      'оформ*',
      'подпис*',
      'оплат*',
      'купить',
      'оферт*',
      'услови*',
    ],
  },
  {
    concept: 'implied:click-bundle',
    lang: 'en',
    phrases: [
      'submit*',
      'register*',
      'sign up',
      'order*',
      'subscribe*',
      'pay*',
      'buy',
      'send',
      'offer',
      'terms',
    ],
  },
  /** Disagreement followed by leaving: "if you do not agree, do not use the site". */
  {
    concept: 'implied:disagree',
    lang: 'ru',
    phrases: [
      'в случае ~2 (несогласи*|отказ*)',
      'при ~2 несогласи*',
      'если ~5 не ~2 (=согласен|=согласна|=согласны|соглас*|принима*|=даете|=дает)',
      'несогласи* ~3 с',
      // «Пользователь, не согласный с Политикой, должен покинуть сайт»
      'не (=согласный|=согласная|=согласные|=согласных|=согласным|=согласившийся|=согласившиеся) ~2 с',
    ],
  },
  {
    concept: 'implied:disagree',
    lang: 'en',
    phrases: [
      '(=if|=should|=where|=when|=unless) ~5 (=not|=never) ~2 (agree*|accept*|consent*)',
      '(=if|=should|=where|=when) ~5 (=do|=does|=did) =n\'t ~2 (agree*|accept*|consent*)',
      '(=if|=should) ~4 disagree*',
      'in ~2 (=event|=case) of ~2 (=disagreement|=non-acceptance|=objection)',
      'if you object',
      'unless you agree',
      'unless you accept',
    ],
  },
  {
    concept: 'implied:leave',
    lang: 'ru',
    phrases: [
      '(покин*|покида*) ~2 @conduct_site',
      'покин*',
      'покида*',
      '(прекрат*|прекращ*|воздерж*|отказат*|отказ*) ~4 (использовани*|пользовани*|посещени*|работ*) ~2 @conduct_site',
      '(прекрат*|прекращ*|воздерж*|отказат*|отказ*) ~4 (использовани*|пользовани*|посещени*)',
      'не ~2 (=использовать|=пользоваться|=используйте|=пользуйтесь|=посещайте|=посещать|=заходите|=заходить) ~2 @conduct_site',
    ],
  },
  {
    concept: 'implied:leave',
    lang: 'en',
    phrases: [
      '(=do|=does|=must|=should|=may|=shall) not ~2 (=use|=access|=visit|=browse) ~3 @conduct_site_en_it',
      '=do =n\'t ~2 (=use|=access|=visit|=browse) ~3 @conduct_site_en_it',
      'not to ~2 (=use|=access|=visit|=browse) ~3 @conduct_site_en_it',
      '(=stop|=cease|=discontinue|=terminate|=quit|=refrain) ~4 (=use|=using|=usage|=visiting|=accessing|=browsing) ~3 @conduct_site_en_it',
      '(=leave|=exit|=close) ~3 @conduct_site_en',
    ],
  },
  /** "Inaction means consent": the subject does not object (art. 6 part 1 cl. 5). */
  {
    concept: 'implied:no-objection',
    lang: 'ru',
    phrases: [
      'не ~3 (направ*|заяв*|выраз*|сообщ*) ~3 (возражени*|несогласи*|отказ*)',
      'не ~2 (возраж*|отказ*)',
    ],
  },
  {
    concept: 'implied:no-objection',
    lang: 'en',
    phrases: [
      '(=not|=fail|=fails|=failure) ~3 (=object|=objects|=notify|=notifies|=withdraw)',
    ],
  },
  {
    concept: 'implied:deemed',
    lang: 'ru',
    phrases: [
      'счита* ~4 (согласивш*|приняв*|давш*|акцептовавш*|принят*|согласованн*|одобренн*)',
      'означа* ~3 (согласи*|приняти*|акцепт*)',
    ],
  },
  {
    concept: 'implied:deemed',
    lang: 'en',
    phrases: [
      '(=deemed|=considered|=treated) ~4 (=accepted|=agreed|=consented|=approved|=acceptance|=consent)',
      'constitut* ~3 (=consent|=acceptance)',
    ],
  },
  /** A consent box ticked in advance (docs/law.md (Consent): «по умолчанию», «предустановленная галочка»). */
  {
    concept: 'implied:preset',
    lang: 'ru',
    phrases: [
      'по умолчанию',
      'предустановленн*',
      'заранее ~2 (проставлен*|отмечен*|установлен*|выбран*)',
      'автоматически ~2 (проставля*|отмеча*)',
    ],
  },
  {
    concept: 'implied:preset',
    lang: 'en',
    phrases: [
      '(=pre-ticked|=pre-checked|=pre-selected|=preticked|=prechecked|=preselected)',
      '(=ticked|=checked|=selected) by default',
    ],
  },
  {
    concept: 'implied:consent-word',
    lang: 'ru',
    phrases: [
      'соглас*',
    ],
  },
  {
    concept: 'implied:consent-word',
    lang: 'en',
    phrases: [
      'consent*',
      '=agree',
    ],
  },
  /** A separate consent is referred to: not implied (docs/rules/implied-consent.md). */
  {
    concept: 'implied:separate',
    lang: 'ru',
    phrases: [
      'отдельн* ~3 (согласи*|документ*|форм*|отметк*)',
      'оформля* ~3 отдельно',
      'отдельно от',
      'отдельного согласия',
      'при наличии ~2 согласи*',
    ],
  },
  {
    concept: 'implied:separate',
    lang: 'en',
    phrases: [
      '(=separate|=separately|=dedicated|=standalone) ~3 (consent*|document*|form*|checkbox*|tick*)',
      'obtained separately',
      'given separately',
      '=specific =consent',
    ],
  },
  /** An explicit act of consenting (a tick, a checkbox, a consent button): not conduct. */
  {
    concept: 'implied:explicit',
    lang: 'ru',
    phrases: [
      'галочк*',
      'флаж*',
      'чекбокс*',
      'чек-бокс*',
      'отметк* ~3 (в*|о*) ~3 (пол*|окн*|форм*|согласи*)',
      'проставлени* ~2 отметк*',
      'проставля* ~2 отметк*',
      'отметив',
      'поставив ~2 отметк*',
      'в письменной форме',
      'письменн* согласи*',
    ],
  },
  {
    concept: 'implied:explicit',
    lang: 'en',
    phrases: [
      'checkbox*',
      'check box',
      'check-box',
      'tick*',
      'ticking',
      'opt-in',
      'opt in',
      'in writing',
      'written consent',
    ],
  },
];

/** Verbs that need an implied:target: a bare "agree" could be to anything. */
export const NEEDS_TARGET = /^(?:соглаша|согласен|согласна|согласны|принима|agree|agrees|agreeing|accept|accepts|accepting|acceptance|accept|agreement|приняти|акцепт|соглас с)/u;

/** Clicking a button infers consent only when the click sends, registers or orders something (implied:click-bundle). */
export const CLICK = /(?:нажима|нажати|нажав|clicking|pressing)/u;

/** A negation right before a predicate or link: "does not constitute consent", «не является согласием». */
export const NEGATED = fastRegExp(String.raw`(?<![\p{L}])(?:не|ни|not|never|no)\s+(?:\S+\s+)?$|n[’']t\s+(?:\S+\s+)?$`, 'u');

/** Words after which a consent noun is a basis, not an inference: «на основании согласия», "based on consent". */
export const CONSENT_AS_BASIS = fastRegExp(String.raw`(?<![\p{L}])(?:основани\p{L}*|наличии|с|без|получени\p{L}*|запрос\p{L}*|based on|basis of|with|without|subject to|obtain\p{L}*|request\p{L}*|require\p{L}*|prior|separate|own|such)\s+(?:(?:the|your|his|her|their|a|an|его|их|своего|вашего|пользователя|субъекта)\s+)?(?:\S+\s+)?$`, 'u');

/** "not requiring a separate consent": the separate consent is not what this clause relies on. */
export const SEPARATE_NEGATED = fastRegExp(String.raw`(?<![\p{L}])(?:не\s+(?:требу\p{L}*|нужн\p{L}*|предусмотр\p{L}*)|без|not\s+requir\p{L}*|no\s+need\s+for|without|does\s+not\s+require|do\s+not\s+require)\s+(?:\S+\s+)?$`, 'u');
