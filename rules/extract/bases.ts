import type { Block, PolicyDocument, Section, Sentence } from '../../src/core/document.js';
import { fastRegExp, compile, findAll, has } from '../../src/core/match.js';
import {
  BASIS_HEADING,
  BASIS_TRIGGERS,
  CLAUSES,
  CONFORMITY,
  DRAFTING_WORDS,
  ENTRUST,
  GROUND_PHRASES,
  LAW_PHRASES,
  NOT_A_STATEMENT,
  PROCESSING_WORDS,
  STATES_GROUND,
  STRONG_CONTRACT,
  type Clause,
} from '../lexicons/bases.js';
import { countBefore } from '../../src/core/search.js';
import { analyse, clauseAt } from '../../src/core/nlp/clauses.js';

export type { Clause };

/**
 * Legal grounds of processing (152-FZ art. 6 part 1, art. 6 part 3): where the policy names them,
 * and which of those mentions state the grounds of its processing.
 *
 *   groundMentions(doc)  every mention of a ground: a phrase ("согласие субъекта", "performance of
 *                        a contract"), a reference («п. 5 ч. 1 ст. 6», "clause 2, part 1, Article 6",
 *                        «пп. 2–11 ч. 1 ст. 6» → one mention per clause) or a law's name (→ clause 2)
 *   bases(doc)           the grounds the policy states for its processing: mentions inside a section
 *                        about legal grounds, or in a sentence that gives the basis of processing
 *                        ("Processing is carried out on the basis of …", «Правовым основанием …
 *                        является …», "… with the consent of the subject"), with the list items that
 *                        such a sentence introduces. Mentions in sentences about withdrawing consent
 *                        or processing without it, and "this Policy is developed on the basis of
 *                        152-FZ", are not statements of a ground.
 */

export interface GroundMention {
  /** Clause of art. 6 part 1, 'p3' for part 3, '?' for "art. 6" with no clause. */
  clause: Clause;
  /** [start, end) in doc.text: the phrase, the whole reference, or the law's name. */
  start: number;
  end: number;
  kind: 'phrase' | 'reference' | 'law';
}

export interface BasisStatement {
  /** The sentence (or list item) stating grounds, [start, end) in doc.text. */
  start: number;
  end: number;
  grounds: GroundMention[];
  /** The section about legal grounds the statement is in, if any. */
  section?: Section;
}

export interface Bases {
  /** Sections whose heading is about legal grounds ("Правовые основания обработки", "Legal bases"). */
  sections: Section[];
  /** Statements of grounds that name at least one ground, in document order. */
  statements: BasisStatement[];
  /** Every ground stated (the union of the statements' grounds). */
  stated: GroundMention[];
  /** Distinct clauses stated ('?' excluded). */
  clauses: Set<Clause>;
  /**
   * Whether any ground is stated at all, counting also looser evidence outside basis statements:
   * consent to processing, a contract's performance, a reference to art. 6 in any sentence about
   * processing ("By submitting the form you consent to the processing …").
   */
  any: boolean;
}

// ---------------------------------------------------------------------------------------------

