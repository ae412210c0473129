import type { Rule } from '../src/core/types.js';
import type { PolicyDocument } from '../src/core/document.js';
import {
  ADDRESS,
  ANGLE,
  BARE_FIELD,
  BARE_FIELD_INLINE,
  CASE_NOTE,
  CASED_MARKERS,
  DATE,
  DOTS,
  DRAFT_BANNER,
  DRAFT_BANNER_CASED,
  DRAFTER_NOTE,
  DUMMY,
  EMPTY_LABEL,
  FIELD_NAME,
  FIELD_PART,
  FILLER_WORDS,
  FORM_WITHOUT_NAME,
  GLUED_INSTRUCTION,
  INFORMAL_INSTRUCTION,
  NO_VALUE_AFTER,
  FILL_ANY,
  FILL_HEAD,
  HTML_TAG,
  INSTRUCTION,
  LABEL_VERB,
  MARKERS,
  ROUND,
  SEPARATOR_LINE,
  SIGNATURE_AFTER,
  SIGNATURE_BEFORE,
  SQUARE,
  UNDERSCORES,
  VARIABLE,
  XS,
  ZERO_ID,
} from './lexicons/placeholders.js';
import { fastRegExp } from '../src/core/match.js';
import { countBefore } from '../src/core/search.js';
import { frontMatterKeys } from '../src/core/parse/template.js';

type Bracket = 'square' | 'angle' | 'round';

/** Whether the text inside brackets is a slot to fill in, not a citation, gloss, tag or link. */
function isSlot(content: string, kind: Bracket): boolean {
  const c = content.trim();
  if (!c || /^[xх✓✔✗*+ -]$/iu.test(c)) return false; // "[ ]", "[x]": check boxes
  if (/:\/\/|^www\.|^mailto:|@/u.test(c)) return false; // <https://…>, <name@host>
  if (kind === 'angle' && HTML_TAG.test(c)) return false;
  if (fastRegExp(String.raw`^[\p{N}\s.,;:–—\-/]+$`, 'u').test(c)) return false; // [1], [2–4]
  if (/^email\s+protected$/iu.test(c)) return false; // a web page's e-mail obfuscation, not a template
  const lower = c.toLowerCase();
  INSTRUCTION.lastIndex = 0;
  const instruction = INSTRUCTION.exec(c);
  if (kind === 'round') {
    // Round brackets are mostly glosses ("(hereinafter — the Operator)", «(ОГРН)»): only an
    // instruction at the start or a capitalised slot name of two words or more.
    if (instruction && instruction.index === 0) return true;
    if (/^to\s+be\s/iu.test(c)) return /^to\s+be\s+(?:finali[sz]ed|confirmed|completed|filled|inserted|added|determined|specified)/iu.test(c);
    const words = c.split(/\s+/u);
    if (fastRegExp(String.raw`\p{N}{3,}`, 'u').test(c)) return false; // «(ИНН 7707083893)»: a value, not a slot
    return capitals(c) && words.length >= 2 && FILL_ANY.test(lower);
  }
  if (instruction) return true;
  if (/^[a-z_]+\s+[a-z_]+\s*=\s*["“”'«]/iu.test(c)) return true; // [redux_option key="legal_entity"]
  if (fastRegExp(String.raw`^[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+$`, 'u').test(c)) return true; // [company_name]
  if (/:/u.test(c) || fastRegExp(String.raw`\p{N}{4,}`, 'u').test(c)) return false; // a filled-in value: "[Адрес: ул. Ленина, 1]"
  if (c.split(/\s+/u).length > 6) return false;
  if (FILL_HEAD.test(lower)) return true;
  return capitals(c) && FILL_ANY.test(lower);
}

function capitals(s: string): boolean {
  const letters = s.replace(fastRegExp(String.raw`[^\p{L}]`, 'gu'), '');
  return letters.length >= 3 && letters === letters.toUpperCase() && fastRegExp(String.raw`\p{Lu}`, 'u').test(letters);
}

/**
 * «ИНН: указать», «| Адрес | заполнить |»: an instruction right after a short label or alone in a
 * table cell. «В запросе необходимо указать ФИО» is an instruction to the reader, not a slot.
 */
function labelled(doc: PolicyDocument, at: number): [number, number] | undefined {
  const block = doc.blockAt(at);
  if (!block) return undefined;
  const cell = block.cells?.find(([s, e]) => s <= at && at < e);
  let unitStart = cell ? cell[0] : block.contentStart;
  const unitEnd = cell ? cell[1] : block.end;
  const before = doc.text.slice(unitStart, at);
  const sep = Math.max(before.lastIndexOf(';'), before.lastIndexOf('\t'), before.lastIndexOf('|'));
  if (sep >= 0) unitStart += sep + 1;
  const prefix = doc.text.slice(unitStart, at);
  const alone = prefix.trim() === '';
  const afterLabel = /^[^.!?]{1,60}?[:—–-]\s*$/u.test(prefix) && !LABEL_VERB.test(prefix);
  if (!alone && !afterLabel) return undefined;
  if (alone && !cell && unitEnd - unitStart > 80) return undefined;
  // An instruction opening a sentence ("Enter your e-mail in the form below…") asks the reader;
  // a slot is a few words at most («Указать адрес»).
  if (alone && !cell && doc.text.slice(at, unitEnd).trim().split(/\s+/u).length > 4) return undefined;
  const rest = doc.text.slice(at, Math.min(unitEnd, at + 80));
  const stop = /[;.,|\t)\]\n]/u.exec(rest);
  let end = at + (stop ? stop.index : rest.length);
  while (end > at && /\s/u.test(doc.text[end - 1])) end--;
  return [at, end];
}

