import type { Rule } from '../src/core/types.js';
import type { PolicyDocument } from '../src/core/document.js';
import { compile, fastRegExp, findAll, has, type Match } from '../src/core/match.js';
import { inSectionAbout } from './extract/topics.js';
import {
  ART_10_P2,
  ART_10_P3,
  ART_11_P2,
  BIOMETRIC_FEATURES,
  BIOMETRIC_WORDS,
  BY_OTHERS,
  CRIMINAL_DATA,
  DATA_HEADING,
  DEFINITION,
  DEFINITION_HEAD,
  EMPLOYMENT,
  FEATURE_NOT_PERSON_AFTER,
  FEATURE_NOT_PERSON_BEFORE,
  IDENTIFICATION,
  MEDICAL_GROUND,
  NEGATION_AFTER,
  NEGATION_BEFORE,
  NEGATION_NEAR,
  NOT_BEFORE,
  ON_DEVICE,
  OTHER_MATTER,
  PROCESSING,
  RESET,
  SPECIAL_DATA,
  STATUTE_GROUND,
  WITHOUT_BEFORE,
  WRITTEN_CONSENT,
  type Group,
} from './lexicons/special-categories.js';

const RE = {
  special: compile(SPECIAL_DATA),
  criminal: compile(CRIMINAL_DATA),
  biometricWord: compile(BIOMETRIC_WORDS),
  feature: compile(BIOMETRIC_FEATURES),
  identification: compile(IDENTIFICATION),
  processing: compile(PROCESSING),
  dataHeading: compile(DATA_HEADING),
  written: compile(WRITTEN_CONSENT),
  medical: compile(MEDICAL_GROUND),
  statute: compile(STATUTE_GROUND),
  otherMatter: compile(OTHER_MATTER),
  employment: compile(EMPLOYMENT),
  onDevice: compile(ON_DEVICE),
};
const DEFINITION_RE = fastRegExp(DEFINITION);
const DEFINITION_HEAD_RE = fastRegExp(DEFINITION_HEAD);
const NEG_BEFORE_RE = fastRegExp(NEGATION_BEFORE, 'gu');
const NEG_NEAR_RE = fastRegExp(NEGATION_NEAR);
const NEG_AFTER_RE = fastRegExp(NEGATION_AFTER);
const RESET_RE = fastRegExp(RESET);
const RESET_G = fastRegExp(RESET, 'gu');
const NOT_PERSON_BEFORE_RE = fastRegExp(FEATURE_NOT_PERSON_BEFORE);
const NOT_PERSON_AFTER_RE = fastRegExp(FEATURE_NOT_PERSON_AFTER);
const BY_OTHERS_RE = fastRegExp(BY_OTHERS);
const WITHOUT_RE = fastRegExp(WITHOUT_BEFORE);
const NOT_RE = fastRegExp(NOT_BEFORE);
const REFS: Record<Group, RegExp> = {
  special: fastRegExp(ART_10_P2, 'gu'),
  criminal: fastRegExp(ART_10_P3, 'gu'),
  biometric: fastRegExp(ART_11_P2, 'gu'),
};

const GROUPS: readonly Group[] = ['special', 'criminal', 'biometric'];

/** A statement that data of a group is processed. */
interface Use {
  group: Group;
  range: [number, number];
  sentence: [number, number];
  block: number;
  chapter: number;
  /** The statement is about employees or candidates (labour law is their ground). */
  employees: boolean;
}

/** Something that may be the ground for it: written consent, a reference to art. 10 / 11, medical secrecy, a law. */
interface Ground {
  kind: 'written' | 'reference' | 'medical' | 'statute';
  /** For references: the group whose part they cite. */
  group?: Group;
  range: [number, number];
  sentence: [number, number];
  block: number;
  chapter: number;
  /** Kinds of data its sentence names. */
  about: Set<Group>;
  /** Its sentence is about another matter (transfer abroad, newsletters …). */
  otherMatter: boolean;
  /** It stands in the section on consent or legal grounds. */
  groundsSection: boolean;
  legalBasisSection: boolean;
}

