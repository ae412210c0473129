import type { Rule } from '../src/core/types.js';
import type { PolicyDocument } from '../src/core/document.js';
import { fastRegExp, compile, findAll, type Match } from '../src/core/match.js';
import {
  CLICK,
  CLICK_BUNDLE,
  CONDUCT_MEANS,
  CONDUCT_NOUN,
  CONSENT_AS_BASIS,
  CONSENT_NOUN,
  CONSENT_PREDICATE,
  DEEMED,
  DISAGREE,
  EXPLICIT,
  LEAVE,
  LINK,
  NEEDS_TARGET,
  NEGATED,
  NO_OBJECTION,
  OTHER_DOCUMENT,
  PRESET,
  CONSENT_WORD,
  SEPARATE,
  TARGET,
} from './lexicons/consent.js';

const RE = {
  means: compile(CONDUCT_MEANS),
  noun: compile(CONDUCT_NOUN),
  link: compile(LINK),
  consent: compile(CONSENT_NOUN),
  predicate: compile(CONSENT_PREDICATE),
  disagree: compile(DISAGREE),
  leave: compile(LEAVE),
  noObjection: compile(NO_OBJECTION),
  deemed: compile(DEEMED),
  separate: compile(SEPARATE),
  explicit: compile(EXPLICIT),
  target: compile(TARGET),
  otherDocument: compile(OTHER_DOCUMENT),
  clickBundle: compile(CLICK_BUNDLE),
  preset: compile(PRESET),
  consentWord: compile(CONSENT_WORD),
};
type Kind = keyof typeof RE;

/** Maximum distances (characters) between the parts of one construction. */
const MEANS_TO_PREDICATE = 300;
const NOUN_TO_LINK = 80;
const LINK_TO_CONSENT = 40;
/** Words between a link and a consent that make the consent something else's complement. */
const NOT_A_COMPLEMENT = fastRegExp(String.raw`(?<![\p{L}])(?:после|перед|до|при|без|after|before|upon|following|without|once)(?![\p{L}])`, 'u');
const DISAGREE_TO_LEAVE = 250;
/** How far after a verb its object ("to the processing", «с Политикой») is looked for. */
const TARGET_WINDOW = 90;

interface Sentence {
  start: number;
  end: number;
  block: number;
}

/** Matches of each lexicon, bucketed by sentence index. */
function bucket(doc: PolicyDocument): Map<number, Partial<Record<Kind, Match[]>>> {
  const out = new Map<number, Partial<Record<Kind, Match[]>>>();
  const ss = doc.sentences;
  for (const kind of Object.keys(RE) as Kind[]) {
    let i = 0;
    for (const m of findAll(RE[kind], doc.lower)) {
      while (i + 1 < ss.length && ss[i + 1].start <= m.start) i++;
      if (i >= ss.length || m.start < ss[i].start || m.start >= ss[i].end) continue;
      let b = out.get(i);
      if (!b) out.set(i, (b = {}));
      (b[kind] ??= []).push(m);
    }
  }
  return out;
}

function negated(doc: PolicyDocument, s: Sentence, at: number): boolean {
  return NEGATED.test(doc.lower.slice(Math.max(s.start, at - 24), at));
}

/**
 * Whether the consent or acceptance at `m` is about the data or the policy. A bare "consent" is;
 * a verb that needs an object ("agree", «принимает») or a consent followed by one ("consent to
 * X", «согласие с X») needs X to be the processing, the data, the policy, its changes or cookies.
 */
function aboutData(doc: PolicyDocument, s: Sentence, m: Match): number | undefined {
  const needs =
    NEEDS_TARGET.test(m.text) || /\s(?:to|с|со|with|на)$/u.test(m.text) || /^\s+(?:с|со|with|to|на)\s/u.test(doc.lower.slice(m.end, m.end + 5));
  if (!needs) return m.end;
  const firstWord = /^\S+/u.exec(m.text)![0].length;
  const target = findAll(RE.target, doc.lower, m.start + firstWord, Math.min(s.end, m.end + TARGET_WINDOW))[0];
  return target ? Math.max(m.end, target.end) : undefined;
}

/** Whether a consent noun is a ground ("based on consent", «с согласия»), not something inferred. */
function asBasis(doc: PolicyDocument, s: Sentence, m: Match): boolean {
  return CONSENT_AS_BASIS.test(doc.lower.slice(Math.max(s.start, m.start - 40), m.start));
}

