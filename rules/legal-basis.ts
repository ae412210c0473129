import type { PolicyDocument } from '../src/core/document.js';
import type { Rule } from '../src/core/types.js';
import { bases, groundsIn, notAStatement, type Bases, type GroundMention } from './extract/bases.js';
import { groundPurposeTies, purposes, type Purpose, type Purposes } from './extract/purposes.js';
import { BASIS_COLUMN, BASIS_LABEL, CLAUSE_NAMES } from './lexicons/bases.js';
import { fastRegExp, compile, has } from '../src/core/match.js';
import { countBefore } from '../src/core/search.js';

/** Purposes that name their own ground: performing a contract with the subject, a legal duty. */
const SELF_GROUNDED_PURPOSE = compile([
  'исполнени* ~3 договор*', 'заключени* ~3 договор*', 'исполнени* ~2 обязанност* ~4 законодательств*', 'исполнени* ~2 требовани* ~2 законодательств*', 'выполнени* ~2 обязанност* ~4 {(?:законодательств|закон)[а-я]*}',
  'performance of ~3 {(?:contract|agreement)s?}', 'conclusion ~4 {(?:contract|agreement)s?}', 'perform* ~3 {(?:contract|agreement)s?}', 'compliance with ~3 {(?:law|laws|legal|statutory)}', 'legal obligations',
]);

/**
 * The legal ground of each purpose (152-FZ art. 5 part 2, art. 6 part 1; art. 18.1 part 1 item 2
 * and art. 22 part 3.1 ask for it per purpose).
 *
 * `missing`                no ground is stated anywhere.
 * `not-per-purpose`        two or more grounds are listed but nothing ties one to a purpose: no
 *                          table with purpose and ground columns, no purpose item, unit or
 *                          subsection naming its ground, no ground stated "for the purpose of …",
 *                          no ground item pointing at purpose clauses ("consent — clauses 3.2,
 *                          3.5"). Grounds listed with examples of what each covers ("User consent —
 *                          when signing in, connecting API tokens …") are not a mapping.
 * `purpose-without-basis`  purposes are mapped to grounds, and one of them has none; at it.
 * A single ground stated for all processing is tied to every purpose.
 */

/** A ground named inside a purpose item: "(consent)", "— contract with the user", "basis: …", "on the basis of …". */
const W = "(?:[\\p{L}'’]+\\s+){0,3}$";
const LABEL_BEFORE = fastRegExp(`(?:основани\\p{L}*|basis|bases|grounds?)\\s*(?:\\([^)]{0,40}\\)\\s*)?[:—–-]\\s*${W}`, 'u');
const MARKER_BEFORE = fastRegExp(`(?:на\\s+основании|на\\s+основе|в\\s+силу|в\\s+рамках|согласно|во\\s+исполнение|on\\s+the\\s+basis\\s+of|based\\s+on|basis\\s+of|under|pursuant\\s+to|by\\s+virtue\\s+of|as\\s+required\\s+by|required\\s+by)\\s+${W}`, 'u');
const DASH_BEFORE = fastRegExp(`(?:\\s[—–-]|:)\\s*${W}`, 'u');
const PAREN_BEFORE = fastRegExp(`\\(\\s*${W}`, 'u');
/** Words between the marker and the ground that make it a condition, not an attribution ("— only with consent"). */
const CONDITIONAL = fastRegExp(String.raw`(?:^|[^\p{L}])(?:only|if|where|when|unless|provided|subject|при|если|только|когда|наличии|условии|случае|случаях)(?![\p{L}])`, 'u');
const INLINE_BASIS_LABEL = fastRegExp(String.raw`(?:правов\p{L}*\s+основани\p{L}*|законн\p{L}*\s+основани\p{L}*|основани\p{L}*\s+(?:для\s+)?обработки|(?:legal|lawful)\s+(?:basis|bases|grounds?)|basis\s+for\s+processing|основани\p{L}*|basis)\s*(?:\([^)]{0,40}\)\s*)?[:—–]\s*`, 'u');
const PLACEHOLDER = fastRegExp(String.raw`^(?:[—–\-?.…/]*|нет|не\s+указан\p{L}*|не\s+определен\p{L}*|отсутству\p{L}*|n\/?a|none|tbd|todo|to\s+be\s+(?:determined|defined|confirmed)|уточняется|\[[^\]]*\]|<[^>]*>)$`, 'u');
/** Numbers of clauses ("3.1", "3.1.2") a ground item may point at. */
const CLAUSE_NUMBER = /(?<![\d.])\d{1,2}(?:\.\d{1,2}){1,3}(?![\d]|\.\d)/gu;

