import type { PolicyDocument } from '../../src/core/document.js';
import { findAll, phrasePattern, type Match } from '../../src/core/match.js';
import { FOREIGN_RECIPIENTS, PLATFORM_INNS, RUSSIAN_RECIPIENTS, type Recipient } from '../lexicons/recipients.js';
import * as LX from '../lexicons/operator.js';
import type { EntityKind } from '../lexicons/operator.js';
import { sectionTopics } from './topics.js';
import { countBefore } from '../../src/core/search.js';

/**
 * Who the operator is (docs/law.md: Operator identity, Identifiers): the identifiers a policy states
 * (INN, OGRN, OGRNIP, with labels, digits and check digits), the legal persons it names, whose
 * each of them is — the operator's or a third party's (payment provider, bank, hosting, OAuth
 * provider, platform, authority) — and the operator's address.
 *
 * Exported finders are memoised per document (`doc.memo`): `identifiers(doc)`, `entities(doc)`,
 * `operatorIdentity(doc)`.
 */

export type { EntityKind };
export type IdKind = 'inn' | 'ogrn' | 'ogrnip';
export type Owner = 'operator' | 'third-party';

// ---------------------------------------------------------------------------------------------
// Check digits (docs/law.md: Identifiers)

const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const ctrl = (w: number[], d: number[]) => (w.reduce((s, x, i) => s + x * d[i], 0) % 11) % 10;

/** INN: 10 digits (legal entity) or 12 (individual, ИП), with valid check digits. */
export function isValidInn(s: string): boolean {
  if (!/^(?:\d{10}|\d{12})$/.test(s)) return false;
  const d = [...s].map(Number);
  return s.length === 10 ? ctrl(W10, d) === d[9] : ctrl(W11, d) === d[10] && ctrl(W12, d) === d[11];
}

/** OGRN of a legal entity: 13 digits, first 1 or 5, check digit = number(d1..d12) mod 11 mod 10. */
export function isValidOgrn(s: string): boolean {
  return /^[15]\d{12}$/.test(s) && Number((BigInt(s.slice(0, 12)) % 11n) % 10n) === Number(s[12]);
}

/** OGRNIP of an individual entrepreneur: 15 digits, first 3, check digit = number(d1..d14) mod 13 mod 10. */
export function isValidOgrnip(s: string): boolean {
  return /^3\d{14}$/.test(s) && Number((BigInt(s.slice(0, 14)) % 13n) % 10n) === Number(s[14]);
}

/**
 * The region an identifier was issued in: INN digits 1–2 (since 1 Jan 2026 digits 3–4 of a new
 * INN are an FNS index, no longer a tax office, so only 1–2 are compared), OGRN / OGRNIP digits 4–5.
 */
export function regionOf(kind: IdKind, value: string): string {
  return kind === 'inn' ? value.slice(0, 2) : value.slice(3, 5);
}

/** Whether an INN and an OGRN / OGRNIP were issued in the same region (the INN by its digits 1–2 only; docs/rules/operator-identity.md). */
export function sameRegion(inn: string, ogrn: string): boolean {
  return regionOf('inn', inn) === regionOf(ogrn.length === 15 ? 'ogrnip' : 'ogrn', ogrn);
}

/** Whether digits are a valid identifier of that kind (length, leading digit, check digits). */
export function isValidIdentifier(kind: IdKind, value: string): boolean {
  return kind === 'inn' ? isValidInn(value) : kind === 'ogrn' ? isValidOgrn(value) : isValidOgrnip(value);
}

// ---------------------------------------------------------------------------------------------
// Types

export interface Identifier {
  /** What the number is taken as: by its label and length ("ОГРН" with 15 digits is an OGRNIP). */
  kind: IdKind;
  /** The kind its label names. */
  labelKind: IdKind;
  /** The label as written ("ИНН", "TIN", "ОГРН ИП"). */
  label: string;
  labelRange: [number, number];
  /** Digits only (spaces and NBSP removed). */
  value: string;
  /** The digits in doc.text, from the first to the last. */
  range: [number, number];
  /** Length right for its kind (INN 10/12, OGRN 13, OGRNIP 15). */
  lengthOk: boolean;
  /** Length, leading digit and check digits right. */
  valid: boolean;
  /** Identifiers stated together ("ИНН …, ОГРН …") share a group number. */
  group: number;
  owner: Owner;
  /** The owner was decided on explicit evidence (a role, a name, a requisites section), not by default. */
  strong: boolean;
  /** The third party's name, when known (recipient lexicon or legal name as written). */
  party?: string;
  /** Index in entities(doc) of the legal person the identifier is stated for, if named. */
  holder?: number;
}

export interface Entity {
  index: number;
  /** Same as range[0]. */
  start: number;
  /** [start, end) of the whole mention in doc.text: legal form and name. */
  range: [number, number];
  /** The legal form as written ("ООО", "Individual Entrepreneur"). */
  form: string;
  kind: EntityKind;
  /** The name as written, without quotes. */
  name: string;
  /** Comparable keys of the name's words (transliterated, first letters). */
  keys: string[];
  owner: Owner | 'unknown';
  /** Owner decided on explicit evidence. */
  strong: boolean;
  /** Known recipient (docs/law.md: Cross-border transfer) it names, if any. */
  recipient?: string;
}

export interface OperatorIdentity {
  /** Some operator can be identified: a name with a legal form, an INN or an OGRN/OGRNIP of its own. */
  identified: boolean;
  /** The first mention of the operator's name with its legal form. */
  name?: Entity;
  /** Every mention of the operator as a legal person. */
  mentions: Entity[];
  kind?: EntityKind;
  /** The operator says it is self-employed (НПД): it has an INN but no OGRNIP. */
  selfEmployed: boolean;
  /** Where the policy says so ("самозанятый", "НПД", "self-employed"), if in words. */
  selfEmployedAt?: [number, number];
  /** The operator's own identifiers (third parties' excluded). */
  identifiers: Identifier[];
  /** The operator's address (street and building, or postcode with a place), if any. */
  address?: [number, number];
  /** Heading of the section where the operator's details belong, if there is one. */
  section?: [number, number];
}

// ---------------------------------------------------------------------------------------------
// Regular expressions, compiled once.
//
// None of them uses the `u` flag or \p{…} classes: V8 compiles a large alternation of Unicode
// property classes very slowly on first use (the recipient lexicon through compile() took 2.6 s
// to its first match here). Explicit Latin and Cyrillic ranges are enough for these texts.

/** Letters (Latin, Latin-1, Cyrillic) and digits, for use inside [...]. */
const LETTERS = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff\\u0400-\\u04ff';
const LET = `0-9${LETTERS}`;
const UP = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0400-\\u042f';
const LOW = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff\\u0430-\\u045f';
const B = `(?<![${LET}])`;
const E = `(?![${LET}])`;
const alt = (xs: readonly string[]) => `(?:${xs.join('|')})`;