const PHRASE_RES = CLAUSES.map((c) => [c, compile(GROUND_PHRASES[c as Exclude<Clause, '?'>])] as const);
const LAW_RE = compile(LAW_PHRASES);
const HEADING_RE = compile(BASIS_HEADING);
const TRIGGER_RE = compile(BASIS_TRIGGERS);
const PROCESSING_RE = compile(PROCESSING_WORDS);
const DRAFTING_RE = compile(DRAFTING_WORDS);
const NOT_STATEMENT_RE = compile(NOT_A_STATEMENT);
const CONFORMITY_RE = compile(CONFORMITY);
const ENTRUST_RE = compile(ENTRUST);
const STRONG_CONTRACT_RE = compile(STRONG_CONTRACT);
const STATES_GROUND_RE = compile(STATES_GROUND);
const EXCEPTION_BEFORE = fastRegExp(String.raw`(?<![\p{L}])(?:unless|except|otherwise|where|if|when|as|за\s+исключением|если|иное|кроме|когда|случаях)(?![\p{L}])[^.;:]{0,25}$`, 'u');
/** "Legal basis: …", «Правовое основание —» in a sentence: it states a ground whatever its verb. */
const BASIS_LABEL_RE = fastRegExp(
  String.raw`(?:правов\p{L}*\s+основани\p{L}*|законн\p{L}*\s+основани\p{L}*|(?:legal|lawful)\s+(?:basis|bases|grounds?))\s*(?:\([^)]{0,40}\)\s*)?[:—–]|(?:[—–]|\s-)\s*(?:basis|grounds?|основани\p{L}*)\s*:`,
  'u',
);
const RIGHTS_HEADING_RE = compile(['=права', '=прав', '=правах', 'права субъект*', 'права пользовател*', 'rights', 'your rights']);

// References to art. 6. Numbers: "5", "3.1", lists and ranges: "1, 5 и 7", "2–11", "2 по 11".
const NUM = '\\d{1,2}(?:\\.\\d)?';
const RU_LIST = `${NUM}(?:\\s*(?:,|и|или|-|–|—|по)\\s*${NUM}){0,12}`;
const EN_LIST = `${NUM}(?:\\s*(?:,|and|or|-|–|—|to|through)\\s*${NUM}){0,12}`;
const RU_REF = fastRegExp(
  `(?<![\\p{L}\\d])(?:(?:п\\.\\s?п|пп|подп|подпункт\\p{L}*|пункт\\p{L}*|п)\\.?\\s*(${RU_LIST})\\s*,?\\s*)?` +
    `(?:(?:ч|част\\p{L}*)\\.?\\s*(\\d)\\s*,?\\s*)?(?:ст|стать\\p{L}*)\\.?\\s*6(?![\\d]|[.,]\\d)` +
    `(?:\\s*,?\\s*(?:ч|част\\p{L}*)\\.?\\s*(\\d)(?:\\s*,?\\s*(?:пп|п|пункт\\p{L}*)\\.?\\s*(${RU_LIST}))?)?`,
  'gu',
);
const EN_REF = fastRegExp(
  `(?<![\\p{L}\\d])(?:(?:clauses?|items?|paragraphs?|paras?|subparagraphs?|sub-?clauses?|points?|cl|pp|p)\\.?\\s*(${EN_LIST})\\s*,?\\s*(?:of\\s+)?(?:the\\s+)?)?` +
    `(?:(?:part|pt)\\.?\\s*(\\d)\\s*,?\\s*(?:of\\s+)?(?:the\\s+)?)?(?:article|art)\\.?\\s*6(?:\\s*\\((\\d)\\)(?:\\s*\\((${NUM})\\))?)?(?![\\d]|[.,]\\d)` +
    `(?:\\s*,?\\s*(?:part|pt)\\.?\\s*(\\d)(?:\\s*,?\\s*(?:clauses?|items?|paragraphs?|cl|p)\\.?\\s*(${EN_LIST}))?)?`,
  'gu',
);
/** After "ст. 6": another act is named (the Tax Code's art. 6 is not a ground), or GDPR's "Art. 6(1)(b)". */
const OTHER_ACT = fastRegExp(String.raw`^(?:\s*\([a-f]\)|[\s,]*(?:of\s+)?(?:the\s+)?(?:(?:налогов|трудов|гражданск|бюджетн|уголовн|семейн|жилищн|земельн)\p{L}*\s+кодекс|кодекс|(?:tax|labou?r|civil|criminal|family|housing|land|budget)\s+code|code\b|constitution|конституц|(?:федеральн\p{L}*\s+закон\p{L}*\s+)?(?:от\s+[\d.]+\s*(?:г\.?)?\s*)?(?:№|n|no\.?)?\s*(?!152)\d{1,3}-(?:фз|fz)|закон\p{L}*\s+(?:рф\s+)?[«"“]?о\s+(?!персональн)|law\s+on\s+(?!personal)|gdpr|general\s+data\s+protection|regulation\s+\(eu\)|2016\/679))`, 'u');

