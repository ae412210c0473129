/**
 * Section topics, recognised from headings (and table header cells). A finding about something
 * absent points at the heading of the section whose topic it is. Phrases use src/core/match.ts
 * syntax and are matched on doc.lower.
 */
import { DEFINITION_HEADINGS } from '../../src/core/nlp/concepts.js';

export const TOPIC_PHRASES = {
  operator: ['оператор*', 'сведения об операторе', 'реквизит*', 'operator*', 'controller', 'company details', 'who we are', 'about us'],
  contacts: ['контакт*', 'обратн* связ*', 'contact*', 'how to reach', 'адрес* оператора'],
  definitions: DEFINITION_HEADINGS,
  // Not "цел*" alone: «Цель настоящей Политики» is about the document, not processing.
  purposes: ['цел* обработк*', 'цел* сбор*', 'цел* использовани*', '=цели', 'для чего', 'purpose*', 'why we process', 'why we collect', 'how we use'],
  'legal-basis': ['правов* основани*', 'основани* обработк*', 'законн* основани*', 'legal basis', 'legal bases', 'legal ground*', 'grounds for processing', 'lawful basis'],
  'data-categories': ['категори* персональн* данн*', 'категори* данн*', 'перечень ~2 данн*', 'состав ~2 данн*', 'как* данн*', 'обрабатываем* данн*', 'собираем* ~2 данн*', 'categories of ~3 data', 'data we process', 'data we collect', 'information we collect', 'personal data processed', 'processed personal data', 'list of ~3 data', 'what data', 'categories of processed data'],
  subjects: ['субъект*', 'категори* субъект*', 'data subjects', 'categories of subjects'],
  retention: ['срок*', 'хранени*', 'retention', 'storage period', 'how long', 'period* of storage', 'retention period*'],
  destruction: ['уничтожени*', 'удалени*', 'прекращени* обработк*', 'destruction', 'deletion', 'termination of processing'],
  'cross-border': ['трансграничн*', 'за рубеж*', 'за пределы', 'cross-border', 'crossborder', 'transborder', 'international transfer*', 'international data transfer*', 'международн* передач*', 'transfer* abroad', 'outside russia'],
  // '=localization': the stem "local" would take "browser local storage" for this topic.
  localization: ['локализац*', 'хранени* на территории', '=localization', '=localisation', 'data storage location', 'where ~2 stored'],
  // Not "прав*": it would take «Правовые основания» and «Правила» for a rights section.
  rights: ['=права', '=прав', 'права субъект*', 'права пользовател*', 'права и обязанност*', 'rights', 'your rights', 'subject rights'],
  requests: ['запрос*', 'обращени*', 'порядок ~3 обращени*', 'requests', 'inquiries', 'how to exercise'],
  security: ['мер* защит*', 'защит* ~3 данн*', 'безопасност*', 'обеспечени* безопасност*', 'security', 'protection measures', 'data protection', 'protection of ~3 data'],
  cookies: ['cookie*', 'куки', 'файл* cookie', 'аналитик*', 'метрик*', 'analytics', 'tracking'],
  'third-parties': ['трет* лиц*', 'передач*', 'получател*', 'поручени*', 'third part*', 'transfer*', 'disclosure', 'recipients', 'sharing', 'processors'],
  consent: ['согласи*', 'consent'],
  changes: ['изменени* политик*', 'изменени*', 'заключительн* положени*', 'changes', 'amendments', 'final provisions', 'updates to'],
  general: ['общ* положени*', 'введение', 'general provisions', 'general', 'introduction', 'scope'],
  processing: ['порядок ~3 обработк*', 'услови* обработк*', 'способ* обработк*', 'processing procedure', 'conditions of processing', 'how we process', 'procedure and conditions'],
} as const;

export type Topic = keyof typeof TOPIC_PHRASES;