function sentenceBounds(doc: PolicyDocument, start: number, end: number): [number, number] {
  const s = doc.sentenceAt(start);
  if (s && s.start <= start && s.end >= end) return [s.start, s.end];
  const b = doc.blockAt(start);
  return b ? [b.start, b.end] : [start, end];
}

/**
 * Whether the data at [start, end) is said not to be processed: «Оператор не обрабатывает
 * специальные категории …», "… are not deliberately collected or processed", "except biometric
 * data", "no health data", "please do not send us health information".
 */
function negated(doc: PolicyDocument, start: number, end: number, sentence: [number, number]): boolean {
  const before = doc.lower.slice(sentence[0], start);
  if (NEG_NEAR_RE.test(before)) return true;
  NEG_BEFORE_RE.lastIndex = 0;
  let last = -1;
  for (let m = NEG_BEFORE_RE.exec(before); m; m = NEG_BEFORE_RE.exec(before)) last = m.index + m[0].length;
  if (last >= 0 && !RESET_RE.test(before.slice(last))) return true;
  let after = doc.lower.slice(end, sentence[1]);
  RESET_G.lastIndex = 0;
  const reset = RESET_G.exec(after);
  if (reset) after = after.slice(0, reset.index);
  return NEG_AFTER_RE.test(after);
}

/** A heading, a definition of the term, or a restatement in a definitions section: not the operator's processing. */
function notAStatement(doc: PolicyDocument, offset: number, sentence: [number, number]): boolean {
  const b = doc.blockAt(offset);
  if (!b || b.kind === 'heading') return true;
  if (inSectionAbout(doc, offset, 'definitions')) return true;
  const s = doc.lower.slice(sentence[0], sentence[1]);
  if (DEFINITION_RE.test(s)) return true;
  const head = DEFINITION_HEAD_RE.exec(s);
  return head !== null && !has(RE.processing, head[1]);
}

/**
 * Whether the sentence says the data is processed: a processing word in it, or it is an item of a
 * list of data (a table row, a list item under a lead-in ending with ":", a data-categories or
 * purposes section).
 */
function processed(doc: PolicyDocument, offset: number, sentence: [number, number]): boolean {
  if (has(RE.processing, doc.lower, sentence[0], sentence[1])) return true;
  const b = doc.blockAt(offset);
  if (!b) return false;
  if (b.kind === 'table-row') return !b.header;
  if (inSectionAbout(doc, offset, 'data-categories', 'purposes', 'subjects', 'processing', 'legal-basis')) return true;
  // Under a heading about data ("3. Data", «Какие сведения мы собираем»).
  const section = doc.sectionAt(offset);
  if (section) {
    const h = doc.blocks[section.heading];
    if (has(RE.dataHeading, doc.lower, h.contentStart, h.end)) return true;
  }
  if (b.kind === 'list-item') {
    for (let i = b.index - 1; i >= 0 && i >= b.index - 40; i--) {
      const p = doc.blocks[i];
      if (p.kind === 'list-item') continue;
      return p.kind !== 'heading' && /:\s*$/u.test(doc.text.slice(p.start, p.end)) && has(RE.processing, doc.lower, p.start, p.end);
    }
  }
  return false;
}

/**
 * Whether a feature in this sentence serves to establish identity: an identification cue in it, or
 * in the sentence before or after it in the same block ("You take a selfie; we compare it with the
 * photo in your passport").
 */
function identifies(doc: PolicyDocument, sentence: [number, number]): boolean {
  const cue = (s: readonly [number, number]) =>
    has(RE.identification, doc.lower, s[0], s[1]) &&
    // "other members recognise you by your photo": not the operator establishing identity.
    !BY_OTHERS_RE.test(doc.lower.slice(s[0], s[1]));
  if (cue(sentence)) return true;
  const b = doc.blockAt(sentence[0]);
  if (!b) return false;
  const prev = sentence[0] > b.start ? doc.sentenceAt(sentence[0] - 1) : undefined;
  const next = sentence[1] < b.end ? doc.sentenceAt(sentence[1] + 1) : undefined;
  for (const s of [prev, next]) {
    if (s && s.block === b.index && s.start !== sentence[0] && cue([s.start, s.end])) return true;
  }
  return false;
}