/** compile() of src/core/match.ts (same phrase syntax, same stems), without the `u` flag. */
function compileLite(phrases: readonly string[]): RegExp {
  return new RegExp(`${B}(?:${phrases.map(phrasePattern).join('|').split('[\\p{L}\\p{N}]').join(`[${LET}]`)})`, 'g');
}

const LABEL_ANY = alt([...LX.LABELS.ogrnip, ...LX.LABELS.ogrn, ...LX.LABELS.inn, ...LX.LABELS.kpp]);
const LABEL_KINDS = `(?:(?<ogrnip>${alt(LX.LABELS.ogrnip)})|(?<ogrn>${alt(LX.LABELS.ogrn)})|(?<inn>${alt(LX.LABELS.inn)})|(?<kpp>${alt(LX.LABELS.kpp)}))`;
/** One label, telling its kind. Longer and more specific alternatives first. */
// A label may be glued to its number in sloppy text ("ИНН7701526010"), never to a letter.
const LABEL_END = `(?![${LETTERS}])`;
const LABEL_TOKEN = new RegExp(`${B}${LABEL_KINDS}${LABEL_END}`, 'g');
const LABEL_ITEM = `${LABEL_ANY}${LABEL_END}(?:\\s*\\([^()\\d\\n]{1,60}\\))?`;
const CHAIN_SEP = '(?:\\s*[/\\\\,]\\s*|\\s+(?:и|and|&)\\s+)';
const QUALIFIER = `(?:\\s+(?<q>${alt([...LX.OPERATOR_QUALIFIERS, ...LX.THIRD_PARTY_QUALIFIERS].sort((a, b) => b.length - a.length))})${E})?`;
const VALUE_SEP = '[\\s:№#=|.\\-–—]{0,12}(?:(?:no|n|№)\\.?\\s{0,3})?';
const RUN = '\\d[\\d ]{0,40}';
/**
 * A chain of labels and the numbers after it: "ИНН 7736207543", "ИНН/КПП 7736207543/770401001",
 * "ИНН / ОГРН ⇥ 7804711014 / 1247800090636", "TIN (Taxpayer Identification Number): 3257 5000 0308".
 */
const CHAIN = new RegExp(
  `${B}(?<labels>${LABEL_ITEM}(?:${CHAIN_SEP}${LABEL_ITEM}){0,3})${QUALIFIER}${VALUE_SEP}(?<nums>${RUN}(?:\\s*[/,;]\\s*${RUN}){0,3})`,
  'g',
);
/** A table header cell that is a label ("ИНН", "OGRN:", "**ОГРН ИП**"). */
const HEADER_LABEL = new RegExp(`^[\\s*_:]*${LABEL_KINDS}(?:\\s*\\([^()]{1,60}\\))?[\\s*_:.]*$`);
const OPERATOR_QUALIFIER = new RegExp(`^${alt(LX.OPERATOR_QUALIFIERS)}$`);

const ALLOWED: Record<IdKind | 'kpp', number[]> = { inn: [10, 12], ogrn: [13, 15], ogrnip: [15, 13], kpp: [9] };
const ANY_LENGTH = new Set([9, 10, 12, 13, 15]);

// Legal forms and names (on doc.text, case-sensitive). Names never run across a line break.
const SP = '[^\\S\\n]+';
const NOT_NAME =
  `(?:ИНН|ОГРН|ОГРНИП|КПП|INN|TIN|OGRN|OGRNIP|PSRN|PSRNIE|KPP|E-mail|Email|Тел|Tel|Phone|Адрес|Address|ООО|ОАО|ЗАО|ПАО|АО|ИП|LLC|JSC|Ltd)(?![${LETTERS}])`;
// Bounded word lengths keep the scans linear on pathological input (100 000 digits or capitals).
const PERSON_WORD = `(?!${NOT_NAME})[${UP}][${LETTERS}'’\\-]{1,40}`;
const NAME_WORD = `(?!${NOT_NAME})[${UP}\\d][${LET}&'’\\-]{0,40}`;
const INITIALS = `[${UP}]\\.[^\\S\\n]?(?:[${UP}]\\.)?`;
/** "Иванов Иван Иванович", "Иванов И.И.", "И.И. Иванов", "Anton Sergeevich Lantsov". */
const PERSON_NAME = `(?:${PERSON_WORD}${SP}${INITIALS}|${INITIALS}[^\\S\\n]?${PERSON_WORD}|${PERSON_WORD}(?:${SP}${PERSON_WORD}){1,2})`;
const QUOTED = `[«"“„'‘]([^»"”“'’\\n]{2,80})[»"”“'’]+`;
/** After a form: optional "НКО", then a quoted name, a person's name, or capitalised words. */
const NAME_AFTER = new RegExp(
  `^[^\\S\\n]{0,3},?[^\\S\\n]{0,3}(?:(?:НКО|NCO|МФК)${SP})?(?:${QUOTED}|(${PERSON_NAME})|(${NAME_WORD}(?:${SP}${NAME_WORD}){0,3}))`,
);
/** Words that are not part of a name before "LLC" ("Privacy Policy of Romashka LLC", "The Company LLC"). */
const POSTFIX_STOP = /^(?:the|this|our|a|an|by|and|or|of|for|with|privacy|policy|personal|data|processing|notice|terms|statement|operator|company|политика|конфиденциальности)$/i;
const ABBREVIATIONS = Object.keys(LX.FORM_ABBREVIATIONS).sort((a, b) => b.length - a.length);
const ABBR_RE = new RegExp(`${B}(${ABBREVIATIONS.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![${LET}-])`, 'g');
const FORM_PHRASE_RE = new RegExp(`${B}(?:${LX.FORM_PHRASES.map(([re], i) => `(?<f${i}>${re})`).join('|')})${E}`, 'g');
const POSTFIX_RE = new RegExp(
  `${B}(${NAME_WORD}(?:${SP}${NAME_WORD}){0,3}),?${SP}(${LX.POSTFIX_ABBREVIATIONS.map((a) => a.replace(/[.]/g, '\\.')).join('|')})${E}`,
  'g',
);
const PERSON_SURNAME = new RegExp(`^[${UP}][${LOW}]+$`);
const BANK_NAME = new RegExp(`(?:банк|bank)(?![${LETTERS}])`, 'i');
/**
 * The operator's slot left blank: the defined term «(далее — Оператор)» right after a legal form
 * with no name («ООО ИНН (далее — Оператор)»), a dummy («ИП Фамилия Имя Отчество в Им. падеже»)
 * or a bracketed fill-in. Such a policy names no operator, whatever else it mentions.
 */
const BLANK_SLOT = new RegExp(
  `(?:(?:^|[\\s(])(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|АНО)(?:\\s+(?:ИНН|ОГРНИП|ОГРН|КПП))*|Фамилия\\s+Имя\\s+Отчество(?:\\s+в\\s*им\\S*\\s*\\S*)?|в\\s*им\\.?\\s*падеже|\\[[^\\]\\n]{1,60}\\]|«(?:Название|Наименование)[^»]{0,30}»|_{3,})\\s*[,]?\\s*$`,
  'i',
);
const OPERATOR_DEFINITION = new RegExp(`\\(\\s*(?:${LX.DEFINITION_MARKERS})[^()\\n]{0,20}?[«"“']?(?:оператор|operator)`, 'gi');
const INITIAL_END = new RegExp(`(?:^|[\\s.])[${UP}]\\.$`);
const TWO_LETTERS = new RegExp(`[${LETTERS}]{2}`);