/** The source line an offset of doc.text comes from (blocks may join hard-wrapped lines). */
function sourceLine(doc: PolicyDocument, offset: number): string {
  const { line } = doc.lines.position(doc.toSource([offset, offset])[0]);
  return doc.source.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line));
}

function* all(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
  }
}

/** Where a leftover that starts at `from` ends: its clause (stops at `stop`), within its block. */
function clauseEnd(doc: PolicyDocument, from: number, stop = /[;\n]/u): number {
  const block = doc.blockAt(from);
  const blockEnd = block ? block.end : doc.text.length;
  const sentence = doc.sentences[countBefore(doc.sentences, from, (x) => x.start, true) - 1];
  let end = Math.min(blockEnd, sentence && sentence.end > from ? sentence.end : blockEnd, from + 400);
  const m = stop.exec(doc.text.slice(from, end));
  if (m) end = from + m.index;
  while (end > from && /[\s.,:;—–-]/u.test(doc.text[end - 1])) end--;
  return end;
}

/** Whether an offset of doc.text lies in a code span or <code> element of the source: code, not text. */
function inCode(doc: PolicyDocument, offset: number): boolean {
  const src = doc.toSource([offset, offset + 1])[0];
  const { line } = doc.lines.position(src);
  // The line around the offset (a page can be one long line): code spans are short.
  const start = Math.max(doc.lines.lineStart(line), src - 300);
  const lineText = doc.source.slice(start, Math.min(doc.lines.lineEnd(line), src + 300));
  const at = src - start;
  for (const m of lineText.matchAll(/(`+)[^`]+?\1|<code\b[^>]*>[\s\S]*?<\/code>/gu)) {
    if (m.index <= at && at < m.index + m[0].length) return true;
  }
  return false;
}

/** Latin filler: most words of a block are lorem-ipsum words, whether or not "lorem ipsum" is there. */
function isFiller(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]{3,}/gu) ?? [];
  if (words.length < 6) return false;
  const cyrillic = (text.match(/[а-яё]/giu) ?? []).length;
  if (cyrillic > words.join('').length * 0.2) return false;
  const hits = words.filter((w) => FILLER_WORDS.has(w)).length;
  return hits >= 5 && hits >= words.length * 0.5;
}

/** Only list markers, legal forms and other requisites labels before a label in its block. */
const LABEL_PREFIX = fastRegExp(String.raw`(?:^[\s\-–—•*·\d.)]*|(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|АНО|LLC|JSC|ИНН|ОГРНИП|ОГРН|КПП|INN|OGRN|TIN|[Рр]еквизиты|[Dd]etails)\s*[:,/]?\s*)$`, 'u');