/** Every statement that special, criminal-record or biometric data is processed, in document order. */
function uses(doc: PolicyDocument): Use[] {
  const out: Use[] = [];
  // Characters already taken by a mention: an overlapping one of a later kind is the same mention.
  const taken = new Uint8Array(doc.lower.length + 1);
  const isTaken = (m: Match) => {
    for (let i = m.start; i < m.end; i++) if (taken[i]) return true;
    return false;
  };
  const take = (m: Match) => taken.fill(1, m.start, m.end);
  const add = (group: Group, m: Match) => {
    if (isTaken(m)) return;
    take(m);
    const sentence = sentenceBounds(doc, m.start, m.end);
    if (notAStatement(doc, m.start, sentence) || negated(doc, m.start, m.end, sentence) || !processed(doc, m.start, sentence)) return;
    const block = doc.blockAt(m.start)!;
    const employees = has(RE.employment, doc.lower, sentence[0], sentence[1]) || has(RE.employment, doc.lower, block.start, block.end);
    out.push({ group, range: [m.start, m.end], sentence, block: block.index, chapter: chapter(doc, m.start), employees });
  };
  // Biometrics first: "biometric" and recognised faces are not also health or other data.
  for (const m of findAll(RE.biometricWord, doc.lower)) {
    const sentence = sentenceBounds(doc, m.start, m.end);
    if (has(RE.onDevice, doc.lower, sentence[0], sentence[1])) {
      take(m);
      continue;
    }
    add('biometric', m);
  }
  // Faces, voices, fingerprints: biometric only where they serve to establish identity (art. 11 part 1).
  const seen = new Set<number>();
  for (const m of findAll(RE.feature, doc.lower)) {
    const sentence = sentenceBounds(doc, m.start, m.end);
    const s = doc.lower.slice(sentence[0], sentence[1]);
    if (NOT_PERSON_BEFORE_RE.test(doc.lower.slice(Math.max(sentence[0], m.start - 24), m.start))) continue;
    if (NOT_PERSON_AFTER_RE.test(doc.lower.slice(m.end, Math.min(sentence[1], m.end + 60)))) continue;
    if (!identifies(doc, sentence)) continue;
    if (BY_OTHERS_RE.test(s) || has(RE.onDevice, doc.lower, sentence[0], sentence[1])) continue;
    // One biometric statement per sentence: "photo and voice sample … for identification".
    if (seen.has(sentence[0])) continue;
    const before = out.length;
    add('biometric', m);
    if (out.length > before) seen.add(sentence[0]);
  }
  for (const m of findAll(RE.criminal, doc.lower)) add('criminal', m);
  for (const m of findAll(RE.special, doc.lower)) add('special', m);
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

function grounds(doc: PolicyDocument): Ground[] {
  const out: Ground[] = [];
  const push = (kind: Ground['kind'], m: { start: number; end: number }, group?: Group) => {
    const sentence = sentenceBounds(doc, m.start, m.end);
    out.push({
      kind,
      group,
      range: [m.start, m.end],
      sentence,
      block: doc.blockAt(m.start)?.index ?? -1,
      chapter: chapter(doc, m.start),
      about: new Set(GROUPS.filter((g) => mentionsGroup(doc, g, sentence))),
      otherMatter: has(RE.otherMatter, doc.lower, sentence[0], sentence[1]),
      groundsSection: inSectionAbout(doc, m.start, 'consent', 'legal-basis'),
      legalBasisSection: inSectionAbout(doc, m.start, 'legal-basis'),
    });
  };
  for (const m of findAll(RE.written, doc.lower)) {
    const sentence = sentenceBounds(doc, m.start, m.end);
    const before = doc.lower.slice(sentence[0], m.start);
    // "processed without written consent" is no ground; "not … without written consent" promises it.
    const without = WITHOUT_RE.exec(before);
    if (without && !NOT_RE.test(before.slice(0, without.index))) continue;
    push('written', m);
  }
  for (const group of GROUPS) {
    const re = REFS[group];
    re.lastIndex = 0;
    for (let m = re.exec(doc.lower); m; m = re.exec(doc.lower)) push('reference', { start: m.index, end: m.index + m[0].length }, group);
  }
  for (const m of findAll(RE.medical, doc.lower)) push('medical', m);
  for (const m of findAll(RE.statute, doc.lower)) push('statute', m);
  return out;
}

/** The part of the policy a ground and a statement share: its chapter (a top-level section under the title). */
function chapter(doc: PolicyDocument, offset: number): number {
  const b = doc.blockAt(offset);
  return b ? doc.memo(chapters)[b.index] : -1;
}

/** Chapter of each block (index = block index), -1 before the first heading. */
function chapters(doc: PolicyDocument): number[] {
  const roots = doc.sections.filter((x) => x.parent < 0);
  // A single title over the whole policy: chapters are its children.
  const titled = roots.length === 1 && roots[0].children.length > 0;
  const top = doc.sections.map((section) => {
    let s = section;
    while (s.parent >= 0 && !(titled && doc.sections[s.parent].parent < 0)) s = doc.sections[s.parent];
    return s.index;
  });
  return doc.blocks.map((b) => (b.section >= 0 ? top[b.section] : -1));
}

const groupRes: Record<Group, RegExp[]> = {
  special: [RE.special],
  criminal: [RE.criminal],
  biometric: [RE.biometricWord],
};

function mentionsGroup(doc: PolicyDocument, group: Group, range: [number, number]): boolean {
  return groupRes[group].some((re) => has(re, doc.lower, range[0], range[1]));
}

/** Whether a ground covers a statement of processing. */
function covers(g: Ground, u: Use): boolean {
  const sameSentence = g.sentence[0] === u.sentence[0];
  const sameBlock = g.block === u.block;
  const aboutGroup = g.about.has(u.group);
  switch (g.kind) {
    case 'reference':
      return g.group === u.group || (u.group === 'criminal' && g.group === 'special' && (sameBlock || aboutGroup));
    case 'medical':
      return u.group === 'special';
    case 'written':
      if (sameSentence || sameBlock || aboutGroup) return true;
      // Written consent for a transfer abroad, for newsletters, or for another kind of data.
      if (g.otherMatter || g.about.size > 0) return false;
      return g.chapter === u.chapter || g.groundsSection;
    case 'statute':
      if (sameSentence || sameBlock || aboutGroup) return true;
      // Labour law for employees' health or criminal-record data, in the same part of the policy or
      // among the legal grounds.
      return u.employees && u.group !== 'biometric' && (g.chapter === u.chapter || g.legalBasisSection);
  }
}

function shorten(text: string): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length <= 70 ? t : `${t.slice(0, 69).trimEnd()}…`;
}

