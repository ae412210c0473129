/**
 * The shared vocabulary of clause facts: what a clause does (predicate), who does it (actor), to
 * what (object), how (modality), and what it leaves out (scope). Data for a lawyer to review: one
 * entry per concept and language, phrases in the syntax of ./phrases.ts. Rules add their own
 * concepts beside their rule file; these are the ones every rule may ask about.
 * See docs/architecture.md, "Concepts".
 */
import type { LexiconEntry } from './phrases.js';

/** Word classes used as @name in phrases. */
export const WORD_CLASSES: Record<string, readonly string[]> = {
  site: ['сайт*', 'сервис*', 'приложени*', 'платформ*', 'ресурс*', 'портал*', 'услуг*', 'бот*', 'программ*', 'продукт*', 'страниц*', 'систем*', 'site*', 'website*', 'web-site*', 'service*', 'app', 'apps', 'application*', 'platform*', 'portal*', 'product*', 'bot', 'bots', 'page*', 'software', 'dashboard*'],
  data: ['персональн*', 'данн*', 'сведени*', 'информаци*', 'personal', 'data', 'information', 'details'],
  request: ['запрос*', 'обращени*', 'требовани*', 'заявлени*', 'заявк*', 'request*', 'enquir*', 'inquir*', 'demand*', 'application*'],
  regulator: ['роскомнадзор*', 'ркн', 'roskomnadzor', 'regulator*', 'authority', 'authorities'],
};

export const PREDICATES: LexiconEntry[] = [
  {
    concept: 'predicate:answer',
    lang: 'ru',
    phrases: ['ответ*', 'отвеча*', 'рассматрива* ~3 @request', 'рассмотрени* ~3 @request', 'рассмотрит* ~3 @request', '(предоставля*|предостав*|сообща*|сообщ*|направля*|выда*|выдач*) ~8 (информаци*|сведени*|копи*|ответ*)', 'дать ответ', 'да* ~2 ответ*'],
  },
  {
    concept: 'predicate:answer',
    lang: 'en',
    phrases: ['respond*', 'response*', 'answer*', 'reply', 'replies', '(process*|handle*|deal|consider*|review*|fulfil*|fulfill*) ~3 request*', '(provide*|send*|give*) ~4 (information|copy|access|reply|response)'],
  },
  { concept: 'predicate:store', lang: 'ru', phrases: ['хран*', 'сохраня*', 'сохранени*', '(=храниться|=хранится)'] },
  { concept: 'predicate:store', lang: 'en', phrases: ['store*', 'storing', 'storage', 'retain*', 'retention', 'keep*', '=kept', 'hold*', '=held'] },
  {
    concept: 'predicate:destroy',
    lang: 'ru',
    phrases: ['уничтож*', '(удаля*|удалени*|=удалить|=удалит|=удалим|=удалят|=удалены|=удален|=удалена|=удалено|=удалены)', 'обезлич*', 'стира*', 'стере*', '=стереть'],
  },
  { concept: 'predicate:destroy', lang: 'en', phrases: ['delet*', 'destroy*', 'destruction', 'eras*', 'anonymi*', 'remov*', 'dispose*', 'disposal'] },
  { concept: 'predicate:block', lang: 'ru', phrases: ['блокир*'] },
  { concept: 'predicate:block', lang: 'en', phrases: ['block*', 'restrict* ~2 processing'] },
  { concept: 'predicate:rectify', lang: 'ru', phrases: ['уточн*', 'исправ*', 'актуализ*', '(изменени*|изменя*|измен*) ~3 (персональн*|данн*|сведени*)'] },
  { concept: 'predicate:rectify', lang: 'en', phrases: ['rectif*', 'correct*', '(update*|amend*) ~3 (data|information|details)'] },
  {
    concept: 'predicate:transfer',
    lang: 'ru',
    phrases: ['переда*', 'передач*', '(раскрыва*|раскрыт*|раскро*)', 'пересыла*', '(предоставля*|предостав*) ~3 (треть*|партнер*|контрагент*|доступ*)', '=трансграничная'],
  },
  { concept: 'predicate:transfer', lang: 'en', phrases: ['transfer*', '(share|shares|shared|sharing)', 'disclos*', '(send*|sent) ~3 (to|abroad)', 'provide* ~3 (third|partner*|access)'] },
  { concept: 'predicate:entrust', lang: 'ru', phrases: ['поруч*'] },
  { concept: 'predicate:entrust', lang: 'en', phrases: ['entrust*', 'on behalf of', 'engage* ~3 (processor*|provider*)'] },
  { concept: 'predicate:notify-regulator', lang: 'ru', phrases: ['(уведом*|сообщ*|информир*|направля*|предоставля*) ~5 (роскомнадзор*|=ркн|надзорн*)', '(уведом*|сообщ*|информир*|направля*|предоставля*) ~5 уполномоченн* ~2 орган*'] },
  { concept: 'predicate:notify-regulator', lang: 'en', phrases: ['(notify*|notif*|inform*|report*) ~5 (roskomnadzor|regulator*|authority|authorities)'] },
  { concept: 'predicate:consent', lang: 'ru', phrases: ['согласи*', 'соглаша*', '(=согласен|=согласна|=согласны)'] },
  { concept: 'predicate:consent', lang: 'en', phrases: ['consent*', '(agree|agrees|agreed|agreeing)'] },
  { concept: 'predicate:accept', lang: 'ru', phrases: ['(принима*|приняти*|=принял|=приняли|=принят|=приняты|=принята)', 'акцепт*'] },
  { concept: 'predicate:accept', lang: 'en', phrases: ['(accept|accepts|accepted|accepting|acceptance)'] },
  { concept: 'predicate:withdraw', lang: 'ru', phrases: ['отозв*', 'отзыв*'] },
  { concept: 'predicate:withdraw', lang: 'en', phrases: ['withdraw*', 'revok*', 'revocation'] },
  { concept: 'predicate:object', lang: 'ru', phrases: ['возраж*'] },
  { concept: 'predicate:object', lang: 'en', phrases: ['(=object|=objects|objection*)', 'opt out', 'opt-out'] },
  { concept: 'predicate:appeal', lang: 'ru', phrases: ['обжал*', 'оспари*', 'оспор*', '(жалоб*|пожаловат*)'] },
  { concept: 'predicate:appeal', lang: 'en', phrases: ['appeal*', 'complain*', 'complaint*', 'challeng*'] },
  { concept: 'predicate:use-site', lang: 'ru', phrases: ['(использ*|пользова*|посещ*|посети*|просматрива*|просмотр*) ~3 @site'] },
  { concept: 'predicate:use-site', lang: 'en', phrases: ['(use|uses|using|usage|access*|visit*|brows*) ~3 @site'] },
  { concept: 'predicate:contact', lang: 'ru', phrases: ['(связ*|свяжит*) ~2 (=с|=со)', '(=обратиться|обращайт*|=обратившись|=обратитесь)', '(=написать|=напишите|=пишите)'] },
  { concept: 'predicate:contact', lang: 'en', phrases: ['contact*', 'write to', 'reach us', 'get in touch', 'email us', 'message us'] },
  { concept: 'predicate:collect', lang: 'ru', phrases: ['собира*', 'сбор*', '(получа*|получени*)'] },
  { concept: 'predicate:collect', lang: 'en', phrases: ['collect*', 'gather*', 'obtain*', 'receiv*'] },
  { concept: 'predicate:process', lang: 'ru', phrases: ['обрабатыва*', 'обработк*', '=обработать'] },
  { concept: 'predicate:process', lang: 'en', phrases: ['process', 'processes', 'processed', 'processing'] },
  { concept: 'predicate:use', lang: 'ru', phrases: ['(использ*|примен*)'] },
  { concept: 'predicate:use', lang: 'en', phrases: ['(use|uses|used|using|employ*)'] },
];