interface Group {
  purposes: Purpose[];
  grounded: boolean[];
  mapped: boolean;
}

function substantive(doc: PolicyDocument, s: number, e: number): boolean {
  const text = doc.lower.slice(s, e).trim();
  return fastRegExp(String.raw`\p{L}{2,}`, 'u').test(text) && !PLACEHOLDER.test(text);
}

/** Ground mentions in [from, to) that state a ground (not "withdraw consent", not "without consent"). */
function statedIn(doc: PolicyDocument, from: number, to: number, skip?: readonly [number, number]): GroundMention[] {
  return groundsIn(doc, from, to).filter((g) => {
    if (skip && g.start < skip[1] && g.end > skip[0]) return false;
    if (g.clause === '?' && g.kind !== 'reference') return false;
    const s = doc.sentenceAt(g.start);
    return !s || !notAStatement(doc, s);
  });
}

/**
 * Whether an item lists several purposes in one comma-separated sentence ("functions, support,
 * security, performance of the contract (the offer), compliance with law"): a ground in brackets
 * or after a dash inside it belongs to one of them, not to the item.
 */
function listsSeveral(doc: PolicyDocument, p: Purpose): boolean {
  const text = doc.lower.slice(p.range[0], p.range[1]).replace(/\([^)]*\)/gu, ' ');
  return text.split(/[,;]/u).filter((part) => WORDY.test(part)).length >= 3;
}
const WORDY = fastRegExp(String.raw`\p{L}{3,}`, 'u');

/** Whether a purpose item names its ground: a reference, a label, "on the basis of", "(…)", or a dash tail. */
function itemNamesGround(doc: PolicyDocument, p: Purpose): boolean {
  const several = listsSeveral(doc, p);
  for (const g of statedIn(doc, p.scope[0], p.scope[1])) {
    if (g.kind === 'reference') return true;
    const before = doc.lower.slice(Math.max(p.scope[0], g.start - 80), g.start);
    if (several) {
      if (LABEL_BEFORE.test(before)) return true;
      continue;
    }
    const words = fastRegExp(String.raw`(?:[\p{L}'’]+\s+){0,3}$`, 'u').exec(before)?.[0] ?? '';
    // "only if the user consents" is a condition; "(при наличии согласия)" after a purpose names its ground.
    const paren = PAREN_BEFORE.test(before);
    if (CONDITIONAL.test(words) && !paren) continue;
    if (LABEL_BEFORE.test(before) || MARKER_BEFORE.test(before) || paren) return true;
    if (DASH_BEFORE.test(before) && g.start > p.range[0] + 3) return true;
  }
  return false;
}

/** Whether a unit or subsection names its ground: a "Legal basis: …" field or a ground outside its title. */
function unitGround(doc: PolicyDocument, p: Purpose): { labelled: boolean; grounded: boolean } {
  const scope = doc.lower.slice(p.scope[0], p.scope[1]);
  let labelled = false;
  let grounded = false;
  // Labels at the start of a field block, or inline after a separator ("…; Правовое основание: договор").
  const re = fastRegExp(INLINE_BASIS_LABEL.source, 'gu');
  for (let m = re.exec(scope); m; m = re.exec(scope)) {
    const at = p.scope[0] + m.index;
    const prev = doc.lower.slice(Math.max(p.scope[0], at - 3), at);
    const lineStart = at === p.scope[0] || /(?:^|[\n;.|]\s*|\d[.)]\s*|[-•*—–]\s)$/u.test(prev) || doc.blockAt(at)?.contentStart === at;
    if (!lineStart) continue;
    labelled = true;
    const block = doc.blockAt(at)!;
    const stop = block.kind === 'table-row' ? block.end : Math.min(block.end, (doc.sentenceAt(at + m[0].length)?.end ?? block.end));
    if (substantive(doc, at + m[0].length, Math.max(stop, at + m[0].length))) grounded = true;
  }
  // Key-value rows: «Правовое основание | Договор».
  for (let j = doc.blockAt(p.scope[0])?.index ?? doc.blocks.length; j < doc.blocks.length && doc.blocks[j].start < p.scope[1]; j++) {
    const b = doc.blocks[j];
    if (b.start < p.scope[0] || b.end > p.scope[1] || b.kind !== 'table-row' || !b.cells || b.cells.length < 2) continue;
    if (BASIS_LABEL.test(doc.lower.slice(b.cells[0][0], b.cells[0][1]).trim())) {
      labelled = true;
      if (substantive(doc, b.cells[1][0], b.cells[b.cells.length - 1][1])) grounded = true;
    }
  }
  if (!grounded && statedIn(doc, p.scope[0], p.scope[1], p.range).length) grounded = true;
  return { labelled, grounded };
}