const DATA: Record<Group, Record<string, string>> = {
  special: {
    categoryEn: 'a special category of personal data',
    categoryRu: 'специальная категория персональных данных',
    lawEn: '152-FZ art. 10 parts 1–2',
    lawRu: 'ч. 1–2 ст. 10 152-ФЗ',
    whyEn: 'such data may be processed only with the subject’s consent in writing or on another ground of art. 10 part 2 (medical care by a professional bound by medical secrecy, labour or pension law, …).',
    whyRu: 'такие данные обрабатываются только с согласия субъекта в письменной форме или по иному основанию ч. 2 ст. 10 (медицинская помощь лицом, обязанным хранить врачебную тайну, трудовое или пенсионное законодательство и др.).',
  },
  criminal: {
    categoryEn: 'data on criminal record',
    categoryRu: 'сведения о судимости',
    lawEn: '152-FZ art. 10 part 3',
    lawRu: 'ч. 3 ст. 10 152-ФЗ',
    whyEn: 'such data may be processed only in the cases and in the manner set by federal laws (e.g. the Labour Code for certain jobs) — name that law, or the subject’s written consent.',
    whyRu: 'такие данные обрабатываются только в случаях и в порядке, определённых федеральными законами (например, Трудовым кодексом для отдельных должностей), — назовите этот закон или письменное согласие субъекта.',
  },
  biometric: {
    categoryEn: 'biometric personal data',
    categoryRu: 'биометрические персональные данные',
    lawEn: '152-FZ art. 11 parts 1–2',
    lawRu: 'ч. 1–2 ст. 11 152-ФЗ',
    whyEn: 'features used to establish a person’s identity may be processed only with the subject’s consent in writing, except in the cases of art. 11 part 2, and providing them cannot be made obligatory (art. 11 part 3).',
    whyRu: 'сведения, по которым оператор устанавливает личность, обрабатываются только с согласия субъекта в письменной форме, кроме случаев ч. 2 ст. 11, а их предоставление не может быть обязательным (ч. 3 ст. 11).',
  },
};