export const ACTORS: LexiconEntry[] = [
  { concept: 'actor:operator', lang: 'ru', phrases: ['оператор*', '(=мы|=нами|=нас|=нам)', '(компани*|=общество|=обществом|=общества)', 'администраци*'] },
  { concept: 'actor:operator', lang: 'en', phrases: ['(=we|=us|=our|=ours)', 'operator*', '=company', 'controller*'] },
  { concept: 'actor:subject', lang: 'ru', phrases: ['пользовател*', 'субъект*', '(=вы|=вас|=вам|=вами)', 'посетител*', 'клиент*', 'заявител*'] },
  { concept: 'actor:subject', lang: 'en', phrases: ['(=you|=your)', 'user*', 'data subject*', 'subject*', 'visitor*', 'customer*', 'client*'] },
  { concept: 'actor:regulator', lang: 'ru', phrases: ['роскомнадзор*', '=ркн', 'уполномоченн* ~2 орган*', 'надзорн* орган*'] },
  { concept: 'actor:regulator', lang: 'en', phrases: ['roskomnadzor', 'supervisory authority', '(regulator|regulators)', 'data protection authority'] },
  { concept: 'actor:third-party', lang: 'ru', phrases: ['треть* лиц*', 'партнер*', 'контрагент*', 'обработчик*', 'подрядчик*'] },
  { concept: 'actor:third-party', lang: 'en', phrases: ['third part*', 'processor*', 'partner*', 'service provider*', 'vendor*', 'affiliat*', 'contractor*'] },
];