function expand(list: string | undefined): Clause[] {
  if (!list) return [];
  const out: Clause[] = [];
  const tokens = list.split(/\s*(,|или|и|and|or|-|–|—|по|through|to)\s*/u);
  const order: readonly Clause[] = CLAUSES.filter((c) => c !== 'p3');
  const index = (n: string) => order.indexOf(n as Clause);
  for (let i = 0; i < tokens.length; i += 2) {
    const n = tokens[i];
    const sep = tokens[i - 1];
    if (sep && /^(?:-|–|—|по|to|through)$/u.test(sep) && out.length) {
      const a = index(out[out.length - 1]);
      const b = index(n);
      if (a >= 0 && b > a) for (let k = a + 1; k <= b; k++) out.push(order[k]);
      continue;
    }
    if (index(n) >= 0) out.push(n as Clause);
    else out.push('?');
  }
  return out;
}

function references(doc: PolicyDocument): GroundMention[] {
  const out: GroundMention[] = [];
  for (const re of [RU_REF, EN_REF]) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.lower); m; m = re.exec(doc.lower)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (OTHER_ACT.test(doc.lower.slice(end, end + 60))) continue;
      let part: string | undefined;
      let list: string | undefined;
      if (re === RU_REF) {
        part = m[2] ?? m[3];
        list = m[1] ?? m[4];
      } else {
        part = m[2] ?? m[3] ?? m[5];
        list = m[1] ?? m[4] ?? m[6];
      }
      // "п. 5 ст. 6" (part left out) is read as part 1.
      if (part === '3' && !list) out.push({ clause: 'p3', start, end, kind: 'reference' });
      else if ((part === '1' || part === undefined) && list) for (const c of new Set(expand(list))) out.push({ clause: c, start, end, kind: 'reference' });
      else out.push({ clause: '?', start, end, kind: 'reference' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function computeMentions(doc: PolicyDocument): GroundMention[] {
  const refs = references(doc);
  const inRef = (s: number, e: number) => refs.some((r) => s < r.end + 40 && e > r.start && s >= r.start - 5);
  const out: GroundMention[] = [...refs];
  for (const [clause, re] of PHRASE_RES) {
    for (const m of findAll(re, doc.lower)) {
      if (clause === '7' && /^[\s,]*(?:субъект|пользовател|граждан|клиент|subject|user|data subject|individual)/u.test(doc.lower.slice(m.end, m.end + 30).replace(/^(?:of\s+(?:the\s+)?|\s)+/u, ''))) continue;
      out.push({ clause, start: m.start, end: m.end, kind: 'phrase' });
    }
  }
  for (const m of findAll(LAW_RE, doc.lower)) {
    if (inRef(m.start, m.end)) continue; // "Article 6 of 152-FZ" names the article's law
    out.push({ clause: '2', start: m.start, end: m.end, kind: 'law' });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Every mention of a legal ground in the document (memoised). */
export function groundMentions(doc: PolicyDocument): GroundMention[] {
  return doc.memo(computeMentions);
}

/** Mentions of grounds within [from, to). */
export function groundsIn(doc: PolicyDocument, from: number, to: number): GroundMention[] {
  const all = groundMentions(doc);
  const out: GroundMention[] = [];
  for (let i = countBefore(all, from, (g) => g.start); i < all.length && all[i].start < to; i++) if (all[i].end <= to) out.push(all[i]);
  return out;
}

/** Sections whose heading is about legal grounds. */
export function basisSections(doc: PolicyDocument): Section[] {
  return doc.memo(computeBasisSections);
}

function computeBasisSections(doc: PolicyDocument): Section[] {
  return doc.sections.filter((s) => {
    const h = doc.blocks[s.heading];
    return has(HEADING_RE, doc.lower, h.contentStart, h.end);
  });
}

function inSubtreeOf(doc: PolicyDocument, block: Block, roots: Set<number>): Section | undefined {
  let s = block.section >= 0 ? doc.sections[block.section] : undefined;
  while (s) {
    if (roots.has(s.index)) return s;
    s = s.parent >= 0 ? doc.sections[s.parent] : undefined;
  }
  return undefined;
}

const OTHER_LAWS = fastRegExp(String.raw`(?:иных|других|other)\s+(?:\p{L}+\s+){0,2}(?:акт|закон|law|regulation|act)`, 'u');

/** Whether a law mention names 152-FZ itself ("Федеральный закон № 152-ФЗ «О персональных данных»"). */
function is152(doc: PolicyDocument, g: GroundMention): boolean {
  const s = doc.sentenceAt(g.start);
  const own = doc.lower.slice(g.start, g.end);
  const after = doc.lower.slice(g.end, Math.min(g.end + 40, s ? s.end : g.end + 40)).split(/[;,]/u)[0];
  // "152-FZ and other regulatory acts" is a list of laws: the statutory ground, not the framework.
  if (OTHER_LAWS.test(doc.lower.slice(g.end, Math.min(g.end + 90, s ? s.end : g.end + 90)))) return false;
  return /152|персональн|personal\s+data/u.test(own + after);
}

/** "consent with this Policy", "agree to the Terms": accepting a document, not a ground of processing. */
const ACCEPTS_DOCUMENT = fastRegExp(String.raw`^(?:\s+(?:\p{L}+\s+){0,2}?)?\s*(?:с|со|with|to)\s+(?:(?:настоящ\p{L}*|данн\p{L}*|этой|this|the|our|these)\s+)?(?:политик|положени|услови|правил|policy|privacy\s+(?:policy|notice)|notice|terms|rules)`, 'u');
const PROCESSING_NEAR = fastRegExp(String.raw`обработк|обрабатыв|processing|process\s`, 'u');

/**
 * Whether a ground mention states nothing (issue class "mentions that state nothing"): an item of a
 * contents list («Политика содержит: … перечень данных, на которые даётся согласие»), a statement
 * about the document («Политика разработана во исполнение требований 152-ФЗ и ГК»), acceptance of
 * the policy («согласие Пользователя с настоящей Политикой»), or an exception («если иное не
 * предусмотрено федеральным законом», "unless … a contract to which the subject is a party").
 */
export function statesNothing(doc: PolicyDocument, g: GroundMention): boolean {
  const c = clauseAt(doc, g.start);
  if (c) {
    if (c.facts.kinds.has('contents') && (c.leadIn >= 0 || !has(STATES_GROUND_RE, doc.lower, c.start, c.stop))) return true;
    if (c.facts.kinds.has('about-document') && (g.kind === 'law' || g.clause === '2')) return true;
    if (c.role === 'subordinate' && g.clause !== '1') {
      const first = analyse(doc).tokens[c.first]?.norm;
      const text = doc.lower.slice(c.start, c.stop);
      if (first === 'unless' || ((first === 'если' || first === 'if') && /(?:^|\s)(?:не|иное|not|otherwise)\s/u.test(text))) return true;
    }
  }
  if (g.clause === '1' && g.kind === 'phrase') {
    const after = doc.lower.slice(g.end, g.end + 80);
    if (ACCEPTS_DOCUMENT.test(after) && !PROCESSING_NEAR.test(after.slice(0, 50))) return true;
  }
  return false;
}

/** Whether a sentence mentions grounds without stating them (withdrawal, "without consent"). */
export function notAStatement(doc: PolicyDocument, s: { start: number; end: number }): boolean {
  return has(NOT_STATEMENT_RE, doc.lower, s.start, s.end);
}

/**
 * Whether a mention in a statement is a ground and not a reference to a law the processing merely
 * conforms to ("on the basis of consent in accordance with 152-FZ").
 */
function counts(doc: PolicyDocument, g: GroundMention, sentence: { start: number; end: number }, all: GroundMention[]): boolean {
  if ((g.clause === '5' || g.clause === 'p3') && g.kind === 'phrase' && has(ENTRUST_RE, doc.lower, sentence.start, sentence.end)) {
    // «Оператор вправе поручить обработку другому лицу на основании договора»: the processor's
    // contract and the operator's instruction are not grounds of the operator's own processing.
    return false;
  }
  if (g.clause === '2' && g.kind === 'phrase') {
    // "unless otherwise required by law", «если иное не предусмотрено требованиями законодательства»,
    // "where required by law": an exception or a condition, not a ground.
    const before = doc.lower.slice(Math.max(sentence.start, g.start - 40), g.start);
    return !EXCEPTION_BEFORE.test(before);
  }
  if (g.kind !== 'law') return true;
  const before = doc.lower.slice(Math.max(sentence.start, g.start - 40), g.start);
  const conform = findAll(CONFORMITY_RE, before);
  if (conform.length && !/[;:]/u.test(before.slice(conform[conform.length - 1].end))) return false;
  const name = doc.lower.slice(g.start, Math.min(g.end + 40, sentence.end));
  const is152 = /152|персональн|personal data/u.test(name);
  if (is152) {
    // 152-FZ itself beside another ground is the framework, not a separate (statutory) ground.
    const otherLaw = all.some((o) => o.kind === 'law' && o !== g && !/152|персональн|personal data/u.test(doc.lower.slice(o.start, Math.min(o.end + 40, sentence.end))));
    const otherGround = all.some((o) => o.kind !== 'law' && o.clause !== '?');
    if (otherGround && !otherLaw) return false;
  }
  return true;
}

function computeBases(doc: PolicyDocument): Bases {
  const sections = basisSections(doc);
  const roots = new Set(sections.map((s) => s.index));
  const statements: BasisStatement[] = [];
  const bySentence = sentencesByBlock(doc);
  // A basis sentence ending with ':' ("Processing is carried out on the following grounds:")
  // extends to the list items or sub-clauses right after it.
  let intro: Block | undefined;
  for (const block of doc.blocks) {
    const section = inSubtreeOf(doc, block, roots);
    const continues = intro !== undefined && continuesIntro(block, intro);
    if (!continues) intro = undefined;
    const sentences = bySentence[block.index];
    let carry = false; // a statement ending with ';' goes on in the next sentence ("consent …; contract …")
    for (const s of sentences) {
      if (notAStatement(doc, s) || isDrafting(doc, s)) {
        carry = false;
        continue;
      }
      const statement: boolean = section !== undefined || continues || carry || (isBasisSentence(doc, s) && !inRightsSection(doc, block));
      carry = statement && /[;:]\s*$/u.test(doc.text.slice(s.start, s.end));
      if (!statement) continue;
      const found = groundsIn(doc, s.start, s.end).filter((g) => !statesNothing(doc, g));
      const grounds = found.filter((g) => counts(doc, g, s, found));
      if (grounds.length) statements.push({ start: s.start, end: s.end, grounds, section });
    }
    const last = sentences[sentences.length - 1];
    if (
      last &&
      !continues &&
      /:\s*$/u.test(doc.text.slice(last.start, last.end)) &&
      !notAStatement(doc, last) &&
      !isDrafting(doc, last) &&
      (isBasisSentence(doc, last) || hasBasisLabelIntro(doc, last))
    ) {
      intro = block;
    }
  }
  // 152-FZ alone beside other grounds is the framework law, not a statutory ground; a list of
  // laws ("152-FZ, 149-FZ, the Civil Code") is one.
  const laws = statements.flatMap((st) => st.grounds.filter((g) => g.kind === 'law'));
  const onlyFramework = laws.length > 0 && laws.every((g) => is152(doc, g));
  const others = statements.some((st) => st.grounds.some((g) => g.kind !== 'law' && g.clause !== '?'));
  if (onlyFramework && others) {
    for (const st of statements) st.grounds = st.grounds.filter((g) => g.kind !== 'law');
    for (let i = statements.length - 1; i >= 0; i--) if (!statements[i].grounds.length) statements.splice(i, 1);
  }
  const stated = statements.flatMap((st) => st.grounds);
  const clauses = new Set(stated.map((g) => g.clause).filter((c) => c !== '?'));
  return { sections, statements, stated, clauses, any: stated.length > 0 || looseEvidence(doc) };
}

function sentencesByBlock(doc: PolicyDocument): Sentence[][] {
  const out: Sentence[][] = doc.blocks.map(() => []);
  for (const s of doc.sentences) out[s.block].push(s);
  return out;
}

function isBasisSentence(doc: PolicyDocument, s: Sentence): boolean {
  if (BASIS_LABEL_RE.test(doc.lower.slice(s.start, s.end))) return true;
  return has(TRIGGER_RE, doc.lower, s.start, s.end) && has(PROCESSING_RE, doc.lower, s.start, s.end);
}

/** "Настоящая Политика разработана на основании …": the policy, not processing, is the subject. */
function isDrafting(doc: PolicyDocument, s: Sentence): boolean {
  const d = findAll(DRAFTING_RE, doc.lower, s.start, s.end)[0];
  if (!d) return false;
  const head = doc.lower.slice(s.start, d.start);
  return /(?:политик|положени|документ|policy|document|notice)/u.test(head);
}

function hasBasisLabelIntro(doc: PolicyDocument, s: Sentence): boolean {
  return fastRegExp(String.raw`(?:основани\p{L}*|legal\s+bas\p{L}*|lawful\s+bas\p{L}*|grounds)[^.]{0,80}:\s*$`, 'u').test(doc.lower.slice(s.start, s.end));
}

/** Whether a block continues the list introduced by `intro` (the items right after it). */
function continuesIntro(block: Block, intro: Block): boolean {
  if (block.kind === 'list-item') return true;
  if (block.kind !== 'paragraph' || !block.number) return false;
  if (intro.number) return block.number.startsWith(`${intro.number}.`);
  return true;
}

function inRightsSection(doc: PolicyDocument, block: Block): boolean {
  let s = block.section >= 0 ? doc.sections[block.section] : undefined;
  while (s) {
    const h = doc.blocks[s.heading];
    if (has(RIGHTS_HEADING_RE, doc.lower, h.contentStart, h.end) && !has(HEADING_RE, doc.lower, h.contentStart, h.end)) return true;
    s = s.parent >= 0 ? doc.sections[s.parent] : undefined;
  }
  return false;
}

/** Consent to processing, a contract's performance or an art. 6 reference in a sentence about processing. */
function looseEvidence(doc: PolicyDocument): boolean {
  for (const g of groundMentions(doc)) {
    const s = doc.sentenceAt(g.start);
    if (!s || notAStatement(doc, s) || isDrafting(doc, s) || statesNothing(doc, g)) continue;
    if (g.kind === 'reference') return true;
    if (g.kind === 'law') continue;
    if (!has(PROCESSING_RE, doc.lower, s.start, s.end)) continue;
    if (g.clause === '5' && !has(STRONG_CONTRACT_RE, doc.lower, s.start, s.end)) continue;
    return true;
  }
  return false;
}

/** The grounds the policy states for its processing (memoised). */
export function bases(doc: PolicyDocument): Bases {
  return doc.memo(computeBases);
}