/**
 * Up to `max` characters of doc.text after `from` within the block ending at `end`; a marker 'x'
 * stands for the rest when cut, so that an end-anchored test does not take the cut for the end.
 */
function after(text: string, from: number, end: number, max = 120): string {
  return end - from > max ? `${text.slice(from, from + max)}x` : text.slice(from, end);
}
/** Up to `max` characters before `to` from `start`, with a leading 'x' when cut. */
function before(text: string, start: number, to: number, max = 120): string {
  return to - start > max ? `x${text.slice(to - max, to)}` : text.slice(start, to);
}

/** Every placeholder in the document as [start, end) in doc.text, merged and in order. */
export function findPlaceholders(doc: PolicyDocument): [number, number][] {
  const text = doc.text;
  const found: [number, number][] = [];
  const addresses = [...all(ADDRESS, text)].map((m) => [m.index, m.index + m[0].length] as const);
  const inAddress = (s: number, e: number) => addresses.some(([a, b]) => s < b && a < e);
  const add = (s: number, e: number, evenInAddress = false) => {
    if (evenInAddress || !inAddress(s, e)) found.push([s, e]);
  };

  for (const [re, kind] of [[SQUARE, 'square'], [ANGLE, 'angle'], [ROUND, 'round']] as const) {
    for (const m of all(re, text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (kind === 'square' && (text[e] === '(' || text[s - 1] === '!')) continue; // [text](url) in plain text
      if (isSlot(m[1], kind)) add(s, e);
    }
  }
  for (const re of [VARIABLE, DATE, XS, DOTS, CASED_MARKERS]) {
    for (const m of all(re, text)) add(m.index, m.index + m[0].length);
  }
  for (const m of all(UNDERSCORES, text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (SEPARATOR_LINE.test(sourceLine(doc, s))) continue; // "__________" on a line of its own: a rule
    if (SIGNATURE_AFTER.test(text.slice(e, e + 30)) || SIGNATURE_BEFORE.test(text.slice(Math.max(0, s - 30), s))) continue;
    add(s, e);
  }
  for (const m of all(MARKERS, text)) add(m.index, m.index + m[0].length, true);
  for (const m of all(ZERO_ID, text)) {
    const s = m.index + m[0].lastIndexOf(m[1]);
    add(s, s + m[1].length);
  }
  for (const m of all(INSTRUCTION, text)) {
    if (found.some(([s, e]) => s <= m.index && m.index < e)) continue;
    const r = labelled(doc, m.index);
    if (r) add(r[0], r[1]);
  }

  // Notes to the drafter in running text, to the end of their clause.
  for (const m of all(DRAFTER_NOTE, text)) add(m.index, clauseEnd(doc, m.index), true);
  for (const m of all(INFORMAL_INSTRUCTION, text)) add(m.index, clauseEnd(doc, m.index, /[;.|/)\]\n]/u), true);
  for (const m of all(GLUED_INSTRUCTION, text)) {
    const s = m.index + m[0].length - m[0].trimEnd().split(/\s+/u).pop()!.length;
    add(s, clauseEnd(doc, s, /[;.,)\]\n]/u));
  }
  // Draft banners and generator dummies, at their text.
  for (const re of [DRAFT_BANNER_CASED, DRAFT_BANNER, DUMMY, CASE_NOTE]) for (const m of all(re, text)) add(m.index, m.index + m[0].length, true);
  for (const m of all(FIELD_NAME, text)) if (m[0].split('_').some((p) => FIELD_PART.test(p))) add(m.index, m.index + m[0].length, true);
  for (const m of all(BARE_FIELD_INLINE, text)) add(m.index, m.index + m[0].length, true);
  // A field name alone where the previous line asks for a value («…на адрес:» / EMAIL).
  for (const b of doc.blocks) {
    const t = text.slice(b.contentStart, b.end).trim();
    if (!BARE_FIELD.test(t)) continue;
    const prev = doc.blocks[b.index - 1];
    const asked = prev ? text.slice(Math.max(prev.start, prev.end - 40), prev.end) : '';
    if (/:\s*$|(?:адрес|почт|e-?mail|телефон|address|phone)\p{L}*(?:\s+\p{L}+)?\s*$/iu.test(asked)) add(b.contentStart, b.end, true);
  }
  // Requisites labels and legal forms with no value: «ИНН:» at the end of the line, «ООО ИНН (далее — Оператор)».
  for (const m of all(EMPTY_LABEL, text)) {
    const b = doc.blockAt(m.index);
    if (!b || b.kind === 'table-row' || b.kind === 'heading') continue;
    const rest = after(text, m.index + m[0].length, b.end);
    if (!NO_VALUE_AFTER.test(rest)) continue;
    if (!LABEL_PREFIX.test(before(text, b.contentStart, m.index))) continue;
    if (/^[;.]?\s*$/u.test(rest)) {
      // A label whose value is on the next line ("ИНН:" / "7707083893") is filled in.
      const next = doc.blocks[b.index + 1];
      if (next && /^[\s*_]*\d/u.test(text.slice(next.contentStart, next.end))) continue;
    }
    add(m.index, m.index + m[0].replace(/[\s:№#]+$/u, '').length, true);
  }
  for (const m of all(FORM_WITHOUT_NAME, text)) {
    const b = doc.blockAt(m.index);
    if (!b || b.kind === 'table-row') continue;
    const rest = after(text, m.index + m[0].length, b.end);
    if (!NO_VALUE_AFTER.test(rest)) continue;
    const prefix = before(text, b.contentStart, m.index);
    if (/(?:форм\p{L}*|статус\p{L}*|status|form)\s*[:—–-]?\s*$/iu.test(prefix)) continue; // «Организационно-правовая форма: ИП»
    // At the end of its line a form is a blank only alone or after a label («Оператор: ООО»).
    if (/^[;.]?\s*$/u.test(rest) && !/^[\s\-–—•*]*$|:\s*$/u.test(prefix)) continue;
    add(m.index, m.index + m[0].length, true);
  }
  // Latin filler in place of the text: runs of filler blocks, one leftover each.
  for (let i = 0; i < doc.blocks.length; i++) {
    if (!isFiller(text.slice(doc.blocks[i].start, doc.blocks[i].end))) continue;
    let j = i;
    while (j + 1 < doc.blocks.length && isFiller(text.slice(doc.blocks[j + 1].start, doc.blocks[j + 1].end))) j++;
    add(doc.blocks[i].contentStart, doc.blocks[j].end, true);
    i = j;
  }

  // Code spans and template variables that the front matter defines are not leftovers.
  const defined = frontMatterKeys(doc.source);
  const kept = found.filter(([s, e]) => {
    if (inCode(doc, s)) return false;
    const v = /^\{\{\s*[\w$.]*?([\w]+)\s*\}\}$/u.exec(text.slice(s, e));
    return !(v && defined.has(v[1].toLowerCase()));
  });
  found.length = 0;
  found.push(...kept);

  // Merge overlaps and runs separated only by spaces, quotes or punctuation: «___» ______ 20__.
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 3 && !fastRegExp(String.raw`[\p{L}\p{N}\n]`, 'u').test(text.slice(last[1], r[0]))) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const rule: Rule = {
  meta: {
    id: 'placeholder-text',
    description: {
      en: 'Template or draft leftovers',
      ru: 'Остатки шаблона или черновика',
    },
    law: '152-FZ art. 18.1 part 2',
    messages: {
      placeholder: {
        severity: 'error',
        text: {
          en: 'Template or draft leftover "{{text}}": the published policy must state the actual information (152-FZ art. 18.1 part 2; art. 14 part 7). Replace it with the real value or remove it.',
          ru: 'Остаток шаблона или черновика «{{text}}»: опубликованная политика должна содержать действительные сведения (ч. 2 ст. 18.1, ч. 7 ст. 14 152-ФЗ). Замените его фактическим значением или удалите.',
        },
      },
    },
  },
  check({ doc, report }) {
    for (const range of findPlaceholders(doc)) {
      const raw = doc.slice(range).replace(/\s+/gu, ' ');
      const text = raw.length > 60 ? `${raw.slice(0, 57)}…` : raw;
      report({ messageId: 'placeholder', range, data: { text } });
    }
  },
};

export default rule;