const SUGGESTION: Record<Group, { en: string; ru: string }> = {
  special: {
    en: 'Special categories of personal data (information about health …) are processed only with the data subject’s consent in writing (Article 10 part 2 item 1 of Federal Law No. 152-FZ), drawn up separately from other documents, and are destroyed once the purpose is achieved.',
    ru: 'Специальные категории персональных данных (сведения о состоянии здоровья …) обрабатываются только с согласия субъекта персональных данных в письменной форме (п. 1 ч. 2 ст. 10 Федерального закона № 152-ФЗ), оформленного отдельно от иных документов, и уничтожаются по достижении цели обработки.',
  },
  criminal: {
    en: 'Information about criminal record is processed only in the cases and in the manner established by federal laws (Article 10 part 3 of Federal Law No. 152-FZ; Article 65 and Article 351.1 of the Labour Code of the Russian Federation).',
    ru: 'Сведения о судимости обрабатываются только в случаях и в порядке, установленных федеральными законами (ч. 3 ст. 10 Федерального закона № 152-ФЗ; ст. 65, 351.1 Трудового кодекса Российской Федерации).',
  },
  biometric: {
    en: 'Biometric personal data are processed only with the data subject’s consent in writing (Article 11 part 1 of Federal Law No. 152-FZ). Providing biometric data is voluntary: refusing it does not lead to a refusal of service (Article 11 part 3).',
    ru: 'Биометрические персональные данные обрабатываются только при наличии согласия субъекта персональных данных в письменной форме (ч. 1 ст. 11 Федерального закона № 152-ФЗ). Предоставление биометрических персональных данных не является обязательным: отказ от него не влечёт отказа в обслуживании (ч. 3 ст. 11).',
  },
};

const rule: Rule = {
  meta: {
    id: 'special-categories',
    description: {
      en: 'Special categories and biometric data are processed only on written consent or another ground of art. 10 / 11',
      ru: 'Специальные категории и биометрические данные обрабатываются только с письменного согласия или по иному основанию ст. 10 / 11',
    },
    law: '152-FZ art. 10 parts 1-3; art. 11 parts 1-3',
    messages: {
      'no-written-consent': {
        severity: 'error',
        text: {
          en: 'The policy says it processes "{{what}}" ({{categoryEn}}) but states neither the subject’s written consent nor another ground ({{lawEn}}): {{whyEn}} State the ground, e.g. the subject’s separate consent in writing.',
          ru: 'В политике сказано, что обрабатываются «{{what}}» ({{categoryRu}}), но не указано ни согласие субъекта в письменной форме, ни иное основание ({{lawRu}}): {{whyRu}} Укажите основание, например отдельное письменное согласие субъекта.',
        },
      },
    },
  },
  check({ doc, report }) {
    const found = uses(doc);
    if (!found.length) return;
    const gs = grounds(doc);
    for (const group of GROUPS) {
      const bare = found.find((u) => u.group === group && !gs.some((g) => covers(g, u)));
      if (!bare) continue;
      report({
        messageId: 'no-written-consent',
        range: bare.range,
        data: { what: shorten(doc.slice(bare.range)), ...DATA[group] },
        suggestions: [
          {
            kind: 'insert',
            desc: doc.lang === 'ru' ? 'Добавить основание обработки этих данных' : 'Add the ground for processing this data',
            text: SUGGESTION[group][doc.lang],
          },
        ],
      });
    }
  },
};

export default rule;
