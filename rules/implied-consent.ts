import type { Rule } from '../src/core/types.js';
import type { PolicyDocument } from '../src/core/document.js';
import { fastRegExp, type Match } from '../src/core/match.js';
import { lexicon, matchLexicon } from '../src/core/nlp/clauses.js';
import { countBefore } from '../src/core/search.js';
import { CLICK, CONSENT_AS_BASIS, CONSENT_CLASSES, IMPLIED_CONSENT, NEEDS_TARGET, NEGATED, SEPARATE_NEGATED } from './lexicons/consent.js';

/** The parts of the constructions, by their concept in the lexicon (implied:<part>). */
const KINDS = {
  means: 'implied:means',
  by: 'implied:by',
  given: 'implied:given',
  withdraw: 'implied:withdraw',
  noun: 'implied:noun',
  link: 'implied:link',
  consent: 'implied:consent',
  predicate: 'implied:predicate',
  disagree: 'implied:disagree',
  leave: 'implied:leave',
  noObjection: 'implied:no-objection',
  deemed: 'implied:deemed',
  separate: 'implied:separate',
  explicit: 'implied:explicit',
  target: 'implied:target',
  pronounTarget: 'implied:pronoun-target',
  changes: 'implied:changes',
  otherDocument: 'implied:other-document',
  clickBundle: 'implied:click-bundle',
  preset: 'implied:preset',
  consentWord: 'implied:consent-word',
} as const;
type Kind = keyof typeof KINDS;
const KIND_OF = new Map<string, Kind>(Object.entries(KINDS).map(([k, c]) => [c, k as Kind]));
const MATCHER = lexicon(IMPLIED_CONSENT, CONSENT_CLASSES);