// Roles.
const OPERATOR_ROLE = compileLite(LX.OPERATOR_ROLES);
const THIRD_ROLE = compileLite(LX.THIRD_PARTY_ROLES);
/**
 * Names (brands, domains, legal names) of the known recipients of docs/law.md: Cross-border transfer, indexed by the first
 * letters of their first word. A document is scanned word by word and only the names that can
 * start at a word are tried there, each compiled on first use: one big alternation of ~400
 * names costs seconds to compile and tens of milliseconds per document to run.
 */
const recipientNames = (r: Recipient) => [...r.names, ...((r as { legalNames?: string[] }).legalNames ?? [])].filter((n) => n.trim() !== '');
interface NamePattern {
  recipient: string;
  /** The recipient is a channel people write through (messenger, social network, mail), not a processor by itself. */
  channel: boolean;
  phrase: string;
  re?: RegExp;
}
const CHANNEL_KINDS = new Set(['messenger', 'social', 'email', 'video']);
const RECIPIENT_INDEX = new Map<string, NamePattern[]>();
for (const r of [...RUSSIAN_RECIPIENTS, ...FOREIGN_RECIPIENTS]) {
  for (const phrase of recipientNames(r)) {
    const first = phrase.toLowerCase().replace(/ё/g, 'е').trim().split(/\s+/)[0].replace(/^=/, '').replace(/\*$/, '');
    const key = first.slice(0, 3);
    if (!key) continue;
    const list = RECIPIENT_INDEX.get(key) ?? [];
    list.push({ recipient: r.name, channel: CHANNEL_KINDS.has((r as { kind?: string }).kind ?? ''), phrase });
    RECIPIENT_INDEX.set(key, list);
  }
}
const WORD_START = new RegExp(`(?<![${LET}])[${LET}]{1,3}`, 'g');

/** Known recipients named in text[from, to) (text lower-cased), longest match at each word. */
function findRecipients(text: string, from = 0, to = text.length): (Match & { recipient: string; channel: boolean })[] {
  const out: (Match & { recipient: string; channel: boolean })[] = [];
  WORD_START.lastIndex = from;
  let after = from;
  for (let w = WORD_START.exec(text); w && w.index < to; w = WORD_START.exec(text)) {
    if (w.index < after) continue;
    const head = w[0];
    let best: (Match & { recipient: string; channel: boolean }) | undefined;
    for (let k = Math.min(3, head.length); k >= 1; k--) {
      for (const p of RECIPIENT_INDEX.get(head.slice(0, k)) ?? []) {
        if (k < 3 && p.phrase.replace(/^=/, '').replace(/\*$/, '').split(/\s+/)[0].length >= 3) continue;
        p.re ??= new RegExp(phrasePattern(p.phrase).split('[\\p{L}\\p{N}]').join(`[${LET}]`), 'y');
        p.re.lastIndex = w.index;
        const m = p.re.exec(text);
        if (m && w.index + m[0].length <= to && (!best || m[0].length > best.end - best.start)) {
          best = { start: w.index, end: w.index + m[0].length, text: m[0], recipient: p.recipient, channel: p.channel };
        }
      }
    }
    if (best) {
      out.push(best);
      after = best.end;
    }
  }
  return out;
}

/** The recipient (docs/law.md: Cross-border transfer) a lower-cased text names, if any. */
function recipientIn(text: string): string | undefined {
  return findRecipients(text)[0]?.recipient;
}

const TRANSFER = compileLite(LX.TRANSFER_CUES);
/** Between two names of one list: "X and Y", "X, Y", "X (…) и Y". */
const LIST_JOIN = /^[\s,;]*(?:и|and|или|or|а также|as well as|,)?[\s,]*$/;
const DEFINITION = new RegExp(
  `(?:\\(\\s*(?:the\\s+)?|${LX.DEFINITION_MARKERS}(?:\\s+referred\\s+to\\s+as)?[\\s\\-–—:,]*(?:по тексту\\s*|the\\s+)?)[«"“']?${LX.OPERATOR_TERMS}(?![${LETTERS}])`,
);
const SELF_EMPLOYED = compileLite(LX.SELF_EMPLOYED);
const SELF_COPULA = /(?:является|применяет|зарегистрирован|состоит на уч[её]те|плательщик|уплачивает|ведет деятельность|is|applies|registered|pays|operates as|acts as)/;

// Addresses (on doc.lower).
const STREET = new RegExp(
  `${B}(?:${LX.STREET_MARKERS_SHORT}\\.|${LX.STREET_MARKERS_LONG}${E}|(?:ул|наб|просп|пр-т|пер|пл|б-р|ш|мкр)(?=\\s)|д(?=\\s?\\d))[^\\n\\d]{0,40}?\\d|\\d{1,4}[a-zа-я]?,?\\s+(?:[${LETTERS}.'\\-]+\\s+){1,3}(?:${LX.STREET_MARKERS_LONG}${E}|(?:st|str|ave|rd|per|ul|pr)\\.)`,
  'g',
);
const POSTCODE = /(?<![\d\-./])\d{6}(?![\d\-./])/g;
const GEO = new RegExp(`${B}${LX.GEO_WORDS}`);
const COMMA_AFTER = new RegExp(`^\\s*,\\s*[${LETTERS}]`);
const COMMA_BEFORE = new RegExp(`[${LETTERS}]\\.?\\s*,\\s*$`);

// Headings.
const OPERATOR_HEADING = compileLite(LX.OPERATOR_HEADINGS.filter((h) => !/контакт|contact/.test(h)));
const CONTACT_HEADING = compileLite(LX.OPERATOR_HEADINGS.filter((h) => /контакт|contact/.test(h)));
const NOT_OPERATOR_HEADING = compileLite([...LX.NOT_OPERATOR_HEADINGS, 'обработк*', 'processing', 'политик*', 'policy']);

// ---------------------------------------------------------------------------------------------
// Transliteration, for comparing "Антонов Александр" with "Antonov Aleksandr".

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const NON_WORD = new RegExp(`[^${LET}]+`);
const NON_LETTER = new RegExp(`[^${LETTERS}]+`);
const GENERIC_NAME_WORDS = new Set(['group', 'груп', 'серв', 'serv', 'comp', 'комп', 'онла', 'onli', 'tech', 'техн', 'digi', 'дидж']);

function nameKeys(name: string): string[] {
  const words = name
    .toLowerCase()
    .split(NON_WORD)
    .map((w) => [...w].map((c) => TRANSLIT[c] ?? c).join('').replace(/[^a-z0-9]/g, ''))
    .filter((w) => w.length >= 3);
  return [...new Set(words.map((w) => w.slice(0, 4)))].filter((k) => !GENERIC_NAME_WORDS.has(k));
}