function groups(doc: PolicyDocument, found: Purposes): Group[] {
  const out: Group[] = [];
  // Tables with a purpose column; with a ground column they are a mapping by themselves.
  for (const t of found.tables) {
    const rows = found.list.filter((p) => p.kind === 'row' && p.table === t.table);
    if (!rows.length) continue;
    const cells = t.header.cells ?? [];
    const basisCol = cells.findIndex((c, i) => i !== t.purposeCol && BASIS_COLUMN.test(doc.lower.slice(c[0], c[1])));
    if (basisCol >= 0) {
      const grounded = rows.map((p) => {
        const cell = doc.blocks[p.block].cells?.[basisCol];
        return !!cell && substantive(doc, cell[0], cell[1]);
      });
      out.push({ purposes: rows, grounded, mapped: true });
    } else {
      const grounded = rows.map((p) => statedIn(doc, p.scope[0], p.scope[1], p.range).length > 0);
      const n = grounded.filter(Boolean).length;
      out.push({ purposes: rows, grounded, mapped: n > 0 && n * 2 >= rows.length });
    }
  }
  // Units and subsections.
  const units = found.list.filter((p) => p.kind === 'unit' || p.kind === 'section');
  if (units.length) {
    const info = units.map((p) => unitGround(doc, p));
    const labelled = info.filter((i) => i.labelled).length;
    const grounded = info.map((i) => i.grounded);
    const n = grounded.filter(Boolean).length;
    out.push({ purposes: units, grounded, mapped: labelled > 0 || (n > 0 && n * 2 >= units.length) });
  }
  // Items of purpose lists.
  const items = found.list.filter((p) => p.kind === 'item');
  if (items.length) {
    const grounded = items.map((p) => itemNamesGround(doc, p));
    const n = grounded.filter(Boolean).length;
    out.push({ purposes: items, grounded, mapped: n >= 3 || (n > 0 && n * 2 >= items.length) });
  }
  return out;
}

/** Ground items that point at numbered purposes ("Consent — clauses 3.2 and 3.5"): the numbers named. */
function referencedPurposeNumbers(doc: PolicyDocument, b: Bases, found: Purposes): Set<string> {
  const numbers = new Set(found.list.map((p) => p.number).filter((n): n is string => !!n));
  const out = new Set<string>();
  if (!numbers.size) return out;
  for (const st of b.statements) {
    const refs = st.grounds.filter((g) => g.kind === 'reference');
    const text = doc.text.slice(st.start, st.end);
    const own = doc.blockAt(st.start);
    for (const m of text.matchAll(CLAUSE_NUMBER)) {
      const at = st.start + (m.index ?? 0);
      if (refs.some((r) => at >= r.start && at < r.end)) continue;
      if (own?.number === m[0] && own.start <= at && at < own.contentStart) continue;
      if (numbers.has(m[0])) out.add(m[0]);
    }
  }
  return out;
}

/** A statement that ties a ground to an explicitly named purpose: «в целях …», "for the purpose of …". */
function proseTie(b: Bases, found: Purposes): boolean {
  return b.statements.some((st) => found.markers.some(([s]) => s >= st.start && s < st.end));
}

/**
 * Grounds that each name their own purpose ("consent for marketing; the contract for order
 * processing"), in a policy with no separate list of purposes: the grounds statement is the
 * mapping. (With a separate list, the grounds must point at its items.)
 */