/** Every hit of the lexicon in the document, per part, in text order (one pass of the phrase automaton). */
function hitsOf(doc: PolicyDocument): Map<Kind, Match[]> {
  return doc.memo(computeHits);
}
function computeHits(doc: PolicyDocument): Map<Kind, Match[]> {
  const out = new Map<Kind, Match[]>();
  for (const h of matchLexicon(doc, MATCHER)) {
    const kind = KIND_OF.get(h.concept);
    if (!kind) continue;
    let list = out.get(kind);
    if (!list) out.set(kind, (list = []));
    list.push({ start: h.start, end: h.end, text: doc.lower.slice(h.start, h.end) });
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/** Hits of one part that lie within [from, to). */
function findAll(doc: PolicyDocument, kind: Kind, from: number, to: number): Match[] {
  const list = hitsOf(doc).get(kind) ?? [];
  const out: Match[] = [];
  for (let i = countBefore(list, from, (m) => m.start); i < list.length && list[i].start < to; i++) if (list[i].end <= to) out.push(list[i]);
  return out;
}
function has(doc: PolicyDocument, kind: Kind, from: number, to: number): boolean {
  return findAll(doc, kind, from, to).length > 0;
}

/** Maximum distances (characters) between the parts of one construction. */
const MEANS_TO_PREDICATE = 300;
const NOUN_TO_LINK = 80;
const LINK_TO_CONSENT = 40;
/** Words between a link and a consent that make the consent something else's complement. */
const NOT_A_COMPLEMENT = fastRegExp(String.raw`(?<![\p{L}])(?:после|перед|до|при|без|after|before|upon|following|without|once)(?![\p{L}])`, 'u');
const DISAGREE_TO_LEAVE = 250;
/** A consent, the participle or relative clause saying it is given, and the conduct that gives it. */
const CONSENT_TO_GIVEN = 80;
const GIVEN_TO_CONDUCT = 80;
/** How close a tick box or a separate consent must be to cancel a construction ("by ticking the box …"). */
const BLOCKER_REACH = 150;
/** How far before a consent a withdrawal makes it withdrawn, not given ("withdraw your consent to …"). */
const WITHDRAW_REACH = 40;
const COMPLEMENT_GAP = fastRegExp(String.raw`^\s*(?:\p{L}+\s+){0,2}$`, 'u');
/** Conduct nouns that are the policy itself: not conduct when they follow the link. */
const POLICY_NOUN = /(?:политик|policy)/u;
/** How far a list lead-in ("you agree:", «посещая сайты:») reaches into the items after it. */
const LIST_REACH = 600;
/** How far after a verb its object ("to the processing", «с Политикой») is looked for. */
const TARGET_WINDOW = 90;

interface Sentence {
  start: number;
  end: number;
  block: number;
}

/** Hits of each part, bucketed by sentence index. */
function bucket(doc: PolicyDocument): Map<number, Partial<Record<Kind, Match[]>>> {
  const out = new Map<number, Partial<Record<Kind, Match[]>>>();
  const ss = doc.sentences;
  for (const [kind, list] of hitsOf(doc)) {
    let i = 0;
    for (const m of list) {
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

/** Whether the consent at `at` is being withdrawn ("withdraw your consent to …", «отозвать согласие»), not given. */
function withdrawn(doc: PolicyDocument, s: Sentence, at: number, to = at): boolean {
  return has(doc, 'withdraw', Math.max(s.start, at - WITHDRAW_REACH), to);
}

/**
 * The blocks right after a sentence ending with ':' that continue it (the items of «Пользователь
 * соглашается:», "By using the site:"), up to the next heading: [start, end) or undefined.
 */
function listAfter(doc: PolicyDocument, s: Sentence, from: number): [number, number] | undefined {
  if (!/^\s*:\s*$/u.test(doc.text.slice(from, s.end))) return undefined;
  let end = s.end;
  for (let j = s.block + 1; j < doc.blocks.length; j++) {
    const b = doc.blocks[j];
    if (b.kind === 'heading' || b.start - s.end > LIST_REACH) break;
    end = Math.min(b.end, s.end + LIST_REACH);
  }
  return end > s.end ? [s.end, end] : undefined;
}

/**
 * A bare "constitutes acceptance." closing its sentence, in a paragraph or section about the policy
 * or its changes: what is accepted is the policy ("Further use of the app means acceptance.").
 */
function impliedObject(doc: PolicyDocument, s: Sentence, m: Match): boolean {
  if (!/^[\s.!;)]*$/u.test(doc.text.slice(m.end, s.end))) return false;
  const block = doc.blocks[s.block];
  if (has(doc, 'changes', block.start, m.start)) return true;
  const section = block.section >= 0 ? doc.sections[block.section] : undefined;
  const heading = section ? doc.blocks[section.heading] : undefined;
  return !!heading && has(doc, 'changes', heading.start, heading.end);
}

/**
 * Whether the consent or acceptance at `m` is about the data or the policy. A bare "consent" is;
 * a verb that needs an object ("agree", «принимает») or a consent followed by one ("consent to
 * X", «согласие с X») needs X to be the processing, the data, the policy, its changes or cookies:
 * in the sentence, in the list items it introduces, as a pronoun for what the paragraph named
 * before («соглашается с их использованием»), or implied by a paragraph about the policy's changes.
 */
function aboutData(doc: PolicyDocument, s: Sentence, m: Match): number | undefined {
  const needs =
    NEEDS_TARGET.test(m.text) || /\s(?:to|с|со|with|на)$/u.test(m.text) || /^\s+(?:с|со|with|to|на)\s/u.test(doc.lower.slice(m.end, m.end + 5));
  if (!needs) return m.end;
  const firstWord = /^\S+/u.exec(m.text)![0].length;
  // "you agree that …", «соглашаетесь с тем, что …»: the object is a whole clause.
  const clause = /^\s+(?:с тем,?\s+что|that)\s/u.test(doc.lower.slice(m.end, m.end + 12));
  const to = Math.min(s.end, m.end + (clause ? 2 : 1) * TARGET_WINDOW);
  const target = findAll(doc, 'target', m.start + firstWord, to)[0];
  if (target) return Math.max(m.end, target.end);
  const pronoun = findAll(doc, 'pronounTarget', m.start + firstWord, to)[0];
  if (pronoun && has(doc, 'target', doc.blocks[s.block].start, m.start)) return pronoun.end;
  const list = listAfter(doc, s, m.end);
  if (list && has(doc, 'target', list[0], list[1])) return m.end;
  return impliedObject(doc, s, m) ? m.end : undefined;
}

/** Whether a consent noun is a ground ("based on consent", «с согласия»), not something inferred. */
function asBasis(doc: PolicyDocument, s: Sentence, m: Match): boolean {
  return CONSENT_AS_BASIS.test(doc.lower.slice(Math.max(s.start, m.start - 40), m.start));
}

/**
 * A predicate that begins with the noun ("consent to …" in "with your consent to the processing")
 * may be a ground; one that begins with a verb («соглашается», "agree") never is: the words before
 * it («продолжая работу с Сайтом, …») are the conduct, not a ground.
 */
function nounAsBasis(doc: PolicyDocument, s: Sentence, p: Match): boolean {
  return /^(?:consent|согласи)/u.test(p.text) && asBasis(doc, s, p);
}

/** Tick boxes and separate consents in a sentence: they make a construction near them explicit. */
function blockers(doc: PolicyDocument, s: Sentence, h: Partial<Record<Kind, Match[]>>): Match[] {
  const separate = (h.separate ?? []).filter((m) => !SEPARATE_NEGATED.test(doc.lower.slice(Math.max(s.start, m.start - 30), m.start)));
  return [...separate, ...(h.explicit ?? [])];
}

/** The ranges of implied-consent statements in a sentence, first first. */
function findIn(doc: PolicyDocument, s: Sentence, h: Partial<Record<Kind, Match[]>>): [number, number][] {
  // «Галочка согласия проставлена по умолчанию»: a box ticked in advance is no act of the subject.
  const presetNegated = (h.preset ?? []).every((p) => fastRegExp(String.raw`(?<![\p{L}])(?:не|not|never|no)\s`, 'u').test(doc.lower.slice(Math.max(s.start, p.start - 25), Math.min(s.end, p.end + 25))));
  if (h.preset && h.explicit && h.consentWord && !presetNegated) {
    const parts = [...h.preset, ...h.explicit, ...h.consentWord];
    return [[Math.min(...parts.map((m) => m.start)), Math.max(...parts.map((m) => m.end))]];
  }
  const candidates: [number, number][] = [];
  const conduct = [...(h.means ?? []), ...(h.by ?? [])];
  const clickOnly = (g: Match) => CLICK.test(g.text) && !h.clickBundle;

  // "By using the site you agree to …", «Продолжая использовать сайт, вы соглашаетесь с …»,
  // «вы даёте его … направлением заявки»
  for (const g of conduct) {
    if (clickOnly(g)) continue;
    for (const p of h.predicate ?? []) {
      const gap = p.start >= g.end ? p.start - g.end : g.start - p.end;
      if (gap < 0 || gap > MEANS_TO_PREDICATE) continue;
      if (negated(doc, s, p.start) || nounAsBasis(doc, s, p) || withdrawn(doc, s, p.start)) continue;
      // «даёт его»: "it" must be a consent named just before.
      if (/\sего$/u.test(p.text) && !has(doc, 'consentWord', Math.max(s.start, p.start - 120), p.start)) continue;
      const end = aboutData(doc, s, p);
      if (end === undefined) continue;
      candidates.push([Math.min(g.start, p.start), Math.max(g.end, end)]);
    }
  }
  // "consent, which you give by submitting the form", «согласие, выраженное фактом обращения»
  for (const c of h.consent ?? []) {
    const g = (h.given ?? []).find((x) => x.start >= c.end && x.start - c.end <= CONSENT_TO_GIVEN);
    if (!g || negated(doc, s, g.start)) continue;
    const m = conduct.find((x) => x.start >= g.end && x.start - g.end <= GIVEN_TO_CONDUCT && !clickOnly(x));
    if (!m || withdrawn(doc, s, c.start, m.end)) continue;
    candidates.push([c.start, m.end]);
  }
  // "Use of the site constitutes consent", «Регистрация означает согласие», «Настоящая Политика является согласием»
  for (const n of h.noun ?? []) {
    for (const l of h.link ?? []) {
      if (l.start < n.end || l.start - n.end > NOUN_TO_LINK || negated(doc, s, l.start)) continue;
      // The consent is what the conduct is said to be: "constitutes consent", not "is complete after consent".
      const c = (h.consent ?? []).find(
        (c) => c.start >= l.end && c.start - l.end <= LINK_TO_CONSENT && !NOT_A_COMPLEMENT.test(doc.lower.slice(l.end, c.start)),
      );
      if (!c || negated(doc, s, c.start) || asBasis(doc, s, c) || withdrawn(doc, s, c.start)) continue;
      const end = aboutData(doc, s, c);
      if (end === undefined) continue;
      candidates.push([n.start, end]);
      break;
    }
  }
  // The other way round: «Акцептом настоящей Политики является регистрация на сайте», "Consent is
  // the submission of the form". The policy itself after the link is no conduct.
  for (const c of h.consent ?? []) {
    const l = (h.link ?? []).find((l) => l.start >= c.end && l.start - c.end <= NOUN_TO_LINK);
    if (!l || negated(doc, s, l.start) || nounAsBasis(doc, s, { ...c, text: 'consent' }) || withdrawn(doc, s, c.start)) continue;
    // The conduct is the link's complement: at most two words between, no comma.
    const n = (h.noun ?? []).find((n) => n.start >= l.end && COMPLEMENT_GAP.test(doc.lower.slice(l.end, n.start)) && !POLICY_NOUN.test(n.text));
    if (!n) continue;
    const needs = NEEDS_TARGET.test(c.text);
    if (needs && !has(doc, 'target', c.end, l.start)) continue;
    candidates.push([c.start, n.end]);
  }
  // "If you do not agree, do not use the site", «В случае несогласия … покинуть сайт»
  for (const d of h.disagree ?? []) {
    const v = (h.leave ?? []).find((v) => v.start >= d.end && v.start - d.end <= DISAGREE_TO_LEAVE);
    if (!v) continue;
    const between = findAll(doc, 'otherDocument', d.end, v.start)[0];
    if (between && !findAll(doc, 'target', d.end, between.start).length) continue;
    candidates.push([d.start, v.end]);
  }
  // «Если Пользователь не направил возражений, изменения считаются принятыми»
  for (const o of h.noObjection ?? []) {
    const dm = (h.deemed ?? []).find((x) => x.start >= o.end && x.start - o.end <= DISAGREE_TO_LEAVE);
    // What is deemed accepted must be the policy, its changes or the processing, not an order.
    if (dm && findAll(doc, 'target', o.start, Math.min(s.end, dm.end + TARGET_WINDOW)).length) candidates.push([o.start, dm.end]);
  }
  // A tick box or a separate consent near the construction: the consent is explicit (RULES.md).
  const blocking = blockers(doc, s, h);
  const kept = candidates.filter(([a, b]) => !blocking.some((x) => x.start < b + BLOCKER_REACH && x.end > a - BLOCKER_REACH));
  return kept.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/**
 * "By visiting our sites:" + a list of sites + "you agree that cookies are used": conduct in a
 * lead-in ending with ':' and the consent in the items after it.
 */
function leadIn(doc: PolicyDocument, s: Sentence, h: Partial<Record<Kind, Match[]>>, buckets: Map<number, Partial<Record<Kind, Match[]>>>, i: number): [number, number] | undefined {
  const g = [...(h.means ?? []), ...(h.by ?? [])].find((x) => !CLICK.test(x.text));
  if (!g || h.predicate?.length) return undefined;
  const colon = doc.text.lastIndexOf(':', s.end);
  const list = colon >= g.end ? listAfter(doc, s, colon) : undefined;
  if (!list) return undefined;
  for (let j = i + 1; j < doc.sentences.length && doc.sentences[j].start < list[1]; j++) {
    const t = doc.sentences[j];
    const hj = buckets.get(j);
    if (!hj) continue;
    if (hj.means?.length || hj.by?.length) return undefined; // the items have their own conduct
    const blocking = blockers(doc, t, hj);
    for (const p of hj.predicate ?? []) {
      if (negated(doc, t, p.start) || nounAsBasis(doc, t, p) || withdrawn(doc, t, p.start)) continue;
      if (blocking.some((x) => Math.abs(x.start - p.start) < BLOCKER_REACH)) continue;
      const end = aboutData(doc, t, p);
      if (end !== undefined) return [g.start, end];
    }
  }
  return undefined;
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
      const h = buckets.get(i)!;
      const range = findIn(doc, s, h)[0] ?? leadIn(doc, s, h, buckets, i);
      if (!range) continue;
      // "Use of the site means consent. If you disagree, leave the site." is one finding; a second
      // consent by conduct in the same paragraph is another.
      const restates = (h.disagree ?? []).some((d) => d.start === range[0]);
      if (restates && i === last + 1 && s.block === lastBlock) {
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