/** The range of the implied-consent statement in a sentence, or undefined. */
function findIn(doc: PolicyDocument, s: Sentence, h: Partial<Record<Kind, Match[]>>): [number, number] | undefined {
  // «Галочка согласия проставлена по умолчанию»: a box ticked in advance is no act of the subject.
  const presetNegated = (h.preset ?? []).every((p) => fastRegExp(String.raw`(?<![\p{L}])(?:не|not|never|no)\s`, 'u').test(doc.lower.slice(Math.max(s.start, p.start - 25), Math.min(s.end, p.end + 25))));
  if (h.preset && h.explicit && h.consentWord && !presetNegated) {
    const parts = [...h.preset, ...h.explicit, ...h.consentWord];
    return [Math.min(...parts.map((m) => m.start)), Math.max(...parts.map((m) => m.end))];
  }
  if (h.separate || h.explicit) return undefined;
  const candidates: [number, number][] = [];

  // "By using the site you agree to …", «Продолжая использовать сайт, вы соглашаетесь с …»
  for (const g of h.means ?? []) {
    if (CLICK.test(g.text) && !h.clickBundle) continue;
    for (const p of h.predicate ?? []) {
      const gap = p.start >= g.end ? p.start - g.end : g.start - p.end;
      if (gap < 0 || gap > MEANS_TO_PREDICATE) continue;
      if (negated(doc, s, p.start) || asBasis(doc, s, p)) continue;
      const end = aboutData(doc, s, p);
      if (end === undefined) continue;
      candidates.push([Math.min(g.start, p.start), Math.max(g.end, end)]);
    }
  }
  // "Use of the site constitutes consent", «Регистрация означает согласие», «Настоящая Политика является согласием»
  for (const n of h.noun ?? []) {
    for (const l of h.link ?? []) {
      if (l.start < n.end || l.start - n.end > NOUN_TO_LINK || negated(doc, s, l.start)) continue;
      // The consent is what the conduct is said to be: "constitutes consent", not "is complete after consent".
      const c = (h.consent ?? []).find(
        (c) => c.start >= l.end && c.start - l.end <= LINK_TO_CONSENT && !NOT_A_COMPLEMENT.test(doc.lower.slice(l.end, c.start)),
      );
      if (!c || negated(doc, s, c.start) || asBasis(doc, s, c)) continue;
      const end = aboutData(doc, s, c);
      if (end === undefined) continue;
      candidates.push([n.start, end]);
      break;
    }
  }
  // "If you do not agree, do not use the site", «В случае несогласия … покинуть сайт»
  for (const d of h.disagree ?? []) {
    const v = (h.leave ?? []).find((v) => v.start >= d.end && v.start - d.end <= DISAGREE_TO_LEAVE);
    if (!v) continue;
    const between = findAll(RE.otherDocument, doc.lower, d.end, v.start)[0];
    if (between && !findAll(RE.target, doc.lower, d.end, between.start).length) continue;
    candidates.push([d.start, v.end]);
  }
  // «Если Пользователь не направил возражений, изменения считаются принятыми»
  for (const o of h.noObjection ?? []) {
    const dm = (h.deemed ?? []).find((x) => x.start >= o.end && x.start - o.end <= DISAGREE_TO_LEAVE);
    // What is deemed accepted must be the policy, its changes or the processing, not an order.
    if (dm && findAll(RE.target, doc.lower, o.start, Math.min(s.end, dm.end + TARGET_WINDOW)).length) candidates.push([o.start, dm.end]);
  }
  if (!candidates.length) return undefined;
  candidates.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return candidates[0];
}

const rule: Rule = {
  meta: {
    id: 'implied-consent',
    description: {
      en: 'Consent inferred from conduct (using the site, not leaving it)',
      ru: 'Согласие, выводимое из поведения (использование сайта)',
    },
    law: '152-FZ art. 9 part 1',
    messages: {
      implied: {
        severity: 'warn',
        text: {
          en: 'Consent is inferred from conduct (using the site, not leaving it, sending a form): under 152-FZ art. 9 part 1 consent must be specific, informed, conscious and unambiguous, and since 1 Sep 2025 drawn up separately from other documents. Remove the clause and obtain consent by a separate, explicit act (e.g. a separate consent form with an unticked checkbox).',
          ru: 'Согласие выводится из поведения (использование сайта, отказ его покинуть, отправка формы): по ч. 1 ст. 9 152-ФЗ согласие должно быть конкретным, предметным, информированным, сознательным и однозначным, а с 1 сентября 2025 г. — оформлено отдельно от иных документов. Удалите эту формулировку и получайте согласие отдельным явным действием (например, отдельная форма согласия с неотмеченным чекбоксом).',
        },
      },
    },
  },
  check({ doc, report }) {
    const buckets = bucket(doc);
    const indices = [...buckets.keys()].sort((a, b) => a - b);
    let last = -2;
    let lastBlock = -1;
    for (const i of indices) {
      const s = doc.sentences[i];
      const range = findIn(doc, s, buckets.get(i)!);
      if (!range) continue;
      // "Use of the site means consent. If you disagree, leave the site." is one finding.
      if (i === last + 1 && s.block === lastBlock) {
        last = i;
        continue;
      }
      last = i;
      lastBlock = s.block;
      report({ messageId: 'implied', range });
    }
  },
};

export default rule;