function groundsNamePurposes(b: Bases, found: Purposes, doc: PolicyDocument): boolean {
  if (found.list.length) return false;
  const tied = groundPurposeTies(doc);
  return tied.size >= 2 && tied.size * 2 >= b.clauses.size;
}

/**
 * "Crash reports — basis: legitimate interest. Account data — basis: contract.": statements that
 * each name what they cover, then a ground label and the ground. The clauses so paired.
 */
const PAIRED = fastRegExp(
  String.raw`^(?:[-•*—–]\s*)?\p{L}[^:—–]*?\p{L}{2,}[^:—–]*?\s*(?:[—–:]|\s-|\()\s*(?:(?:legal|lawful|правов\p{L}*|законн\p{L}*)\s+)?(?:basis|bases|grounds?|основани\p{L}*)(?:\s+(?:for\s+processing|обработки))?\s*[:—–-]`,
  'u',
);
function pairedClauses(doc: PolicyDocument, b: Bases): Set<string> {
  const out = new Set<string>();
  for (const st of b.statements) {
    const block = doc.blockAt(st.start);
    const from = block && st.start < block.contentStart && block.contentStart < st.end ? block.contentStart : st.start;
    const m = PAIRED.exec(doc.lower.slice(from, st.end));
    // What the pair covers must be a purpose or data, not a ground itself («Согласие — основание: п. 1 ч. 1 ст. 6»).
    if (!m || groundsIn(doc, from, from + m[0].length).length) continue;
    for (const g of st.grounds) if (g.start >= from + m[0].length && g.clause !== '?') out.add(g.clause);
  }
  return out;
}

/** Where not-per-purpose points: the heading of the legal-grounds section, or the sentence listing grounds. */
function groundsLocation(doc: PolicyDocument, b: Bases): [number, number] {
  const withStatement = b.sections.find((s) => b.statements.some((st) => st.section === s)) ?? b.sections[0];
  if (withStatement) {
    const h = doc.blocks[withStatement.heading];
    return [h.start, h.end];
  }
  const listing = b.statements.find((st) => new Set(st.grounds.map((g) => g.clause).filter((c) => c !== '?')).size >= 2) ?? b.statements[0];
  // The sentence without its clause number ("1.2. ").
  const block = doc.blockAt(listing.start);
  const start = block && listing.start < block.contentStart && block.contentStart < listing.end ? block.contentStart : listing.start;
  return [start, listing.end];
}

