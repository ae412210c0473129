import type { Block, PolicyDocument, Section } from '../src/core/document.js';
import type { Rule } from '../src/core/types.js';
import { fastRegExp, compile, findAll, has } from '../src/core/match.js';
import { sectionTopics } from './extract/topics.js';
import { DATA_COLUMN, DATA_HEADING, DATA_ITEMS, PD_DEFINITION } from './lexicons/data-categories.js';

/**
 * `missing`: the policy lists no personal data. A list is two different items or named categories
 * of data together — in one paragraph or item ("email address, IP address", «номер телефона,
 * адрес электронной почты»), across the items of a section about the data processed, or in a
 * table column of data. Not a list: the definition of "personal data" ("any information relating
 * to …"), the glossary, and the operator's own contacts ("E-mail: info@…, Phone: …").
 */

const ITEMS_RE = compile(DATA_ITEMS);
const NOT_DATA_SECTION = compile([
  'термин*', 'определени*', 'понятия', 'глоссари*', 'definition*', 'glossary', 'terms and',
  'контакт*', 'реквизит*', 'сведени* об оператор*', 'contact*', 'operator details', 'company details', 'details of the operator', 'operator contact*', 'about us', 'who we are',
]);

/** Distinct data items in [from, to): each word cut to five letters, so "телефона" = "телефон". */
function items(doc: PolicyDocument, from: number, to: number, into: Set<string>): void {
  for (const m of findAll(ITEMS_RE, doc.lower, from, to)) {
    // "E-mail: info@example.ru", "Phone — +7 …": the operator's contact, not data collected.
    const after = doc.lower.slice(m.end, m.end + 12);
    if (/^\s*[:—–-]\s*(?:[^\s@]+@|\+?\d|https?:|www\.)/u.test(after)) continue;
    // Inside the definition of personal data ("any information … such as name, address").
    const s = doc.sentenceAt(m.start);
    if (s && PD_DEFINITION.test(doc.lower.slice(s.start, m.start))) continue;
    into.add(m.text.split(/[\s-]+/u).map((w) => w.slice(0, 5)).join(' '));
  }
}

function excludedSection(doc: PolicyDocument, block: Block, topics: ReturnType<typeof sectionTopics>): boolean {
  let s: Section | undefined = block.section >= 0 ? doc.sections[block.section] : undefined;
  while (s) {
    const h = doc.blocks[s.heading];
    if (!topics[s.index].includes('data-categories') && has(NOT_DATA_SECTION, doc.lower, h.contentStart, h.end)) return true;
    s = s.parent >= 0 ? doc.sections[s.parent] : undefined;
  }
  return false;
}

const DATA_HEADING_RE = compile(DATA_HEADING);

function isDataHeading(doc: PolicyDocument, s: Section): boolean {
  const h = doc.blocks[s.heading];
  return has(DATA_HEADING_RE, doc.lower, h.contentStart, h.end);
}

/** Consecutive items of one list: bullets, or sibling clauses ("3.1", "3.2") in one section. */
function sameRun(a: Block, b: Block): boolean {
  if (a.section !== b.section || b.index !== a.index + 1) return false;
  if (a.kind === 'list-item' && b.kind === 'list-item') return true;
  if (a.number && b.number && a.kind !== 'heading' && b.kind !== 'heading') {
    const parent = (n: string) => n.split('.').slice(0, -1).join('.');
    return parent(a.number) === parent(b.number) && parent(a.number) !== '';
  }
  return false;
}

