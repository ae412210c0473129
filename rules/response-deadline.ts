import type { PolicyDocument } from '../src/core/document.js';
import type { Lang, Rule, Suggestion } from '../src/core/types.js';
import { sectionTopics } from './extract/topics.js';
import { durations, maxWorkingDays, type Period } from './extract/durations.js';
import { fastRegExp } from '../src/core/match.js';

/** The statutory deadline: 10 working days, extendable by 5 with a reasoned notice. */
const LIMIT = 10;
const EXTENSION = 5;

const CESSATION_SUGGESTION: Record<Lang, Suggestion> = {
  ru: {
    desc: 'Срок из ч. 5.1 ст. 21 152-ФЗ',
    text: 'в срок, не превышающий 10 (десяти) рабочих дней с даты получения требования; срок может быть продлён не более чем на 5 (пять) рабочих дней с направлением мотивированного уведомления',
  },
  en: {
    desc: 'The deadline of 152-FZ art. 21 part 5.1',
    text: 'within 10 (ten) working days of receipt of the demand, extendable by no more than 5 (five) working days by a reasoned notice stating the reasons',
  },
};

const SUGGESTION: Record<Lang, Suggestion> = {
  ru: {
    desc: 'Срок из ч. 3 ст. 14 и ч. 1 ст. 20 152-ФЗ',
    text: 'в течение 10 (десяти) рабочих дней с даты получения запроса; срок может быть продлён не более чем на 5 (пять) рабочих дней с направлением мотивированного уведомления',
  },
  en: {
    desc: 'The deadline of 152-FZ art. 14 part 3 and art. 20 part 1',
    text: 'within 10 (ten) working days of receipt of the request, extendable by no more than 5 (five) working days by a reasoned notice stating the reasons',
  },
};

/** Headings of rights sections: «Права субъекта», "Your rights" (not «Правовые основания», «Правила»). */
const RIGHTS_TITLE = fastRegExp(String.raw`(?<![\p{L}])(?:прав(?:а|о|ам|ами|ах)?|rights?)(?![\p{L}])`, 'u');

/** Where a missing deadline belongs: the requests section, else the rights section, else 1:1. */
function whereRequests(doc: PolicyDocument): [number, number] | undefined {
  const topics = sectionTopics(doc);
  const heading = (i: number): [number, number] => {
    const h = doc.blocks[doc.sections[i].heading];
    return [h.start, h.end];
  };
  const requests = doc.sections.find((s) => topics[s.index].includes('requests') && !topics[s.index].includes('legal-basis'));
  if (requests) return heading(requests.index);
  const rights = doc.sections.find((s) => RIGHTS_TITLE.test(doc.lower.slice(doc.blocks[s.heading].contentStart, doc.blocks[s.heading].end)));
  return rights ? heading(rights.index) : undefined;
}

function tooLong(p: Period): boolean {
  const wd = maxWorkingDays(p);
  if (p.extension === 'by') return wd > EXTENSION;
  if (p.extension === 'to') return wd > LIMIT + EXTENSION;
  return wd > LIMIT;
}

/**
 * The deadline for answering a data subject's request (152-FZ art. 14 part 3, art. 20 parts 1–2,
 * art. 21 part 5.1 since 1 Sep 2022: 10 working days, + 5 with a reasoned notice). Deadlines for
 * destroying, blocking or correcting data, for answering Roskomnadzor, the 30-day interval before
 * a repeat request and the 30-day review of an objection are other things (the extractor's topic).
 */
const rule: Rule = {
  meta: {
    id: 'response-deadline',
    description: {
      en: "The deadline for answering a data subject's request",
      ru: 'Срок ответа на запрос субъекта персональных данных',
    },
    law: '152-FZ art. 14 part 3; art. 20 parts 1-2; art. 21 part 5.1',
    messages: {
      missing: {
        severity: 'error',
        law: '152-FZ art. 14 part 3; art. 20 parts 1-2',
        text: {
          en: "The policy gives no deadline for answering a data subject's request (152-FZ art. 14 part 3, art. 20 parts 1–2: 10 working days, extendable by 5 working days with a reasoned notice). State it, e.g. \"within 10 working days of receipt of the request\".",
          ru: 'В политике нет срока ответа на запрос субъекта персональных данных (ч. 3 ст. 14, ч. 1–2 ст. 20 152-ФЗ: 10 рабочих дней, с продлением не более чем на 5 рабочих дней по мотивированному уведомлению). Укажите его, например «в течение 10 рабочих дней с даты получения запроса».',
        },
      },
      'too-long': {
        severity: 'error',
        text: {
          en: 'A data subject\'s request must be answered, and a demand to cease processing met, within 10 working days (152-FZ art. 14 part 3, art. 20 parts 1–2, art. 21 part 5.1, since 1 Sep 2022), extendable by no more than 5 working days with a reasoned notice; the policy promises "{{found}}".',
          ru: 'Ответ на запрос субъекта даётся, а требование о прекращении обработки исполняется в течение 10 рабочих дней (ч. 3 ст. 14, ч. 1–2 ст. 20, ч. 5.1 ст. 21 152-ФЗ, с 01.09.2022), продление — не более чем на 5 рабочих дней с мотивированным уведомлением; в политике — «{{found}}».',
        },
      },
    },
  },
  check({ doc, report }) {
    const { items } = durations(doc);
    // Answers to requests, and meeting a demand to cease processing (art. 21 part 5.1: the same 10 + 5
    // working days); only the former is the deadline whose absence is `missing`.
    const answers = items.filter((i) => i.topic === 'subject-request' || i.topic === 'cessation');
    let deadline = false;
    for (const i of answers) {
      if (i.kind === 'immediate' && i.topic === 'subject-request') deadline = true;
      if (i.kind !== 'period' || i.bound === 'min') continue;
      if (!i.extension && i.topic === 'subject-request') deadline = true;
      if (tooLong(i)) {
        const lang = doc.blockAt(i.range[0])?.lang ?? doc.lang;
        // The lawful wording replaces the promised deadline; an over-long extension has no one-phrase fix.
        report({ messageId: 'too-long', range: i.phrase, data: { found: doc.slice(i.phrase) }, ...(i.extension ? {} : { suggestions: [(i.topic === 'cessation' ? CESSATION_SUGGESTION : SUGGESTION)[lang]] }) });
      }
    }
    if (!deadline) {
      // «в разумный срок», "within the period established by law": no number — the finding is
      // about that phrase; otherwise it belongs where requests are described.
      const vague = answers.find((i) => i.kind === 'vague' && i.topic === 'subject-request');
      report({ messageId: 'missing', range: vague ? vague.range : whereRequests(doc) });
    }
  },
};

export default rule;