function sameName(a: Entity, b: Entity): boolean {
  return a.keys.some((k) => b.keys.includes(k));
}

// ---------------------------------------------------------------------------------------------
// Context: roles, windows, sections

interface Role {
  start: number;
  end: number;
  type: Owner;
  party?: string;
  /** A known recipient's name rather than a role word. */
  brand?: boolean;
}

interface Context {
  doc: PolicyDocument;
  roles: Role[];
  ents: Entity[];
  /** Start of the first numbered heading: text before it is the document's header. */
  preambleEnd: number;
  operatorSections: Set<number>;
  thirdSections: Set<number>;
}

/** Whether an offset is inside a whitespace-delimited token that is an e-mail or a URL. */
function inUrlOrEmail(text: string, start: number, end: number): boolean {
  let s = start;
  while (s > 0 && start - s < 100 && !/\s/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && e - end < 100 && !/\s/.test(text[e])) e++;
  return /@|:\/\/|www\.|\.(?:ru|com|рф|net|org|io|ai)\b/.test(text.slice(s, e)) && !/^[«"“(]/.test(text.slice(s, start));
}

function findRoles(doc: PolicyDocument): Role[] {
  const third: Role[] = findAll(THIRD_ROLE, doc.lower).map((m) => ({ start: m.start, end: m.end, type: 'third-party' as const }));
  for (const m of findRecipients(doc.lower)) {
    // Contact details are no third party: "E-mail: x@yandex.ru", "Telegram: @romashka", a messenger.
    if (m.channel || inUrlOrEmail(doc.lower, m.start, m.end) || /^\s*:/.test(doc.lower.slice(m.end, m.end + 3))) continue;
    third.push({ start: m.start, end: m.end, type: 'third-party', party: m.recipient, brand: true });
  }
  const overlaps = (a: Match | Role, b: Role) => a.start < b.end && b.start < a.end;
  const ops: Role[] = findAll(OPERATOR_ROLE, doc.lower)
    .filter((m) => !third.some((t) => overlaps(m, t)))
    .map((m) => ({ start: m.start, end: m.end, type: 'operator' as const }));
  return [...third, ...ops].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the last element with start < offset (arrays sorted by start), or -1. */
function lastBefore<T extends { start: number }>(xs: T[], offset: number): number {
  return countBefore(xs, offset, (x) => x.start) - 1;
}

function sentenceIndex(doc: PolicyDocument, offset: number): number {
  return Math.max(0, lastBefore(doc.sentences, offset + 1));
}

/**
 * The stretch of text before `offset` that says whose a thing is: its sentence, extended back
 * over earlier sentences (within the section, never across a heading, at most ~600 characters)
 * while it names nobody. Table rows and "Label: value" lines often name the holder a few lines up.
 */
function windowStart(ctx: Context, offset: number, isTarget: (from: number, to: number) => boolean): number {
  const { doc } = ctx;
  let si = sentenceIndex(doc, offset);
  let start = Math.min(doc.sentences[si]?.start ?? 0, offset);
  const block = doc.blockAt(offset);
  const section = block?.section ?? -1;
  let steps = 0;
  while (!isTarget(start, offset) && si > 0 && steps < 6) {
    const prev = doc.sentences[si - 1];
    const pb = doc.blocks[prev.block];
    if (pb.kind === 'heading' || pb.section !== section || offset - prev.start > 600) break;
    si--;
    steps++;
    start = prev.start;
  }
  return start;
}

function rolesIn(ctx: Context, from: number, to: number): Role[] {
  const out: Role[] = [];
  for (let i = lastBefore(ctx.roles, to); i >= 0 && ctx.roles[i].start >= from; i--) if (ctx.roles[i].end <= to) out.push(ctx.roles[i]);
  return out.reverse();
}

function entityIn(ctx: Context, from: number, to: number): Entity | undefined {
  for (let i = lastBefore(ctx.ents, to); i >= 0 && ctx.ents[i].range[0] >= from; i--) if (ctx.ents[i].range[1] <= to) return ctx.ents[i];
  return undefined;
}

function hasEntityOrRole(ctx: Context, from: number, to: number): boolean {
  return entityIn(ctx, from, to) !== undefined || rolesIn(ctx, from, to).length > 0;
}

function sectionOf(ctx: Context, offset: number): number {
  return ctx.doc.blockAt(offset)?.section ?? -1;
}

function inOperatorSection(ctx: Context, offset: number): boolean {
  if (offset < ctx.preambleEnd) return true;
  let s = sectionOf(ctx, offset);
  while (s >= 0) {
    if (ctx.operatorSections.has(s)) return true;
    s = ctx.doc.sections[s].parent;
  }
  return false;
}

function inThirdPartySection(ctx: Context, offset: number): boolean {
  let s = sectionOf(ctx, offset);
  while (s >= 0) {
    if (ctx.operatorSections.has(s)) return false;
    if (ctx.thirdSections.has(s)) return true;
    s = ctx.doc.sections[s].parent;
  }
  return false;
}

/** Only role-introducing words between a role and a name: "Оператором является ООО …". */
function appositive(gap: string): boolean {
  if (gap.length > 80 || /[.;!?]\s/.test(gap)) return false;
  const words = gap.toLowerCase().split(NON_LETTER).filter(Boolean);
  return words.length <= 6 && words.every((w) => LX.APPOSITIVE_WORDS.has(w) || /^(?:contact|details|контакт|реквизит|сведени|информац|data|данные)/.test(w));
}

// ---------------------------------------------------------------------------------------------
// Entities

function findEntities(doc: PolicyDocument): Entity[] {
  const text = doc.text;
  const raw: Omit<Entity, 'index' | 'start' | 'keys' | 'owner' | 'strong'>[] = [];
  const addAfter = (formStart: number, formEnd: number, kind: EntityKind, quotedOnly = false) => {
    const m = NAME_AFTER.exec(text.slice(formEnd, formEnd + 120));
    if (!m) return;
    const [whole, quoted, person, words] = m;
    // «Фонд «Помощь»» names a foundation; «Пенсионный фонд Российской Федерации» is a common noun.
    if (quotedOnly && quoted === undefined) return;
    // A person (ИП, self-employed, individual) needs a person's name; a private individual a full
    // one ("физическое лицо Иванов Иван Иванович"), so that "физических лиц Российской Федерации" is none.
    // "ИП Иванов" (a surname alone) is still a named entrepreneur.
    const single = words !== undefined && !/\s/.test(words) && PERSON_SURNAME.test(words) ? words : undefined;
    let name = quoted ?? (kind === 'company' ? person ?? words : kind === 'ip' ? person ?? single : person);
    if (name === undefined) return;
    if (quoted === undefined && (kind === 'individual' || kind === 'self-employed') && !/\./.test(name) && name.split(/\s+/).length < 3) return;
    let end = formEnd + whole.length;
    if (quoted === undefined) {
      // A full stop after a name ends the sentence unless it closes an initial ("Иванов И.И.").
      while (/[\s,;:]$/.test(name) || (/\.$/.test(name) && !INITIAL_END.test(name))) {
        name = name.slice(0, -1);
        end--;
      }
    }
    name = name.trim();
    if (!TWO_LETTERS.test(name) || /[_\[\]{}<>…]|\.{3}/.test(name)) return;
    // A template dummy («Фамилия Имя Отчество», «Название») names nobody.
    if (LX.DUMMY_NAMES.test(name)) return;
    raw.push({ range: [formStart, end], form: text.slice(formStart, formEnd), kind, name });
  };
  for (const m of findAll(ABBR_RE, text)) {
    const kind = LX.FORM_ABBREVIATIONS[m.text];
    if (kind) addAfter(m.start, m.end, kind);
  }
  FORM_PHRASE_RE.lastIndex = 0;
  for (let m = FORM_PHRASE_RE.exec(doc.lower); m; m = FORM_PHRASE_RE.exec(doc.lower)) {
    const i = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    if (!i) continue;
    const form = m[0];
    addAfter(m.index, m.index + form.length, LX.FORM_PHRASES[Number(i.slice(1))][1], LX.QUOTED_NAME_ONLY.test(form));
  }
  POSTFIX_RE.lastIndex = 0;
  for (let m = POSTFIX_RE.exec(text); m; m = POSTFIX_RE.exec(text)) {
    // "PRIVACY POLICY OF ROMASHKA LLC" names "ROMASHKA LLC": drop title words before the name.
    let start = m.index;
    let name = m[1];
    for (let w = /^(\S+)\s+/.exec(name); w && POSTFIX_STOP.test(w[1]); w = /^(\S+)\s+/.exec(name)) {
      start += w[0].length;
      name = name.slice(w[0].length);
    }
    if (POSTFIX_STOP.test(name)) continue;
    raw.push({ range: [start, m.index + m[0].length], form: m[2], kind: 'company', name });
  }
  raw.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const out: Entity[] = [];
  for (const r of raw) {
    const last = out[out.length - 1];
    if (last && r.range[0] < last.range[1]) continue;
    // A bank named in the requisites («Банковские реквизиты: ООО «…-Банк»») holds the account, it is not the operator.
    const recipient = recipientIn(doc.lower.slice(r.range[0], r.range[1])) ?? (BANK_NAME.test(r.name) ? r.name : undefined);
    out.push({ ...r, index: out.length, start: r.range[0], keys: nameKeys(r.name), owner: 'unknown', strong: false, recipient });
  }
  return out;
}

/** Decides whose each named legal person is: the operator, a third party, or not yet known. */
function classifyEntities(ctx: Context): void {
  const { doc, ents } = ctx;
  for (const e of ents) {
    if (e.recipient) {
      e.owner = 'third-party';
      e.strong = true;
      continue;
    }
    const sentence = doc.sentences[sentenceIndex(doc, e.range[0])];
    // "(далее — Оператор)", "(the “Operator”)" after the name, before anyone else is named.
    const next = ents[e.index + 1];
    const defEnd = Math.min(sentence ? Math.max(sentence.end, e.range[1]) : e.range[1] + 300, e.range[1] + 300, next ? next.range[0] : Infinity);
    if (DEFINITION.test(doc.lower.slice(e.range[1], defEnd))) {
      e.owner = 'operator';
      e.strong = true;
      continue;
    }
    // The role word nearest before the name.
    const from = windowStart(ctx, e.range[0], (a, b) => rolesIn(ctx, a, b).length > 0);
    const prevEnt = ents[e.index - 1];
    const roles = rolesIn(ctx, Math.max(from, prevEnt ? prevEnt.range[1] : 0), e.range[0]);
    const role = roles[roles.length - 1];
    if (role) {
      const gap = doc.text.slice(role.end, e.range[0]);
      if (role.type === 'third-party') {
        e.owner = 'third-party';
        e.strong = true;
        continue;
      }
      if (appositive(gap)) {
        e.owner = 'operator';
        e.strong = true;
        continue;
      }
      TRANSFER.lastIndex = 0;
      if (TRANSFER.test(doc.lower.slice(role.end, e.range[0]))) {
        e.owner = 'third-party';
        continue;
      }
    } else if (prevEnt && prevEnt.owner !== 'unknown' && LIST_JOIN.test(doc.text.slice(prevEnt.range[1], e.range[0]).replace(/\([^()]*\)/g, ''))) {
      // "OAuth providers — Yandex LLC and VKontakte LLC", "Операторы: ООО «А» (…) и ООО «Б» (…)".
      e.owner = prevEnt.owner;
      e.strong = prevEnt.strong;
      continue;
    }
    // A third party named after a role further back in the sentence ("OAuth providers — X and Y").
    if (inThirdPartySection(ctx, e.range[0]) && !roles.some((r) => r.type === 'operator')) e.owner = 'third-party';
  }
}

// ---------------------------------------------------------------------------------------------
// Identifiers

interface RawId {
  labelKind: IdKind | 'kpp';
  label: string;
  labelRange: [number, number];
  value: string;
  range: [number, number];
  qualifier?: string;
  /** Set for numbers in a table column headed by a label: the row's start. */
  rowStart?: number;
}

interface NumberToken {
  value: string;
  range: [number, number];
}

/**
 * Splits a run of digits and spaces ("7 736 207 543", "7804711014 1247800090636") into numbers:
 * groups are joined while the join is not yet a plausible identifier.
 */
function splitRun(run: string, offset: number): NumberToken[] {
  const groups: { s: number; e: number }[] = [];
  const re = /\d+/g;
  for (let m = re.exec(run); m; m = re.exec(run)) groups.push({ s: offset + m.index, e: offset + m.index + m[0].length });
  const out: NumberToken[] = [];
  let i = 0;
  while (i < groups.length) {
    let best = -1;
    let bestValid = false;
    let len = 0;
    for (let j = i; j < groups.length && len <= 15; j++) {
      len += groups[j].e - groups[j].s;
      if (!ANY_LENGTH.has(len)) continue;
      const digits = run.slice(groups[i].s - offset, groups[j].e - offset).replace(/\D/g, '');
      const valid = isValidInn(digits) || isValidOgrn(digits) || isValidOgrnip(digits);
      if (best < 0 || (valid && !bestValid) || (valid === bestValid && j > best)) {
        best = j;
        bestValid = valid;
      }
    }
    if (best < 0) {
      // No plausible split: a long first group stands alone, short groups are one spaced number.
      best = groups[i].e - groups[i].s >= 9 ? i : groups.length - 1;
      let total = 0;
      for (let j = i; j <= best; j++) total += groups[j].e - groups[j].s;
      if (total > 20) best = i;
    }
    const s = groups[i].s;
    const e = groups[best].e;
    out.push({ value: run.slice(s - offset, e - offset).replace(/\D/g, ''), range: [s, e] });
    i = best + 1;
  }
  return out;
}

function labelKindOf(groups: Record<string, string | undefined>): IdKind | 'kpp' {
  return groups.ogrnip ? 'ogrnip' : groups.ogrn ? 'ogrn' : groups.inn ? 'inn' : 'kpp';
}

function findRawIdentifiers(doc: PolicyDocument): RawId[] {
  const out: RawId[] = [];
  const lower = doc.lower;
  CHAIN.lastIndex = 0;
  for (let m = CHAIN.exec(lower); m; m = CHAIN.exec(lower)) {
    const g = m.groups!;
    const labelsStart = m.index;
    const labels: { kind: IdKind | 'kpp'; range: [number, number] }[] = [];
    LABEL_TOKEN.lastIndex = 0;
    for (let t = LABEL_TOKEN.exec(g.labels); t; t = LABEL_TOKEN.exec(g.labels)) {
      labels.push({ kind: labelKindOf(t.groups ?? {}), range: [labelsStart + t.index, labelsStart + t.index + t[0].length] });
    }
    const numsStart = m.index + m[0].length - g.nums.length;
    const numbers: NumberToken[] = [];
    const runRe = /\d[\d ]*/g;
    for (let r = runRe.exec(g.nums); r; r = runRe.exec(g.nums)) numbers.push(...splitRun(r[0].trimEnd(), numsStart + r.index));
    // Each number goes to the first label still free whose lengths fit it, else to the first free one.
    const used = new Set<number>();
    let consumed = m.index + g.labels.length;
    for (const n of numbers) {
      if (used.size === labels.length) break;
      // Fewer than 8 digits is no attempt at an identifier ("Holiday Inn 2024", "ИНН 1" in a list).
      if (n.value.length < 8) break;
      let li = labels.findIndex((l, i) => !used.has(i) && ALLOWED[l.kind].includes(n.value.length));
      if (li < 0) li = labels.findIndex((_, i) => !used.has(i));
      used.add(li);
      const l = labels[li];
      out.push({ labelKind: l.kind, label: doc.text.slice(l.range[0], l.range[1]), labelRange: l.range, value: n.value, range: n.range, qualifier: g.q });
      consumed = n.range[1];
    }
    // Continue right after the numbers consumed (a label may follow the last number directly).
    CHAIN.lastIndex = Math.max(m.index + 1, consumed);
  }
  // Tables whose header cells are labels: "| Наименование | ИНН | ОГРН |".
  const columns = new Map<number, Map<number, { kind: IdKind | 'kpp'; range: [number, number] }>>();
  for (const b of doc.blocks) {
    if (b.kind !== 'table-row' || !b.cells || b.table === undefined) continue;
    let cols = columns.get(b.table);
    if (!cols) {
      cols = new Map();
      b.cells.forEach(([s, e], i) => {
        const t = HEADER_LABEL.exec(lower.slice(s, e));
        if (t) cols!.set(i, { kind: labelKindOf(t.groups ?? {}), range: [s, e] });
      });
      columns.set(b.table, cols);
      continue;
    }
    for (const [i, col] of cols) {
      const cell = b.cells[i];
      if (!cell) continue;
      const content = doc.text.slice(cell[0], cell[1]);
      const r = /^\s*(\d[\d  ]*\d)\s*$/.exec(content);
      if (!r) continue;
      const start = cell[0] + content.indexOf(r[1]);
      for (const n of splitRun(r[1].replace(/ /g, ' '), start).slice(0, 1)) {
        out.push({ labelKind: col.kind, label: doc.text.slice(col.range[0], col.range[1]).trim(), labelRange: col.range, value: n.value, range: n.range, rowStart: b.start });
      }
    }
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

/** Numbers of identifier length standing alone (not inside a longer run, a phone or a date). */
const BARE_NUMBER = /(?<![\d+\-./()])(\d{15}|\d{13}|\d{12}|\d{10})(?![\d\-./])/g;
/** Labels of other numbers: a bare number right after them is theirs (ОКПО, БИК, phone, account). */
const OTHER_NUMBER_CUE = /(?:окпо|октмо|окато|оквэд|бик|кпп|р\/с|к\/с|сч[её]т|тел\S*|phone|fax|факс|моб\S*|whatsapp|\+7|№|no\.)[\s:.#-]*$/i;

/**
 * INN / OGRN / OGRNIP written without labels next to a legal person's name («ИП Иванов Иван
 * Иванович, 231295579813, 315231200000763, г. Краснодар»), its requisites read as one record (the
 * name's line and the two lines after it). Told apart by length and check digits; a 10-digit number
 * (which a phone number can pass by chance) only right after the name or beside an OGRN of its region.
 */
function bareIdentifiers(doc: PolicyDocument, ents: Entity[], taken: RawId[]): RawId[] {
  const out: RawId[] = [];
  // A bare number starts where a digit run starts: the same offset as a labelled one, if it is one.
  const starts = new Set(taken.map((r) => r.range[0]));
  const used = (s: number) => starts.has(s);
  const en = doc.lang === 'en';
  const labelFor: Record<IdKind, string> = { inn: en ? 'INN' : 'ИНН', ogrn: en ? 'OGRN' : 'ОГРН', ogrnip: en ? 'OGRNIP' : 'ОГРНИП' };
  for (const e of ents) {
    const block = doc.blockAt(e.range[0]);
    if (!block) continue;
    const last = doc.blocks[Math.min(doc.blocks.length - 1, block.index + 2)];
    const to = Math.min(last.end, e.range[1] + 240);
    const window = doc.text.slice(e.range[1], to);
    const found: { kind: IdKind; value: string; range: [number, number]; first: boolean }[] = [];
    BARE_NUMBER.lastIndex = 0;
    for (let m = BARE_NUMBER.exec(window); m; m = BARE_NUMBER.exec(window)) {
      const start = e.range[1] + m.index;
      if (used(start) || OTHER_NUMBER_CUE.test(window.slice(Math.max(0, m.index - 16), m.index))) continue;
      // Another legal person named in between owns what follows.
      const next = ents[e.index + 1];
      if (next && next.range[0] < start) break;
      const v = m[1];
      const kind: IdKind = v.length === 13 ? 'ogrn' : v.length === 15 ? 'ogrnip' : 'inn';
      if (!isValidIdentifier(kind, v)) continue;
      found.push({ kind, value: v, range: [start, start + v.length], first: /^[\s,;:()«»"—–-]*$/.test(window.slice(0, m.index)) });
    }
    for (const f of found) {
      if (f.value.length === 10 && !f.first && !found.some((g) => g.kind === 'ogrn' && sameRegion(f.value, g.value))) continue;
      out.push({ labelKind: f.kind, label: labelFor[f.kind], labelRange: f.range, value: f.value, range: f.range });
      starts.add(f.range[0]);
    }
  }
  return out;
}

function finalKind(labelKind: IdKind, value: string): IdKind {
  if (labelKind === 'ogrn' && value.length === 15) return 'ogrnip';
  if (labelKind === 'ogrnip' && value.length === 13) return 'ogrn';
  return labelKind;
}

function lengthOk(kind: IdKind, value: string): boolean {
  return kind === 'inn' ? value.length === 10 || value.length === 12 : kind === 'ogrn' ? value.length === 13 : value.length === 15;
}

function classifyGroup(ctx: Context, members: RawId[]): { owner: Owner; strong: boolean; party?: string; holder?: number } {
  const { doc } = ctx;
  const first = members[0];
  const p = first.rowStart !== undefined ? first.range[0] : first.labelRange[0];
  const end = members[members.length - 1].range[1];
  for (const m of members) {
    if ((m.labelKind === 'inn' && PLATFORM_INNS.has(m.value)) || PLATFORM_OGRNS_HAS(m.value)) {
      const r = RUSSIAN_RECIPIENTS.find((x) => x.inn === m.value);
      const holder = entityIn(ctx, doc.sentences[sentenceIndex(doc, p)]?.start ?? p, p);
      return { owner: 'third-party', strong: true, party: r?.name ?? holder?.name, holder: holder?.index };
    }
  }
  if (first.qualifier) {
    if (OPERATOR_QUALIFIER.test(first.qualifier)) return { owner: 'operator', strong: true };
    return { owner: 'third-party', strong: true };
  }
  const from = first.rowStart ?? windowStart(ctx, p, (a, b) => hasEntityOrRole(ctx, a, b));
  const holder = entityIn(ctx, from, p);
  if (holder) {
    // "ООО «Ромашка» использует платёжный сервис (ИНН …)": a role word between name and number.
    const between = rolesIn(ctx, holder.range[1], p);
    const third = between.find((r) => r.type === 'third-party' && !r.brand);
    if (third) return { owner: 'third-party', strong: true, party: third.party };
    if (holder.owner === 'third-party') return { owner: 'third-party', strong: true, party: holder.recipient ?? holder.name, holder: holder.index };
    if (holder.owner === 'operator') return { owner: 'operator', strong: true, holder: holder.index };
    return { owner: 'operator', strong: false, holder: holder.index };
  }
  const roles = rolesIn(ctx, from, p);
  const role = roles[roles.length - 1];
  if (role) return { owner: role.type, strong: true, party: role.party };
  // A role right after: "ИНН 7701234567 (хостинг-провайдер)".
  const sentence = doc.sentences[sentenceIndex(doc, end)];
  const after = rolesIn(ctx, end, Math.min(end + 60, sentence ? Math.max(sentence.end, end) : end + 60)).find((r) => r.type === 'third-party' && !r.brand);
  if (after && !entityIn(ctx, end, after.start)) return { owner: 'third-party', strong: false, party: after.party };
  if (inThirdPartySection(ctx, p)) return { owner: 'third-party', strong: false };
  return { owner: 'operator', strong: inOperatorSection(ctx, p) };
}

function PLATFORM_OGRNS_HAS(value: string): boolean {
  return LX.PLATFORM_OGRNS.has(value);
}

/** Identifiers stated together share a group: only separators, other numbers or short words between. */
function groupIds(ctx: Context, raws: RawId[]): RawId[][] {
  const groups: RawId[][] = [];
  for (const r of raws) {
    const cur = groups[groups.length - 1];
    const prev = cur?.[cur.length - 1];
    if (prev) {
      const from = prev.range[1];
      const to = r.rowStart !== undefined ? r.range[0] : r.labelRange[0];
      // "ИНН банка …; ИНН оператора …": a qualified number starts its own group.
      const sameRow = prev.rowStart === r.rowStart && !r.qualifier;
      const gapBlocks = ctx.doc.blockAt(to)!.index - ctx.doc.blockAt(from)!.index;
      const headingBetween = ctx.doc.blocks.slice(ctx.doc.blockAt(from)!.index + 1, ctx.doc.blockAt(to)!.index + 1).some((b) => b.kind === 'heading');
      if ((to < from || to - from <= 80) && sameRow && gapBlocks <= 2 && !headingBetween && !entityIn(ctx, from, to) && rolesIn(ctx, from, to).length === 0) {
        cur.push(r);
        continue;
      }
    }
    groups.push([r]);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Addresses

interface AddressCandidate {
  range: [number, number];
}

function findAddresses(doc: PolicyDocument): AddressCandidate[] {
  const out: AddressCandidate[] = [];
  for (const m of findAll(STREET, doc.lower)) out.push({ range: [m.start, m.end] });
  for (const m of findAll(POSTCODE, doc.lower)) {
    const after = doc.lower.slice(m.end, m.end + 80);
    const before = doc.lower.slice(Math.max(0, m.start - 40), m.start);
    const commaAfter = COMMA_AFTER.test(after);
    const commaBefore = COMMA_BEFORE.test(before);
    if ((commaAfter && GEO.test(after)) || (commaBefore && GEO.test(before))) out.push({ range: [m.start, m.end] });
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

function addressOwner(ctx: Context, a: AddressCandidate): Owner {
  const p = a.range[0];
  const from = windowStart(ctx, p, (x, y) => hasEntityOrRole(ctx, x, y));
  const holder = entityIn(ctx, from, p);
  if (holder) {
    if (rolesIn(ctx, holder.range[1], p).some((r) => r.type === 'third-party')) return 'third-party';
    return holder.owner === 'third-party' ? 'third-party' : 'operator';
  }
  const roles = rolesIn(ctx, from, p);
  const role = roles[roles.length - 1];
  if (role) return role.type;
  if (inThirdPartySection(ctx, p)) return 'third-party';
  return 'operator';
}

// ---------------------------------------------------------------------------------------------
// The whole picture, computed once per document

interface Analysis {
  ids: Identifier[];
  ents: Entity[];
  operator: OperatorIdentity;
}

function headingMatches(doc: PolicyDocument, sectionIndex: number, re: RegExp): boolean {
  const s = doc.sections[sectionIndex];
  const h = doc.blocks[s.heading];
  const title = doc.lower.slice(h.contentStart, h.end);
  if (title.split(/\s+/).filter(Boolean).length > 7) return false;
  re.lastIndex = 0;
  if (!re.test(title)) return false;
  NOT_OPERATOR_HEADING.lastIndex = 0;
  return !NOT_OPERATOR_HEADING.test(title);
}

function analyse(doc: PolicyDocument): Analysis {
  const topics = sectionTopics(doc);
  const operatorSections = new Set<number>();
  const contactSections = new Set<number>();
  const thirdSections = new Set<number>();
  for (const s of doc.sections) {
    if (headingMatches(doc, s.index, OPERATOR_HEADING)) operatorSections.add(s.index);
    else if (headingMatches(doc, s.index, CONTACT_HEADING)) contactSections.add(s.index);
    if (topics[s.index].some((t) => t === 'third-parties' || t === 'cookies' || t === 'cross-border')) thirdSections.add(s.index);
  }
  const firstNumbered = doc.blocks.find((b) => b.kind === 'heading' && b.number !== undefined);
  const ctx: Context = {
    doc,
    roles: findRoles(doc),
    ents: [],
    preambleEnd: firstNumbered ? firstNumbered.start : 0,
    operatorSections: new Set([...operatorSections, ...contactSections]),
    thirdSections,
  };
  const ents = findEntities(doc);
  ctx.ents = ents;
  classifyEntities(ctx);

  // Identifiers and whose they are.
  // A dummy number («ИНН 0000000000», "1234567890") is a template leftover, not the operator's.
  const labelled = findRawIdentifiers(doc).filter((r) => !dummyNumber(r.value));
  const raws = [...labelled, ...bareIdentifiers(doc, ents, labelled)].sort((a, b) => a.range[0] - b.range[0]);
  const groups = groupIds(ctx, raws);
  const ids: Identifier[] = [];
  const groupInfo = groups.map((members) => classifyGroup(ctx, members));

  // The operator as a legal person: named in its role, else the holder of identifiers, else the
  // first legal person nobody else claims.
  let opEnts = ents.filter((e) => e.owner === 'operator');
  if (opEnts.length === 0 && !blankOperatorSlot(doc)) {
    const holderIdx = groupInfo.find((g) => g.owner === 'operator' && g.holder !== undefined && ents[g.holder].owner === 'unknown')?.holder;
    const chosen = holderIdx !== undefined ? ents[holderIdx] : ents.find((e) => e.owner === 'unknown');
    if (chosen) {
      chosen.owner = 'operator';
      opEnts = [chosen];
    }
  }
  for (const e of ents) {
    if (e.owner !== 'unknown') continue;
    if (opEnts.some((o) => sameName(o, e))) {
      e.owner = 'operator';
      e.strong = opEnts.some((o) => o.strong);
    } else e.owner = 'third-party';
  }
  opEnts = ents.filter((e) => e.owner === 'operator');

  groups.forEach((members, gi) => {
    let info = groupInfo[gi];
    // The holder's final status (after the operator was chosen) decides.
    if (info.holder !== undefined && info.owner === 'operator') {
      const h = ents[info.holder];
      if (h.owner === 'third-party') info = { owner: 'third-party', strong: false, party: h.name, holder: h.index };
      else info = { ...info, strong: info.strong || h.strong || inOperatorSection(ctx, members[0].range[0]) };
    }
    for (const r of members) {
      if (r.labelKind === 'kpp') continue;
      const kind = finalKind(r.labelKind, r.value);
      ids.push({
        kind,
        labelKind: r.labelKind,
        label: r.label,
        labelRange: r.labelRange,
        value: r.value,
        range: r.range,
        lengthOk: lengthOk(kind, r.value),
        valid: lengthOk(kind, r.value) && isValidIdentifier(kind, r.value),
        group: gi,
        owner: info.owner,
        strong: info.strong,
        party: info.party,
        holder: info.holder,
      });
    }
  });

  const own = ids.filter((i) => i.owner === 'operator');
  const name = opEnts[0];
  const kind = name?.kind;

  // Self-employment of the operator.
  let selfEmployed = opEnts.some((e) => e.kind === 'self-employed');
  let selfEmployedAt: [number, number] | undefined = opEnts.find((e) => e.kind === 'self-employed')?.range;
  if (!selfEmployed) {
    for (const m of findAll(SELF_EMPLOYED, doc.lower)) {
      const si = sentenceIndex(doc, m.start);
      const s = doc.sentences[si];
      if (!s) continue;
      const inSentence = (x: number) => x >= s.start && x < s.end;
      if (opEnts.some((e) => inSentence(e.range[0])) || own.some((i) => inSentence(i.range[0]))) {
        selfEmployed = true;
        selfEmployedAt = [m.start, m.end];
        break;
      }
      const role = rolesIn(ctx, s.start, m.start)
        .filter((r) => r.type === 'operator' && !/^(?:мы|нас|we|us)$/.test(doc.lower.slice(r.start, r.end)))
        .pop();
      if (role && m.start - role.end < 120 && SELF_COPULA.test(doc.lower.slice(role.end, m.start))) {
        selfEmployed = true;
        selfEmployedAt = [m.start, m.end];
        break;
      }
    }
  }

  // A status on a line of its own inside the operator's requisites («Самозанятая (плательщик НПД)»).
  if (!selfEmployed) {
    const holding = new Set<number>();
    for (const x of [...opEnts.map((e) => e.range[0]), ...own.map((i) => i.range[0])]) {
      const hb = doc.blockAt(x);
      if (hb) holding.add(hb.index);
    }
    const personal = !opEnts.some((e) => e.kind === 'ip' || e.kind === 'company');
    for (const m of personal ? findAll(SELF_EMPLOYED, doc.lower) : []) {
      const b = doc.blockAt(m.start);
      if (!b || b.end - b.start > 160) continue;
      // The status opens its line, perhaps after a label («Статус: самозанятый»).
      if (!/^[^.!?;,]{0,30}$/.test(doc.text.slice(b.contentStart, m.start))) continue;
      if ([-2, -1, 0, 1, 2].some((d) => holding.has(b.index + d))) {
        selfEmployed = true;
        selfEmployedAt = [m.start, m.end];
        break;
      }
    }
  }

  // The operator's address.
  let address: [number, number] | undefined;
  for (const a of findAddresses(doc)) {
    if (addressOwner(ctx, a) === 'operator') {
      address = a.range;
      break;
    }
  }

  // Where the operator's details belong.
  const headingOf = (set: Set<number>) => {
    const s = [...set].sort((a, b) => a - b)[0];
    if (s === undefined) return undefined;
    const h = doc.blocks[doc.sections[s].heading];
    return [h.start, h.end] as [number, number];
  };
  const section = headingOf(operatorSections) ?? headingOf(contactSections);

  return {
    ids,
    ents,
    operator: {
      identified: opEnts.length > 0 || own.length > 0,
      name,
      mentions: opEnts,
      kind,
      selfEmployed,
      selfEmployedAt,
      identifiers: own,
      address,
      section,
    },
  };
}

/** One digit repeated, or the digits in order: what a template puts where a number belongs. */
function dummyNumber(value: string): boolean {
  return /^(\d)\1+$/.test(value) || '12345678901234567890'.includes(value) || '0123456789012345'.includes(value);
}

/** Whether the policy defines «Оператор» right after a blank or dummy name (see BLANK_SLOT). */
function blankOperatorSlot(doc: PolicyDocument): boolean {
  OPERATOR_DEFINITION.lastIndex = 0;
  for (let m = OPERATOR_DEFINITION.exec(doc.text); m; m = OPERATOR_DEFINITION.exec(doc.text)) {
    if (BLANK_SLOT.test(doc.text.slice(Math.max(0, m.index - 80), m.index))) return true;
  }
  return false;
}

const analysis = (doc: PolicyDocument): Analysis => doc.memo(analyse);

/** Every INN / OGRN / OGRNIP the policy states, with whose it is (KPP numbers are left out). */
export function identifiers(doc: PolicyDocument): Identifier[] {
  return analysis(doc).ids;
}

/** Every legal person named with a legal form, with whose it is. */
export function entities(doc: PolicyDocument): Entity[] {
  return analysis(doc).ents;
}

/** The operator: name, kind, own identifiers, address, and where its details belong. */
export function operatorIdentity(doc: PolicyDocument): OperatorIdentity {
  return analysis(doc).operator;
}