/** Whether the policy lists personal data. */
export function listsData(doc: PolicyDocument): boolean {
  const topics = sectionTopics(doc);
  // Tables with a column of data.
  const dataCols = new Map<number, number>();
  for (const b of doc.blocks) {
    if (b.kind !== 'table-row' || b.table === undefined || !b.cells) continue;
    if (!dataCols.has(b.table)) {
      dataCols.set(b.table, b.cells.findIndex((c) => DATA_COLUMN.test(doc.lower.slice(c[0], c[1]))));
      continue; // the header row
    }
    const col = dataCols.get(b.table)!;
    const cell = col >= 0 ? b.cells[col] : undefined;
    if (cell && has(ITEMS_RE, doc.lower, cell[0], cell[1])) return true;
  }
  // Two items in one block, across a run of list items, or across a section about the data processed.
  const perSection = new Map<number, Set<string>>();
  let run = new Set<string>();
  let prev: Block | undefined;
  for (const b of doc.blocks) {
    if (excludedSection(doc, b, topics)) {
      prev = undefined;
      continue;
    }
    const found = new Set<string>();
    items(doc, b.contentStart, b.end, found);
    if (found.size >= 2) return true;
    // "- имя;\n- телефон;" or "3.1. Имя.\n3.2. Телефон." — one item per line.
    if (!prev || !sameRun(prev, b)) run = new Set<string>();
    for (const f of found) run.add(f);
    if (run.size >= 2) return true;
    prev = b;
    if (!found.size) continue;
    let s: Section | undefined = b.section >= 0 ? doc.sections[b.section] : undefined;
    while (s) {
      if (topics[s.index].includes('data-categories') || isDataHeading(doc, s)) {
        const set = perSection.get(s.index) ?? new Set<string>();
        for (const f of found) set.add(f);
        perSection.set(s.index, set);
        if (set.size >= 2) return true;
      }
      s = s.parent >= 0 ? doc.sections[s.parent] : undefined;
    }
  }
  // One item the operator says it collects ("We collect only your e-mail address") is a list too.
  return soleItem(doc, topics);
}

const COLLECT_RE = compile([
  'обрабатыва*', 'обработк*', 'собира*', 'сбор*', 'получа*', 'запрашива*', 'хран*', 'указыва*', 'предоставля*', 'сообща*', 'оставля*', 'вводит*',
  'collect*', 'process*', 'receiv*', '=ask', '=asks', '=store', '=stores', '=stored', 'provide*', 'obtain*', 'request*', 'enter*',
]);
/** "by e-mail", «по телефону», "via email": a channel of contact, not data collected. */
const CHANNEL_BEFORE = fastRegExp(String.raw`(?:^|[^\p{L}])(?:by|via|through|at|to|по|через|на)\s+(?:[\p{L}-]+\s+)?$`, 'u');

function soleItem(doc: PolicyDocument, topics: ReturnType<typeof sectionTopics>): boolean {
  for (const m of findAll(ITEMS_RE, doc.lower)) {
    const b = doc.blockAt(m.start);
    if (!b || excludedSection(doc, b, topics)) continue;
    if (/^\s*[:—–-]\s*(?:[^\s@]+@|\+?\d|https?:|www\.)/u.test(doc.lower.slice(m.end, m.end + 12))) continue;
    const s = doc.sentenceAt(m.start);
    if (!s || PD_DEFINITION.test(doc.lower.slice(s.start, m.start))) continue;
    if (CHANNEL_BEFORE.test(doc.lower.slice(Math.max(s.start, m.start - 25), m.start))) continue;
    if (has(COLLECT_RE, doc.lower, s.start, s.end)) return true;
  }
  return false;
}

const rule: Rule = {
  meta: {
    id: 'data-categories',
    description: {
      en: 'Categories of personal data listed',
      ru: 'Категории персональных данных перечислены',
    },
    law: '152-FZ art. 18.1 part 1 item 2',
    messages: {
      missing: {
        severity: 'error',
        text: {
          en: 'The policy does not list the personal data it processes: the policy must define the categories and list of personal data for each purpose (152-FZ art. 18.1 part 1 item 2; art. 5 part 5 forbids data in excess of the purposes). Add e.g. "We process: full name, phone number, e-mail address, IP address, cookies".',
          ru: 'В политике не перечислены обрабатываемые персональные данные: для каждой цели политика должна определять категории и перечень персональных данных (п. 2 ч. 1 ст. 18.1 152-ФЗ; ч. 5 ст. 5 запрещает избыточные данные). Добавьте, например: «Обрабатываются: фамилия, имя, номер телефона, адрес электронной почты, IP-адрес, файлы cookie».',
        },
      },
    },
  },
  check({ doc, report }) {
    if (listsData(doc)) return;
    const topics = sectionTopics(doc);
    const section = doc.sections.find((s) => topics[s.index].includes('data-categories'));
    if (section) {
      const h = doc.blocks[section.heading];
      report({ messageId: 'missing', range: [h.start, h.end] });
    } else {
      report({ messageId: 'missing' });
    }
  },
};

export default rule;
