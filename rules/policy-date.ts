import type { Rule } from '../src/core/types.js';
import { fastRegExp, compile, findAll } from '../src/core/match.js';
import { DATE_SOURCE } from './lexicons/dates.js';

/**
 * Words that introduce the policy's own date or version. "dated" alone is not one: "Federal Law
 * No. 152-FZ dated 27.07.2006" dates the law, not the policy.
 */
const MARKERS = compile([
  'дата вступления в силу', 'вступает в силу', 'вступил* в силу', 'действует с', 'редакци*', 'верси*',
  'дата публикации', 'опубликован*', 'дата обновления', 'обновлен*', 'последн* изменени*', 'утвержден*', 'дата утверждения',
  'effective', 'revision', 'revised', 'version', 'last updated', 'last modified', 'updated on', 'updated as of', 'published on', 'date of publication', 'approved on',
]);
const DATE = fastRegExp(DATE_SOURCE, 'u');
/** A date next to these words dates a law or another act, not the policy. */
const LAW = /закон|кодекс|указ|law|code|act\b|фз|fz|№\s*\d+-/u;
/** "version 2.1", "редакция № 3", "v1.4". */
const VERSION_NUMBER = /^[\s:№#-]*(?:no\.?\s*|n\s*)?v?\d+(?:\.\d+)*\b/u;

const rule: Rule = {
  meta: {
    id: 'policy-date',
    description: {
      en: 'The policy states its effective date, revision or version',
      ru: 'В политике указаны дата вступления в силу, редакция или версия',
    },
    law: '152-FZ art. 18.1 part 2',
    messages: {
      missing: {
        severity: 'warn',
        text: {
          en: 'The policy has no effective date, revision or version: a reader cannot tell which text was in force when (152-FZ art. 18.1 part 2 requires the current policy to be published). Add e.g. "Effective from 1 March 2026".',
          ru: 'В политике нет даты вступления в силу, редакции или версии: нельзя понять, какой текст действовал и когда (ч. 2 ст. 18.1 152-ФЗ требует публиковать действующую политику). Добавьте, например, «Редакция от 01.03.2026».',
        },
      },
    },
  },
  check({ doc, report }) {
    for (const m of findAll(MARKERS, doc.lower)) {
      // The date or version number follows the marker closely, within the same sentence.
      const sentence = doc.sentenceAt(m.start);
      const end = Math.min(m.end + 60, sentence ? sentence.end : m.end + 60);
      const after = doc.lower.slice(m.end, end);
      if (DATE.test(after) || VERSION_NUMBER.test(after)) return;
      // "от 30.04.2026 г. редакция" and "Редакция: 2" are covered; so is "30.04.2026 version".
      const before = doc.lower.slice(Math.max(0, m.start - 25), m.start);
      if (DATE.test(before) && !LAW.test(before)) return;
    }
    // A dated header line before the first clause, as Russian templates have it:
    // «г. Казань  «01» февраля 2025 г.» — a date of the document, not of a law.
    for (const b of doc.blocks) {
      if (b.number !== undefined && b.kind !== 'table-row') break;
      const line = doc.lower.slice(b.start, b.end);
      if (line.length <= 100 && DATE.test(line) && !LAW.test(line)) return;
    }
    report({ messageId: 'missing' });
  },
};

export default rule;