export const OBJECTS: LexiconEntry[] = [
  { concept: 'object:data', lang: 'ru', phrases: ['персональн* данн*', 'данн*', 'сведени*', 'информаци*'] },
  { concept: 'object:data', lang: 'en', phrases: ['personal data', 'personal information', 'data', 'information', 'details'] },
  { concept: 'object:request', phrases: ['@request'] },
  { concept: 'object:policy', lang: 'ru', phrases: ['политик*', 'положени*', 'редакци*'] },
  { concept: 'object:policy', lang: 'en', phrases: ['(=policy|=notice|=statement)', 'new version', 'changes', 'amendments'] },
  { concept: 'object:site', phrases: ['@site'] },
];

export const MODALITY: LexiconEntry[] = [
  { concept: 'modality:right', lang: 'ru', phrases: ['вправе', '(=имеет|=имеют|=имеете) ~2 (=право|=права)', 'прав* на', '(=может|=могут|=можете|=можно)'] },
  { concept: 'modality:right', lang: 'en', phrases: ['(=can|=may)', 'entitled', 'right to', 'rights to', '(=has|=have) ~2 right', 'able to'] },
  { concept: 'modality:must', lang: 'ru', phrases: ['(обязан|обязана|обязаны|обязано)', '(=должен|=должна|=должны|=должно)', 'обязует*'] },
  { concept: 'modality:must', lang: 'en', phrases: ['(=must|=shall)', 'obliged', 'obligated', 'required to', 'undertake*'] },
  { concept: 'modality:will', lang: 'ru', phrases: ['(=будет|=будут|=будем)'] },
  { concept: 'modality:will', lang: 'en', phrases: ['(=will|=would)'] },
  { concept: 'modality:on-request', lang: 'ru', phrases: ['по ~2 (=запросу|=требованию|=обращению|=заявлению|=запросам|=требованиям)'] },
  { concept: 'modality:on-request', lang: 'en', phrases: ['(on|upon|at) ~3 (request|requests|demand)'] },
];

export const SCOPE: LexiconEntry[] = [
  { concept: 'scope:except', lang: 'ru', phrases: ['кроме', 'за исключением', 'исключая'] },
  { concept: 'scope:except', lang: 'en', phrases: ['except', 'excluding', 'other than', 'apart from', 'save for', 'with the exception of'] },
];

/** What a clause says about the document itself, or that it only lists contents. */
export const CLAUSE_KINDS: LexiconEntry[] = [
  {
    concept: 'kind:contents',
    lang: 'ru',
    phrases: ['(политик*|документ*) ~3 (содерж*|определя*|устанавлива*|описыва*|регулиру*|включа*|раскрыва*|регламентиру*|=описаны|=изложены|=перечислены)', '(содерж*|определя*|устанавлива*|описыва*|раскрыва*) ~2 (=сведения|=информацию|=порядок|=перечень|=цели)'],
  },
  { concept: 'kind:contents', lang: 'en', phrases: ['(policy|notice|document|statement) ~3 (describ*|explain*|contain*|cover*|outlin*|includ*|govern*)', '(policy|notice|document) ~3 (=you) ~2 (=will|=can) ~2 =find', '(policy|notice|document|statement) ~3 set* out', '(this|the) ~2 section ~2 (describ*|explain*|contain*)'] },
  {
    concept: 'kind:about-document',
    lang: 'ru',
    phrases: ['(политик*|документ*) ~4 (разработан*|составлен*|подготовлен*|издан*|утвержден*|принят*)', 'разработан* ~4 (соответстви*|исполнени*|основе|основании|целях)', '(политик*|документ*) ~3 (действ*|вступа*|распространя*|применя*)'],
  },
  { concept: 'kind:about-document', lang: 'en', phrases: ['(policy|notice|document) ~4 (drafted|developed|prepared|adopted|compiled|issued|applies|effective)', '(drafted|developed|prepared) ~4 (accordance|comply|compliance)'] },
];

/**
 * Headings of a section that defines terms («Термины и определения», "Definitions"): its clauses
 * are definitions. The same list is the `definitions` topic of section headings (rules/lexicons/topics.ts).
 */
export const DEFINITION_HEADINGS: readonly string[] = ['термин*', 'определени*', 'понятия', 'понятий', 'глоссари*', 'definition*', 'terms and definitions', 'glossary', 'interpretation'];

export const ALL_CONCEPTS: LexiconEntry[] = [
  ...PREDICATES,
  ...ACTORS,
  ...OBJECTS,
  ...MODALITY,
  ...SCOPE,
  ...CLAUSE_KINDS,
  { concept: 'heading:definitions', phrases: DEFINITION_HEADINGS },
];