const rule: Rule = {
  meta: {
    id: 'legal-basis',
    description: {
      en: 'The legal ground for each purpose of processing',
      ru: 'Правовое основание для каждой цели обработки',
    },
    law: '152-FZ art. 5 part 2; art. 6 part 1',
    messages: {
      missing: {
        severity: 'error',
        text: {
          en: 'The policy states no legal ground for processing personal data (152-FZ art. 6 part 1). Name the ground of each purpose: the subject\'s consent, performance of a contract with the subject, a legal obligation, the operator\'s legitimate interests …, e.g. "Legal basis: performance of the contract (art. 6 part 1 clause 5)".',
          ru: 'В политике не указано правовое основание обработки персональных данных (ч. 1 ст. 6 152-ФЗ). Укажите основание для каждой цели: согласие субъекта, исполнение договора с субъектом, исполнение обязанностей по закону, законные интересы оператора и т. д., например: «Правовое основание: исполнение договора (п. 5 ч. 1 ст. 6 152-ФЗ)».',
        },
      },
      'not-per-purpose': {
        severity: 'warn',
        text: {
          en: 'The policy lists {{count}} legal grounds ({{grounds}}) but does not say which ground applies to which purpose (152-FZ art. 5 part 2, art. 6 part 1; art. 18.1 part 1 item 2). Give the ground for each purpose, e.g. a table "Purpose | Personal data | Legal basis" or "Purpose: … Legal basis: …".',
          ru: 'В политике перечислены правовые основания ({{groundsRu}}), но не сказано, какое основание относится к какой цели (ч. 2 ст. 5, ч. 1 ст. 6, п. 2 ч. 1 ст. 18.1 152-ФЗ). Укажите основание для каждой цели, например таблицей «Цель | Персональные данные | Правовое основание» или «Цель: … Правовое основание: …».',
        },
      },
      'purpose-without-basis': {
        severity: 'warn',
        text: {
          en: 'No legal ground is given for this purpose, although the policy gives grounds for its other purposes (152-FZ art. 5 part 2, art. 6 part 1). State the ground of this purpose too, e.g. "consent of the subject (art. 6 part 1 clause 1)".',
          ru: 'Для этой цели не указано правовое основание, хотя для других целей политика их указывает (ч. 2 ст. 5, ч. 1 ст. 6 152-ФЗ). Укажите основание и для неё, например: «согласие субъекта (п. 1 ч. 1 ст. 6 152-ФЗ)».',
        },
      },
    },
  },
  check({ doc, report }) {
    const b = bases(doc);
    const found = purposes(doc);
    const all = groups(doc, found);
    // Grounds named inside purpose items, units or rows are stated grounds too.
    // A purpose that names its own ground ("… (исполнение договора)") states one too.
    const selfGrounded = found.list.some((p) => has(SELF_GROUNDED_PURPOSE, doc.lower, p.range[0], p.range[1]));
    if (!b.any && !all.some((g) => g.grounded.some(Boolean)) && !selfGrounded) {
      const section = b.sections[0] ?? purposes(doc).sections[0];
      const h = section ? doc.blocks[section.heading] : undefined;
      report({ messageId: 'missing', range: h ? [h.start, h.end] : undefined });
      return;
    }
    const mapped = all.filter((g) => g.mapped);
    const referenced = referencedPurposeNumbers(doc, b, found);

    if (mapped.length) {
      // A single ground stated for all processing outside the mapping covers a purpose left blank.
      const scopes = mapped.flatMap((g) => g.purposes.map((p) => p.scope)).sort((x, y) => x[0] - y[0]);
      const inside = (at: number) => {
        const lo = countBefore(scopes, at, (s) => s[0], true);
        // Scopes do not nest within a group; look back over the few that start before `at`.
        for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (at < scopes[k][1]) return true;
        return false;
      };
      const global = new Set(b.statements.filter((st) => !inside(st.start)).flatMap((st) => st.grounds.map((g) => g.clause)).filter((c) => c !== '?'));
      if (global.size === 1 && b.clauses.size === 1) return;
      for (const g of mapped) {
        g.purposes.forEach((p, i) => {
          if (g.grounded[i] || (p.number && referenced.has(p.number))) return;
          // "Conclusion and performance of contracts with users", «исполнение требований
          // законодательства»: the purpose is its ground (art. 6 part 1 clauses 5 and 2).
          if (has(SELF_GROUNDED_PURPOSE, doc.lower, p.range[0], p.range[1])) return;
          report({ messageId: 'purpose-without-basis', range: p.range });
        });
      }
      return;
    }
    if (referenced.size) {
      // Ground items point at numbered purposes: the purposes no ground points at have none.
      for (const p of found.list) if (p.number && !referenced.has(p.number) && found.list.some((q) => q.number && referenced.has(q.number) && sameList(p, q))) report({ messageId: 'purpose-without-basis', range: p.range });
      return;
    }
    // One purpose: every ground listed is that purpose's ground ("Purposes: a; b; c" is three).
    const single = found.list.length === 1 && !doc.slice(found.list[0].range).includes(';') && !listsSeveral(doc, found.list[0]);
    if (b.clauses.size < 2 || proseTie(b, found) || single || groundsNamePurposes(b, found, doc)) return;
    const paired = pairedClauses(doc, b);
    if (paired.size >= 2 && [...b.clauses].every((c) => paired.has(c))) return;
    const clauses = [...b.clauses];
    report({
      messageId: 'not-per-purpose',
      range: groundsLocation(doc, b),
      data: { count: clauses.length, grounds: clauses.map((c) => CLAUSE_NAMES[c].en).join(', '), groundsRu: clauses.map((c) => CLAUSE_NAMES[c].ru).join(', ') },
    });
  },
};

/** Two purposes of the same list: numbered siblings ("3.1" and "3.4"). */
function sameList(a: Purpose, b: Purpose): boolean {
  const pa = a.number!.split('.').slice(0, -1).join('.');
  const pb = b.number!.split('.').slice(0, -1).join('.');
  return pa === pb && a.kind === b.kind;
}

export default rule;
