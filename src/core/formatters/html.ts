/**
 * The HTML report: one self-contained page for the people who sign a policy off. A summary
 * (findings by severity and by rule, with the articles), then each file's text with every finding
 * highlighted in place, and the findings about absent content grouped by the section where they
 * belong. Pure and browser-safe (the playground uses it too): no Node APIs, no clock, no I/O.
 *
 * Safety: everything that comes from a policy (text, file names, messages that quote it,
 * suggestions) is escaped; the page's only script and stylesheet are constants of this module,
 * allowed by their SHA-256 hashes in a strict Content-Security-Policy (default-src 'none'), and the
 * script never writes markup (it clones the report's own nodes and sets textContent).
 */
import type { FileResult, Lang, LintMessage, ReaderView, RuleMeta, SourceFormat, SuppressedMessage } from '../types.js';
import type { FormatContext } from './index.js';
import { PolicyDocument } from '../document.js';
import { parseSource } from '../parse/index.js';
import { detectFormat } from '../load.js';
import { describeLocation } from '../binary/index.js';
import { readerViewOf, SourceToText } from '../reader-view.js';
import { OffsetMap } from '../text.js';
import { countBefore } from '../search.js';

export interface HtmlFormatContext extends FormatContext {
  /** Language of the report's own words; default ('auto' or absent): the language most of the documents are in. */
  locale?: Lang | 'auto';
  /** Shown in the header, e.g. an ISO timestamp; the formatter itself never reads the clock. */
  generated?: string | Date;
  /** Page title; default: "Privacy policy review" in the report's language. */
  title?: string;
}

// ---------------------------------------------------------------------------------------------
// Positions: line/column of the output contract → offsets in the source. Exported for the
// playground, which highlights the same way.

/** Offsets where each line starts; line breaks are \n, \r\n or a lone \r (as the engine counts). */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** End of a line's content (before its line break). `line` is 0-based here. */
function lineEnd(source: string, starts: readonly number[], line: number): number {
  if (line + 1 >= starts.length) return source.length;
  let e = starts[line + 1] - 1;
  if (source.charCodeAt(e) === 10 && e > starts[line] && source.charCodeAt(e - 1) === 13) e--;
  return e;
}

/** Source offset of a 1-based line and column, clamped to the source. */
export function offsetOf(source: string, starts: readonly number[], line: number, column: number): number {
  const l = Math.max(1, Math.min(line, starts.length)) - 1;
  return Math.max(0, Math.min(starts[l] + Math.max(1, column) - 1, source.length));
}

/** [start, end) of a message in the source; end === start for a finding without a range. */
export function messageRange(source: string, starts: readonly number[], m: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): [number, number] {
  const s = offsetOf(source, starts, m.line, m.column);
  if (m.endLine === undefined || m.endColumn === undefined) return [s, s];
  return [s, Math.max(s, offsetOf(source, starts, m.endLine, m.endColumn))];
}

/** A finding about something absent that has no place at all: reported at 1:1 with no range. */
export function isWholeFile(m: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): boolean {
  return m.line === 1 && m.column === 1 && (m.endLine === undefined || (m.endLine === 1 && m.endColumn === 1));
}

export interface Highlight {
  /** Index of the finding in the caller's list. */
  id: number;
  start: number;
  end: number;
  severity: 1 | 2;
}

export interface Piece {
  start: number;
  end: number;
  /** Findings covering the piece, innermost (shortest) first; empty for plain text. */
  covering: number[];
}

/**
 * Cuts [from, to) of the text into pieces at every highlight boundary, each with the findings that
 * cover it, so overlapping and nested ranges render as flat, non-overlapping elements.
 */
export function cutPieces(highlights: readonly Highlight[], from: number, to: number): Piece[] {
  const bounds = new Set<number>([from, to]);
  for (const h of highlights) {
    if (h.end <= h.start) continue;
    if (h.start > from && h.start < to) bounds.add(h.start);
    if (h.end > from && h.end < to) bounds.add(h.end);
  }
  const sorted = [...bounds].sort((a, b) => a - b);
  const ranged = highlights.filter((h) => h.end > h.start && h.end > from && h.start < to).sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let next = 0;
  const active: Highlight[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    for (let k = active.length - 1; k >= 0; k--) if (active[k].end <= a) active.splice(k, 1);
    while (next < ranged.length && ranged[next].start <= a) {
      if (ranged[next].end > a) active.push(ranged[next]);
      next++;
    }
    const covering = active
      .filter((h) => h.start <= a && h.end >= b)
      .sort((x, y) => x.end - x.start - (y.end - y.start) || x.id - y.id)
      .map((h) => h.id);
    const last = out[out.length - 1];
    if (last && last.covering.length === 0 && covering.length === 0) last.end = b;
    else out.push({ start: a, end: b, covering });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Escaping

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and (double-quoted) attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

/** Only absolute http(s) URLs become links; anything else (javascript:, data:, …) is shown as text. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return /^https?:\/\/[^\s"'<>`]+$/i.test(url) ? url : undefined;
}

// ---------------------------------------------------------------------------------------------
// The report's words

const WORDS = {
  en: {
    title: 'Privacy policy review',
    subtitle: 'Checked against Federal Law No. 152-FZ “On Personal Data”',
    generatedBy: 'Report by policylint',
    generatedAt: 'generated',
    summary: 'Summary',
    verdictClean: 'No problems found.',
    verdict: (e: number, w: number, f: number) => `${e} ${plural('en', e, 'error', 'errors')} and ${w} ${plural('en', w, 'warning', 'warnings')} in ${f} ${plural('en', f, 'file', 'files')}.`,
    nErrors: (n: number) => `${n} ${plural('en', n, 'error', 'errors')}`,
    nWarnings: (n: number) => `${n} ${plural('en', n, 'warning', 'warnings')}`,
    unchecked: (n: number) => `${n} ${plural('en', n, 'file', 'files')} could not be checked.`,
    bySeverity: 'By severity',
    byRule: 'By rule',
    byFile: 'Files',
    severity: 'Severity',
    findings: 'Findings',
    filesAffected: 'Files',
    error: 'Error',
    errors: 'Errors',
    warning: 'Warning',
    warnings: 'Warnings',
    fatal: 'Could not be checked',
    rule: 'Rule',
    checks: 'What it checks',
    articles: 'Article',
    file: 'File',
    language: 'Language',
    format: 'Format',
    status: 'Status',
    ok: 'no problems',
    langNames: { ru: 'Russian', en: 'English' } as Record<string, string>,
    formatNames: { markdown: 'Markdown', text: 'plain text', html: 'HTML' } as Record<string, string>,
    policyText: 'Policy text',
    htmlSource: 'HTML source of the policy (highlights are at the source positions)',
    readerView: 'As the reader sees it',
    sourceView: (format: string | undefined): string => (format === 'html' ? 'HTML source' : format === 'markdown' ? 'Markdown source' : 'Source text'),
    sourceNote: 'The file as it is written; the highlights are at the same places, the line and column of each finding.',
    page: (n: number) => `Page ${n}`,
    inText: 'Findings in the text',
    absent: 'What is missing',
    absentNote: 'Findings about content the policy lacks, by the section where it belongs.',
    wholePolicy: 'Whole policy (no section for it)',
    section: 'Section',
    other: 'Other findings',
    line: 'line',
    lineCol: (l: number, c: number) => `line ${l}, column ${c}`,
    readerLang: 'en' as Lang,
    article: 'Article',
    suggestion: 'Suggested wording',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Select and copy manually',
    docs: 'Rule documentation',
    toText: 'Show in the text',
    toList: 'Show in the list',
    quote: 'Text',
    suppressed: (n: number) => `Suppressed in the policy source (${n})`,
    suppressedNote: 'Findings silenced by policylint-disable comments in the file, with the reason given there.',
    reason: 'Reason',
    noReason: 'no reason given',
    show: 'Show',
    print: 'Print',
    contents: 'Contents',
    noFiles: 'No files were checked.',
    emptySource: 'The file is empty.',
    noText: 'The file’s text is not available.',
    close: 'Close',
    findingAt: 'Finding',
    encoding: 'encoding',
  },
  ru: {
    title: 'Проверка политики обработки персональных данных',
    subtitle: 'Проверено на соответствие Федеральному закону № 152-ФЗ «О персональных данных»',
    generatedBy: 'Отчёт policylint',
    generatedAt: 'создан',
    summary: 'Сводка',
    verdictClean: 'Проблем не найдено.',
    verdict: (e: number, w: number, f: number) =>
      `${e} ${plural('ru', e, 'ошибка', 'ошибки', 'ошибок')} и ${w} ${plural('ru', w, 'предупреждение', 'предупреждения', 'предупреждений')} в ${f} ${plural('ru', f, 'файле', 'файлах', 'файлах')}.`,
    nErrors: (n: number) => `${n} ${plural('ru', n, 'ошибка', 'ошибки', 'ошибок')}`,
    nWarnings: (n: number) => `${n} ${plural('ru', n, 'предупреждение', 'предупреждения', 'предупреждений')}`,
    unchecked: (n: number) => `${n} ${plural('ru', n, 'файл', 'файла', 'файлов')} не удалось проверить.`,
    bySeverity: 'По важности',
    byRule: 'По правилам',
    byFile: 'Файлы',
    severity: 'Важность',
    findings: 'Находки',
    filesAffected: 'Файлы',
    error: 'Ошибка',
    errors: 'Ошибки',
    warning: 'Предупреждение',
    warnings: 'Предупреждения',
    fatal: 'Не удалось проверить',
    rule: 'Правило',
    checks: 'Что проверяет',
    articles: 'Статья',
    file: 'Файл',
    language: 'Язык',
    format: 'Формат',
    status: 'Итог',
    ok: 'проблем нет',
    langNames: { ru: 'русский', en: 'английский' } as Record<string, string>,
    formatNames: { markdown: 'Markdown', text: 'текст', html: 'HTML' } as Record<string, string>,
    policyText: 'Текст политики',
    htmlSource: 'HTML-код политики (выделения — по позициям в коде)',
    readerView: 'Как видит читатель',
    sourceView: (format: string | undefined): string => (format === 'html' ? 'HTML-код' : format === 'markdown' ? 'Исходный Markdown' : 'Исходный текст'),
    sourceNote: 'Файл в том виде, как он написан; выделения — в тех же местах, в строке и позиции каждой находки.',
    page: (n: number) => `Страница ${n}`,
    inText: 'Находки в тексте',
    absent: 'Чего не хватает',
    absentNote: 'Находки о том, чего в политике нет, — по разделам, где это должно быть.',
    wholePolicy: 'Политика в целом (подходящего раздела нет)',
    section: 'Раздел',
    other: 'Прочие находки',
    line: 'строка',
    lineCol: (l: number, c: number) => `строка ${l}, позиция ${c}`,
    readerLang: 'ru' as Lang,
    article: 'Статья',
    suggestion: 'Предлагаемая формулировка',
    copy: 'Копировать',
    copied: 'Скопировано',
    copyFailed: 'Выделите и скопируйте вручную',
    docs: 'Описание правила',
    toText: 'Показать в тексте',
    toList: 'Показать в списке',
    quote: 'Текст',
    suppressed: (n: number) => `Подавлено в исходном файле (${n})`,
    suppressedNote: 'Находки, отключённые комментариями policylint-disable в файле, с указанной там причиной.',
    reason: 'Причина',
    noReason: 'причина не указана',
    show: 'Показать',
    print: 'Печать',
    contents: 'Содержание',
    noFiles: 'Ни один файл не проверен.',
    emptySource: 'Файл пуст.',
    noText: 'Текст файла недоступен.',
    close: 'Закрыть',
    findingAt: 'Находка',
    encoding: 'кодировка',
  },
};
type Words = (typeof WORDS)['en'];

function plural(lang: Lang, n: number, one: string, few: string, many = few): string {
  if (lang === 'en') return n === 1 ? one : few;
  const n10 = n % 10;
  const n100 = n % 100;
  if (n10 === 1 && n100 !== 11) return one;
  if (n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14)) return few;
  return many;
}

/** The report's language: Russian when most documents are Russian (ties go to Russian). */
export function reportLocale(results: readonly FileResult[]): Lang {
  let ru = 0;
  let en = 0;
  for (const r of results) {
    if (r.language === 'ru') ru++;
    else if (r.language === 'en') en++;
  }
  return ru > 0 && ru >= en ? 'ru' : 'en';
}

// ---------------------------------------------------------------------------------------------
// Preparing each file

/**
 * Where a finding goes in a report: `text` (highlighted where it is), `absent` (about something the
 * policy lacks: reported at 1:1 without a range, or at the heading of the section where it
 * belongs), `fatal` (the file could not be checked), `other` (no text to show it in).
 */
export type PlacementKind = 'text' | 'absent' | 'fatal' | 'other';

export interface Placement {
  kind: PlacementKind;
  /** [start, end) in the source; end === start for a point or no range. */
  start: number;
  end: number;
  /** For `absent`: source offset of the heading it belongs under, or -1 for the whole policy. */
  group?: number;
  /** For `absent` at a heading: the heading's text (markup removed) and its line. */
  section?: string;
  sectionLine?: number;
}

const builtViews = new WeakMap<FileResult, ReaderView | null>();

/**
 * The reader view of a result: the one the linter kept (`view`), else built from the source here
 * (the playground, results made by other tools). Undefined when there is no source or no parser.
 */
export function viewOf(r: FileResult): ReaderView | undefined {
  if (r.view) return r.view;
  const source = r.source;
  if (source === undefined) return undefined;
  let v = builtViews.get(r);
  if (v === undefined) {
    try {
      const format: SourceFormat = r.format ?? detectFormat(r.filePath, source);
      v = readerViewOf(new PolicyDocument(source, format, parseSource(source, format), r.language));
    } catch {
      // A model that cannot be built only costs the reader view and the grouping by section.
      v = null;
    }
    builtViews.set(r, v);
  }
  return v ?? undefined;
}

/** Source ranges of the headings of the file's model, keyed "start:end" (heading block and its title). */
function headingRanges(r: FileResult): Map<string, { at: number; label: string }> {
  const out = new Map<string, { at: number; label: string }>();
  const view = viewOf(r);
  if (!view) return out;
  const map = new OffsetMap(view.segments);
  for (const b of view.blocks) {
    if (b.kind !== 'heading') continue;
    const label = view.text.slice(b.start, b.end).trim();
    const whole = map.rangeToSource(b.start, b.end);
    out.set(`${whole[0]}:${whole[1]}`, { at: whole[0], label });
    if (b.contentStart !== undefined) {
      const title = map.rangeToSource(b.contentStart, b.end);
      out.set(`${title[0]}:${title[1]}`, { at: whole[0], label });
    }
  }
  return out;
}

/** Places each message of a result (same order as result.messages). */
export function placeMessages(r: FileResult): Placement[] {
  const source = r.source;
  if (source === undefined) return r.messages.map((m) => ({ kind: m.fatal ? 'fatal' : 'other', start: 0, end: 0 }));
  const starts = lineStarts(source);
  const needHeadings = r.messages.some((m) => !m.fatal && !isWholeFile(m));
  const headings = needHeadings ? headingRanges(r) : new Map<string, { at: number; label: string }>();
  return r.messages.map((m): Placement => {
    const [start, end] = messageRange(source, starts, m);
    if (m.fatal) return { kind: 'fatal', start, end };
    if (isWholeFile(m)) return { kind: 'absent', start, end, group: -1 };
    const h = headings.get(`${start}:${end}`);
    if (h) return { kind: 'absent', start, end, group: h.at, section: h.label, sectionLine: lineOf(starts, h.at) + 1 };
    return { kind: 'text', start, end };
  });
}

interface Item extends Placement {
  m: LintMessage;
  /** 1-based number of the finding within its file, as shown on its card and beside the text. */
  n: number;
}

/** A finding's place in a painted text (the source, or the reader view's text). */
interface Span {
  it: Item;
  start: number;
  end: number;
}

interface Prepared {
  index: number;
  r: FileResult;
  source?: string;
  starts?: number[];
  items: Item[];
  headings: Map<number, { label: string; line: number }>;
  /** The reader view, when the file is shown as a reader sees it (the default view then). */
  view?: ReaderView;
  /** Where each finding shown in the text is in the reader view's text, by its number. */
  inView: Map<number, Span>;
}

/** Formats whose source is not what a reader sees: they are shown rendered, the source behind a switch. */
const shownAsSource = (format: string | undefined) => format === undefined || format === 'text';

function prepare(r: FileResult, index: number): Prepared {
  const source = r.source;
  const placed = placeMessages(r);
  const p: Prepared = { index, r, source, starts: source === undefined ? undefined : lineStarts(source), items: [], headings: new Map(), inView: new Map() };
  p.items = r.messages.map((m, i) => ({ ...placed[i], m, n: i + 1 }));
  for (const it of p.items) if (it.kind === 'absent' && it.group !== undefined && it.group >= 0 && !p.headings.has(it.group)) p.headings.set(it.group, { label: it.section ?? '', line: it.sectionLine ?? 1 });
  const view = source !== undefined && !shownAsSource(r.format) ? viewOf(r) : undefined;
  if (view) {
    p.view = view;
    const back = new SourceToText(view);
    for (const it of shownInText(p)) {
      const t = back.range(it.start, it.end, view.text.length);
      p.inView.set(it.n, { it, start: t.start, end: t.empty ? t.start : t.end });
    }
  }
  return p;
}

/** Findings that have a place in the text: ranges and points, and absent content at its heading. */
function shownInText(p: Prepared): Item[] {
  return p.items.filter((it) => (it.kind === 'text' || (it.kind === 'absent' && it.group !== -1)) && it.end >= it.start);
}

// ---------------------------------------------------------------------------------------------
// Rendering

const sevClass = (m: LintMessage) => (m.fatal ? 'sf' : m.severity === 2 ? 's2' : 's1');
const cardId = (p: Prepared, it: Item) => `f${p.index}-${it.n}`;
/** The place of a finding in the source view (`t`) or the reader view (`r`). */
const anchorId = (p: Prepared, it: Item, view: 't' | 'r' = 't') => `f${p.index}-${view}${it.n}`;
/** Attributes of a link to a finding's place: in the view shown first, else in the other one. */
function jumpTo(primary: string, alternative?: string): string {
  return `href="#${primary}" data-jump="${primary}"${alternative ? ` data-jump-alt="${alternative}"` : ''}`;
}

function ruleLabel(m: LintMessage): string {
  if (!m.ruleId) return '';
  return m.messageId ? `${m.ruleId}/${m.messageId}` : m.ruleId;
}

function lawOf(m: LintMessage): string | undefined {
  return m.law && m.law !== '—' ? m.law : undefined;
}

/** The quoted text of a finding (as the reader sees it, when the file is shown so), shortened in the middle when long. */
function quoteOf(p: Prepared, it: Item): string | undefined {
  if (!p.source || it.end <= it.start) return undefined;
  const at = p.inView.get(it.n);
  const raw = p.view && at ? p.view.text.slice(at.start, at.end) : p.source.slice(it.start, it.end);
  const t = raw.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  return t.length > 240 ? `${t.slice(0, 160)} … ${t.slice(-60)}` : t;
}

function renderCard(p: Prepared, it: Item, w: Words): string {
  const m = it.m;
  const sevText = m.fatal ? w.fatal : m.severity === 2 ? w.error : w.warning;
  const law = lawOf(m);
  const url = safeUrl(m.url);
  const where = it.kind === 'text' || (it.kind === 'absent' && it.group !== -1) ? withReaderLocation(w.lineCol(m.line, m.column), m, w.readerLang) : '';
  let h = `<li class="card ${sevClass(m)}" id="${cardId(p, it)}" data-n="${it.n}">`;
  h += `<div class="card-head"><span class="num" aria-hidden="true">${it.n}</span>`;
  h += `<span class="sev">${escapeHtml(sevText)}</span>`;
  if (m.ruleId) h += ` <code class="rule">${escapeHtml(ruleLabel(m))}</code>`;
  if (where) {
    const link = p.inView.has(it.n) ? jumpTo(anchorId(p, it, 'r'), anchorId(p, it)) : jumpTo(anchorId(p, it));
    h += ` <a class="where" ${link} title="${escapeHtml(w.toText)}">${escapeHtml(where)}</a>`;
  }
  h += '</div>';
  const quote = it.kind === 'text' ? quoteOf(p, it) : undefined;
  if (quote) h += `<blockquote class="quote" lang="${escapeHtml(p.r.language ?? '')}">${escapeHtml(quote)}</blockquote>`;
  h += `<p class="msg">${escapeHtml(m.message)}</p>`;
  if (law || url) {
    h += '<p class="meta">';
    if (law) h += `<span class="law"><span class="k">${escapeHtml(w.article)}:</span> ${escapeHtml(law)}</span>`;
    if (url) h += `${law ? ' · ' : ''}<a class="docs" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(w.docs)}</a>`;
    h += '</p>';
  }
  for (const s of m.suggestions ?? []) {
    h += `<div class="sugg"><p class="sugg-desc"><span class="k">${escapeHtml(w.suggestion)}:</span> ${escapeHtml(s.desc)}</p>`;
    h += `<div class="sugg-body"><pre class="sugg-text"><code>${escapeHtml(s.text)}</code></pre>`;
    h += `<button type="button" class="copy" hidden>${escapeHtml(w.copy)}</button></div></div>`;
  }
  return `${h}</li>`;
}

/**
 * Paints findings into a text, range by range in text order: highlight pieces (flat, for
 * overlapping findings), insertion marks for points, the anchors that "show in the text" jumps to
 * and the number badges. One painter per view; the source view paints lines, the reader view
 * blocks and cells.
 */
class Painter {
  private readonly anchorsAt = new Map<number, Span[]>();
  private readonly refsAt = new Map<number, number[]>();
  private readonly started = new Set<number>();
  private readonly byId = new Map<number, Item>();
  private readonly sorted: Highlight[];
  private next = 0;
  private live: Highlight[] = [];

  /**
   * `badgeAt` moves a badge off a place the view does not show (a line break, the gap between
   * blocks); `anchorAt` likewise for the start of a finding.
   */
  constructor(
    private readonly p: Prepared,
    private readonly w: Words,
    private readonly text: string,
    spans: readonly Span[],
    private readonly view: 't' | 'r',
    badgeAt: (end: number, start: number) => number,
    anchorAt: (start: number) => number,
  ) {
    for (const s of spans) {
      this.byId.set(s.it.n, s.it);
      const at = anchorAt(s.start);
      if (!this.anchorsAt.has(at)) this.anchorsAt.set(at, []);
      this.anchorsAt.get(at)!.push(s);
      if (s.end <= s.start) continue;
      const e = badgeAt(s.end, s.start);
      if (!this.refsAt.has(e)) this.refsAt.set(e, []);
      this.refsAt.get(e)!.push(s.it.n);
    }
    this.sorted = spans.filter((s) => s.end > s.start).map((s) => ({ id: s.it.n, start: s.start, end: s.end, severity: s.it.m.severity })).sort((a, b) => a.start - b.start);
  }

  private anchors(at: number): string {
    const list = this.anchorsAt.get(at);
    if (!list) return '';
    this.anchorsAt.delete(at);
    const { p, w } = this;
    let h = '';
    for (const s of list) {
      const id = anchorId(p, s.it, this.view);
      if (s.end > s.start) h += `<span class="anchor" id="${id}"></span>`;
      else h += `<a class="hl ins ${sevClass(s.it.m)}" id="${id}" href="#${cardId(p, s.it)}" data-f="${cardId(p, s.it)}" aria-describedby="${cardId(p, s.it)}"><span class="vh">${escapeHtml(`${w.findingAt} ${s.it.n}`)}</span></a>`;
    }
    return h;
  }

  private refs(at: number): string {
    const list = this.refsAt.get(at);
    if (!list) return '';
    this.refsAt.delete(at);
    return `<sup class="ref" aria-hidden="true">${list.sort((a, b) => a - b).join(',')}</sup>`;
  }

  /** [from, to) of the text with its findings; calls come in text order. */
  paint(from: number, to: number): string {
    const { p } = this;
    // Highlights live in a range when they start before its end and end after its start (a sweep).
    while (this.next < this.sorted.length && this.sorted[this.next].start < to) this.live.push(this.sorted[this.next++]);
    this.live = this.live.filter((hl) => hl.end > from);
    let out = '';
    for (const piece of cutPieces(this.live, from, to)) {
      out += this.refs(piece.start);
      out += this.anchors(piece.start);
      const text = escapeHtml(this.text.slice(piece.start, piece.end));
      if (piece.covering.length === 0) {
        out += text;
        continue;
      }
      const items = piece.covering.map((id) => this.byId.get(id)!);
      const starting = items.some((it) => !this.started.has(it.n));
      for (const it of items) this.started.add(it.n);
      const sev = items.some((it) => it.m.severity === 2) ? 's2' : 's1';
      const depth = Math.min(items.length, 3);
      const miss = items.every((it) => it.kind === 'absent') ? ' miss' : '';
      const ids = items.map((it) => cardId(p, it)).join(' ');
      out += `<a class="hl ${sev} d${depth}${miss}" href="#${cardId(p, items[0])}" data-f="${ids}" aria-describedby="${ids}"${starting ? '' : ' tabindex="-1"'}>${text}</a>`;
    }
    out += this.refs(to);
    out += this.anchors(to);
    return out;
  }

  /** Anything not painted yet (places past the end). */
  rest(): string {
    let out = '';
    for (const at of [...this.anchorsAt.keys()]) out += this.anchors(at);
    for (const at of [...this.refsAt.keys()]) out += this.refs(at);
    return out;
  }
}

function renderSource(p: Prepared, w: Words): string {
  const source = p.source ?? '';
  const starts = p.starts ?? [0];
  const lang = p.r.language ?? '';
  const spans: Span[] = shownInText(p).map((it) => ({ it, start: it.start, end: it.end }));
  // A range ending at a line start (its line break included) is badged at the previous line's end.
  const badgeAt = (e: number, start: number) => {
    const line = lineOf(starts, e);
    return line > 0 && starts[line] === e && e > start ? lineEnd(source, starts, line - 1) : e;
  };
  const painter = new Painter(p, w, source, spans, 't', badgeAt, (s) => s);
  let out = `<div class="src${p.r.format === 'html' ? ' src-html' : ''}" lang="${escapeHtml(lang)}">`;
  for (let l = 0; l < starts.length; l++) {
    const ls = starts[l];
    const le = lineEnd(source, starts, l);
    if (l === starts.length - 1 && ls === le && l > 0 && source.length > 0) break; // the empty line after a final newline
    out += pageSeparator(p.r, l);
    out += `<div class="ln" id="f${p.index}-L${l + 1}"><span class="no" data-n="${gutterNumber(p.r, l)}" aria-hidden="true"></span><span class="tx">`;
    out += painter.paint(ls, le);
    if (ls === le) out += '\u200b';
    out += '</span></div>';
  }
  return `${out}${painter.rest()}</div>`;
}

/**
 * The reader view: the policy's blocks as the elements a reader sees (headings, paragraphs, lists,
 * tables), every piece of text escaped, the findings painted at the words they cover.
 */
function renderReader(p: Prepared, w: Words, view: ReaderView): string {
  const text = view.text;
  // What the view shows of the text: blocks, or the cells of table rows (not the separators between).
  const shown: [number, number][] = [];
  for (const b of view.blocks) {
    if (b.kind === 'table-row' && b.cells?.length) for (const c of b.cells) shown.push([c[0], c[1]]);
    else shown.push([b.start, b.end]);
  }
  shown.sort((a, b) => a[0] - b[0]);
  const startOf = (r: readonly [number, number]) => r[0];
  const inside = (x: number) => {
    const i = countBefore(shown, x, startOf, true) - 1;
    return i >= 0 && x <= shown[i][1] ? i : -1;
  };
  // A badge in a gap goes to the end of what is shown before it; an anchor to the start after it.
  const badgeAt = (e: number) => {
    if (inside(e) >= 0) return e;
    const i = countBefore(shown, e, startOf, true) - 1;
    return i >= 0 ? shown[i][1] : (shown[0]?.[0] ?? 0);
  };
  const anchorAt = (s: number) => {
    if (inside(s) >= 0) return s;
    const i = countBefore(shown, s, startOf, true);
    return i < shown.length ? shown[i][0] : (shown[shown.length - 1]?.[1] ?? 0);
  };
  const painter = new Painter(p, w, text, [...p.inView.values()], 'r', badgeAt, anchorAt);

  let out = `<article class="reader" lang="${escapeHtml(p.r.language ?? '')}">`;
  const lists: string[] = [];
  let table: number | undefined;
  let inTable = false;
  let page: number | undefined;
  const closeLists = () => {
    while (lists.length) out += `</li></${lists.pop()!.split(' ')[0]}>`;
  };
  const closeTable = () => {
    if (inTable) out += '</tbody></table>';
    inTable = false;
    table = undefined;
  };
  for (const b of view.blocks) {
    if (b.page !== undefined && b.page !== page) {
      closeLists();
      closeTable();
      page = b.page;
      out += `<div class="page-break" role="separator"><span>${escapeHtml(w.page(page))}</span></div>`;
    }
    if (b.kind !== 'list-item') closeLists();
    if (b.kind !== 'table-row' || b.table !== table) closeTable();
    if (b.kind === 'heading') {
      const level = Math.min(6, Math.max(1, b.depth));
      out += `<h${level}>${painter.paint(b.start, b.end)}</h${level}>`;
    } else if (b.kind === 'list-item') {
      const depth = Math.max(1, b.depth);
      // A numbered list (<ol>), a list whose items carry their own numbers, or a bulleted one;
      // an item of another kind than the list open at its level starts a new list.
      const kind = b.ordered ? 'ol' : b.contentStart !== undefined ? 'ul class="plain"' : 'ul';
      while (lists.length > depth || (lists.length === depth && lists[depth - 1] !== kind)) out += `</li></${lists.pop()!.split(' ')[0]}>`;
      if (lists.length === depth) out += '</li>';
      while (lists.length < depth) {
        out += `<${kind}>`;
        lists.push(kind);
        if (lists.length < depth) out += '<li class="nest">';
      }
      out += `<li>${painter.paint(b.start, b.end)}`;
    } else if (b.kind === 'table-row') {
      if (!inTable) {
        out += '<table><tbody>';
        inTable = true;
        table = b.table;
      }
      const cell = b.header ? 'th' : 'td';
      out += '<tr>';
      for (const [s, e] of b.cells?.length ? b.cells : [[b.start, b.end] as [number, number]]) out += `<${cell}>${painter.paint(s, e)}</${cell}>`;
      out += '</tr>';
    } else {
      out += `<p>${painter.paint(b.start, b.end)}</p>`;
    }
  }
  closeLists();
  closeTable();
  return `${out}${painter.rest()}</article>`;
}

// PDF and Word (docs/formats.md): the page a line is on, where the reader finds a finding.
/** A page label before the first line of each page of a PDF's extracted text. */
function pageSeparator(r: FileResult, line: number): string {
  const page = r.locations?.[line]?.page;
  if (page === undefined) return '';
  for (let l = line - 1; l >= 0; l--) {
    const before = r.locations![l]?.page;
    if (before !== undefined) return before === page ? '' : `<div class="pg">${page}</div>`;
  }
  return `<div class="pg">${page}</div>`;
}

/** The gutter's number: the line on its page for a PDF, the paragraph for Word, else the line. */
function gutterNumber(r: FileResult, line: number): string {
  if (!r.locations) return String(line + 1);
  const loc = r.locations[line];
  return String(loc?.pageLine ?? loc?.paragraph ?? '');
}

/** "line 40, column 3 · p. 2, line 7": the extracted text's line, then the document's page or paragraph. */
function withReaderLocation(lineCol: string, m: LintMessage, lang: Lang): string {
  const where = describeLocation(m, lang);
  return where ? `${lineCol} · ${where}` : lineCol;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function renderSuppressed(list: readonly SuppressedMessage[], w: Words): string {
  let h = `<details class="suppressed"><summary>${escapeHtml(w.suppressed(list.length))}</summary><p class="note">${escapeHtml(w.suppressedNote)}</p><ul>`;
  for (const m of list) {
    const reasons = m.suppressions.map((s) => s.justification.trim()).filter(Boolean);
    h += `<li class="${sevClass(m)}"><span class="where">${escapeHtml(withReaderLocation(w.lineCol(m.line, m.column), m, w.readerLang))}</span> <code class="rule">${escapeHtml(ruleLabel(m))}</code> ${escapeHtml(m.message)}`;
    h += `<br><span class="k">${escapeHtml(w.reason)}:</span> ${reasons.length ? escapeHtml(reasons.join('; ')) : `<em>${escapeHtml(w.noReason)}</em>`}</li>`;
  }
  return `${h}</ul></details>`;
}

/** Counts from the messages themselves, so that the report always agrees with what it shows. */
function counts(r: FileResult): { errors: number; warnings: number; fatal: number } {
  let errors = 0;
  let warnings = 0;
  let fatal = 0;
  for (const m of r.messages) {
    if (m.fatal) fatal++;
    else if (m.severity === 2) errors++;
    else warnings++;
  }
  return { errors, warnings, fatal };
}

function fileStatus(r: FileResult, w: Words): string {
  const c = counts(r);
  if (c.fatal && !c.errors && !c.warnings) return w.fatal;
  const parts: string[] = [];
  if (c.errors) parts.push(w.nErrors(c.errors));
  if (c.warnings) parts.push(w.nWarnings(c.warnings));
  if (c.fatal) parts.push(w.fatal.toLowerCase());
  return parts.length ? parts.join(', ') : w.ok;
}

function renderFile(p: Prepared, w: Words): string {
  const r = p.r;
  const lang = r.language;
  let h = `<section class="file" id="file-${p.index}" aria-labelledby="file-${p.index}-h">`;
  h += `<h2 id="file-${p.index}-h"><span class="path">${escapeHtml(r.filePath)}</span></h2>`;
  const facts: string[] = [];
  if (lang) facts.push(`${w.language}: ${w.langNames[lang] ?? lang}`);
  if (r.format) facts.push(`${w.format}: ${w.formatNames[r.format] ?? r.format}`);
  if (r.encoding) facts.push(`${w.encoding}: ${r.encoding}`);
  facts.push(fileStatus(r, w));
  h += `<p class="facts">${facts.map(escapeHtml).join(' · ')}</p>`;

  const fatal = p.items.filter((it) => it.kind === 'fatal');
  if (fatal.length) {
    h += `<div class="fatal" role="alert"><h3>${escapeHtml(w.fatal)}</h3><ul>`;
    for (const it of fatal) h += `<li id="${cardId(p, it)}">${it.m.ruleId ? `<code class="rule">${escapeHtml(it.m.ruleId)}</code> ` : ''}${escapeHtml(it.m.message)}</li>`;
    h += '</ul></div>';
  }

  const absent = p.items.filter((it) => it.kind === 'absent');
  if (absent.length) {
    h += `<div class="absent"><h3>${escapeHtml(w.absent)}</h3><p class="note">${escapeHtml(w.absentNote)}</p>`;
    const groups = [...new Set(absent.map((it) => it.group!))].sort((a, b) => a - b);
    for (const g of groups) {
      const head = p.headings.get(g);
      const label = g === -1 || !head ? w.wholePolicy : `${w.section}: ${head.label}`;
      const list = absent.filter((it) => it.group === g).sort((a, b) => b.m.severity - a.m.severity || a.n - b.n);
      const lineId = `f${p.index}-L${head?.line}`;
      const inView = list.find((it) => p.inView.has(it.n));
      const link = inView ? jumpTo(anchorId(p, inView, 'r'), lineId) : jumpTo(lineId);
      h += `<div class="group"><h4>${escapeHtml(label)}${head && g !== -1 ? ` <a class="where" ${link}>${escapeHtml(`${w.line} ${head.line}`)}</a>` : ''}</h4><ol class="cards">`;
      for (const it of list) h += renderCard(p, it, w);
      h += '</ol></div>';
    }
    h += '</div>';
  }

  if (p.source !== undefined) {
    const textItems = p.items.filter((it) => it.kind === 'text');
    if (p.view && p.source.length) {
      // Two views of the policy: as a reader sees it (first), and its source. The switch is a pair of
      // radio buttons and the stylesheet shows the chosen view: it works without the script.
      const name = `f${p.index}-view`;
      h += `<div class="policy"><h3>${escapeHtml(w.policyText)}</h3><div class="views">`;
      h += `<input type="radio" class="v-reader" name="${name}" id="${name}-r" checked><label for="${name}-r">${escapeHtml(w.readerView)}</label>`;
      h += `<input type="radio" class="v-source" name="${name}" id="${name}-s"><label for="${name}-s">${escapeHtml(w.sourceView(r.format))}</label>`;
      h += `<div class="view view-reader">${renderReader(p, w, p.view)}</div>`;
      h += `<div class="view view-source"><p class="note">${escapeHtml(w.sourceNote)}</p>${renderSource(p, w)}</div>`;
      h += '</div></div>';
    } else {
      h += `<div class="policy"><h3>${escapeHtml(r.format === 'html' ? w.htmlSource : w.policyText)}</h3>`;
      h += p.source.length ? renderSource(p, w) : `<p class="note">${escapeHtml(w.emptySource)}</p>`;
      h += '</div>';
    }
    if (textItems.length) {
      h += `<div class="intext"><h3>${escapeHtml(w.inText)}</h3><ol class="cards">`;
      for (const it of textItems) h += renderCard(p, it, w);
      h += '</ol></div>';
    }
  } else if (!fatal.length) h += `<p class="note">${escapeHtml(w.noText)}</p>`;

  const other = p.items.filter((it) => it.kind === 'other');
  if (other.length) {
    h += `<div class="other"><h3>${escapeHtml(w.other)}</h3><ol class="cards">`;
    for (const it of other) h += renderCard(p, it, w);
    h += '</ol></div>';
  }
  if (r.suppressedMessages?.length) h += renderSuppressed(r.suppressedMessages, w);
  return `${h}</section>`;
}

interface RuleRow {
  ruleId: string;
  errors: number;
  warnings: number;
  files: Set<number>;
  laws: Set<string>;
  messageIds: Map<string, number>;
  url?: string;
}

function renderSummary(prepared: readonly Prepared[], metas: ReadonlyMap<string, RuleMeta>, w: Words, locale: Lang): string {
  let errors = 0;
  let warnings = 0;
  let unchecked = 0;
  const filesWith = { 2: new Set<number>(), 1: new Set<number>() };
  const rows = new Map<string, RuleRow>();
  for (const p of prepared) {
    const r = p.r;
    if (r.messages.some((m) => m.fatal) && !r.messages.some((m) => !m.fatal)) unchecked++;
    for (const m of r.messages) {
      if (m.fatal) continue;
      if (m.severity === 2) errors++;
      else warnings++;
      filesWith[m.severity].add(p.index);
      const id = m.ruleId ?? '';
      let row = rows.get(id);
      if (!row) {
        row = { ruleId: id, errors: 0, warnings: 0, files: new Set(), laws: new Set(), messageIds: new Map() };
        rows.set(id, row);
      }
      if (m.severity === 2) row.errors++;
      else row.warnings++;
      row.files.add(p.index);
      const law = lawOf(m);
      if (law) row.laws.add(law);
      if (m.messageId) row.messageIds.set(m.messageId, (row.messageIds.get(m.messageId) ?? 0) + 1);
      row.url ??= safeUrl(m.url);
    }
  }
  let h = `<section class="summary" id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${escapeHtml(w.summary)}</h2>`;
  if (!prepared.length) return `${h}<p class="verdict">${escapeHtml(w.noFiles)}</p></section>`;
  const verdict = errors + warnings === 0 ? w.verdictClean : w.verdict(errors, warnings, prepared.length);
  h += `<p class="verdict ${errors ? 's2' : warnings ? 's1' : 'ok'}">${escapeHtml(verdict)}${unchecked ? ` <strong class="sf">${escapeHtml(w.unchecked(unchecked))}</strong>` : ''}</p>`;

  h += `<div class="tables"><table class="by-sev"><caption>${escapeHtml(w.bySeverity)}</caption><thead><tr><th scope="col">${escapeHtml(w.severity)}</th><th scope="col" class="n">${escapeHtml(w.findings)}</th><th scope="col" class="n">${escapeHtml(w.filesAffected)}</th></tr></thead><tbody>`;
  h += `<tr class="s2"><th scope="row"><span class="sev">${escapeHtml(w.errors)}</span></th><td class="n">${errors}</td><td class="n">${filesWith[2].size}</td></tr>`;
  h += `<tr class="s1"><th scope="row"><span class="sev">${escapeHtml(w.warnings)}</span></th><td class="n">${warnings}</td><td class="n">${filesWith[1].size}</td></tr>`;
  if (unchecked) h += `<tr class="sf"><th scope="row"><span class="sev">${escapeHtml(w.fatal)}</span></th><td class="n">—</td><td class="n">${unchecked}</td></tr>`;
  h += '</tbody></table>';

  if (rows.size) {
    const sorted = [...rows.values()].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.ruleId.localeCompare(b.ruleId));
    h += `<table class="by-rule"><caption>${escapeHtml(w.byRule)}</caption><thead><tr><th scope="col">${escapeHtml(w.rule)}</th><th scope="col">${escapeHtml(w.checks)}</th><th scope="col">${escapeHtml(w.articles)}</th><th scope="col" class="n">${escapeHtml(w.errors)}</th><th scope="col" class="n">${escapeHtml(w.warnings)}</th><th scope="col" class="n">${escapeHtml(w.filesAffected)}</th></tr></thead><tbody>`;
    for (const row of sorted) {
      const meta = metas.get(row.ruleId);
      const name = escapeHtml(row.ruleId || '—');
      const ids = [...row.messageIds].map(([id, n]) => `${id}${n > 1 ? ` ×${n}` : ''}`).join(', ');
      h += `<tr class="${row.errors ? 's2' : 's1'}"><th scope="row">${row.url ? `<a href="${escapeHtml(row.url)}" target="_blank" rel="noopener noreferrer"><code>${name}</code></a>` : `<code>${name}</code>`}${ids ? `<div class="ids">${escapeHtml(ids)}</div>` : ''}</th>`;
      h += `<td>${escapeHtml(meta ? meta.description[locale] : '')}</td><td class="laws">${[...row.laws].map(escapeHtml).join('<br>')}</td>`;
      h += `<td class="n">${row.errors}</td><td class="n">${row.warnings}</td><td class="n">${row.files.size}</td></tr>`;
    }
    h += '</tbody></table>';
  }

  h += `<table class="by-file"><caption>${escapeHtml(w.byFile)}</caption><thead><tr><th scope="col">${escapeHtml(w.file)}</th><th scope="col">${escapeHtml(w.language)}</th><th scope="col" class="n">${escapeHtml(w.errors)}</th><th scope="col" class="n">${escapeHtml(w.warnings)}</th><th scope="col">${escapeHtml(w.status)}</th></tr></thead><tbody>`;
  for (const p of prepared) {
    const r = p.r;
    const c = counts(r);
    const cls = c.fatal ? 'sf' : c.errors ? 's2' : c.warnings ? 's1' : 'ok';
    h += `<tr class="${cls}"><th scope="row"><a href="#file-${p.index}">${escapeHtml(r.filePath)}</a></th><td>${escapeHtml(r.language ? (w.langNames[r.language] ?? r.language) : '—')}</td><td class="n">${c.errors}</td><td class="n">${c.warnings}</td><td>${escapeHtml(fileStatus(r, w))}</td></tr>`;
  }
  h += '</tbody></table></div>';
  h += `<p class="controls" hidden><label><input type="checkbox" id="show-2" checked> ${escapeHtml(w.errors)}</label> <label><input type="checkbox" id="show-1" checked> ${escapeHtml(w.warnings)}</label> <button type="button" id="print">${escapeHtml(w.print)}</button></p>`;
  return `${h}</section>`;
}

/** The HTML report: one self-contained, offline, printable page. */
export function formatHtml(results: readonly FileResult[], context: HtmlFormatContext = {}): string {
  const locale: Lang = context.locale === 'ru' || context.locale === 'en' ? context.locale : reportLocale(results);
  const w = WORDS[locale];
  const metas = new Map<string, RuleMeta>((context.rules ?? []).map((m) => [m.id, m]));
  const prepared = results.map((r, i) => prepare(r, i));
  const title = context.title ?? w.title;
  const generated = context.generated === undefined ? '' : context.generated instanceof Date ? context.generated.toISOString() : String(context.generated);

  let body = `<header class="top"><h1>${escapeHtml(title)}</h1><p class="sub">${escapeHtml(w.subtitle)}</p>`;
  body += `<p class="gen">${escapeHtml(w.generatedBy)}${context.version ? ` ${escapeHtml(context.version)}` : ''}${generated ? `, ${escapeHtml(w.generatedAt)} <time>${escapeHtml(generated)}</time>` : ''}</p></header>`;
  body += `<main>${renderSummary(prepared, metas, w, locale)}`;
  if (prepared.length > 1) {
    body += `<nav class="toc" aria-label="${escapeHtml(w.contents)}"><h2>${escapeHtml(w.contents)}</h2><ol>`;
    for (const p of prepared) body += `<li><a href="#file-${p.index}">${escapeHtml(p.r.filePath)}</a> <span class="note">${escapeHtml(fileStatus(p.r, w))}</span></li>`;
    body += '</ol></nav>';
  }
  for (const p of prepared) body += renderFile(p, w);
  body += `</main><div id="pop" class="pop" role="dialog" aria-modal="false" aria-label="${escapeHtml(w.findings)}" hidden><button type="button" class="pop-close" aria-label="${escapeHtml(w.close)}">×</button><div class="pop-body"></div><p class="pop-foot"><a href="#" class="pop-list">${escapeHtml(w.toList)}</a></p></div>`;

  const { styleHash, scriptHash } = hashes();
  const csp = `default-src 'none'; style-src '${styleHash}'; script-src '${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return (
    `<!DOCTYPE html>\n<html lang="${locale}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
    `<meta name="referrer" content="no-referrer">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="policylint${context.version ? ` ${escapeHtml(context.version)}` : ''}">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n` +
    `<body data-copied="${escapeHtml(w.copied)}" data-copy-failed="${escapeHtml(w.copyFailed)}">\n${body}\n<script>${SCRIPT}</script>\n</body>\n</html>\n`
  );
}

// ---------------------------------------------------------------------------------------------
// The page's stylesheet and script: constants, allowed by hash in the CSP.

const STYLE = String.raw`
:root{--fg:#1b1f24;--muted:#57606a;--bg:#fff;--panel:#f6f8fa;--line:#d0d7de;--err:#c62828;--err-bg:#ffe3e3;--err-hl:rgba(229,57,53,.22);--warn:#8a5a00;--warn-bg:#fff4d6;--warn-hl:rgba(255,179,0,.32);--fatal:#6a1b9a;--ok:#1b7f3b;--link:#0b5cad;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9da7b3;--bg:#0d1117;--panel:#161b22;--line:#30363d;--err:#ff7b72;--err-bg:#3b1517;--err-hl:rgba(248,81,73,.33);--warn:#e3b341;--warn-bg:#33280c;--warn-hl:rgba(210,153,34,.38);--fatal:#d2a8ff;--ok:#56d364;--link:#58a6ff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
header.top,main{max-width:1100px;margin:0 auto;padding:0 20px}
header.top{padding-top:24px}
h1{font-size:1.6em;margin:0 0 4px}
h2{font-size:1.3em;margin:32px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:1.1em;margin:20px 0 8px}
h4{font-size:1em;margin:14px 0 6px}
.sub,.gen,.note,.facts{color:var(--muted);margin:2px 0}
.path{overflow-wrap:anywhere;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.95em}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.verdict{font-size:1.15em;font-weight:600;margin:8px 0 16px}
.verdict.s2{color:var(--err)}.verdict.s1{color:var(--warn)}.verdict.ok{color:var(--ok)}
.sf{color:var(--fatal)}
.tables{display:flex;flex-direction:column;gap:16px}
table{border-collapse:collapse;width:100%}
table.by-sev{width:auto;min-width:320px;align-self:flex-start}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:var(--panel)}
td.n,th.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.ids{color:var(--muted);font-size:.85em}
.laws{font-size:.9em}
tr.s2 .sev{color:var(--err);font-weight:600}tr.s1 .sev{color:var(--warn);font-weight:600}tr.sf .sev{color:var(--fatal);font-weight:600}
.controls label{margin-right:12px}
.toc ol{padding-left:24px}
.file{margin-top:8px}
.fatal{border:2px solid var(--fatal);border-radius:6px;padding:4px 16px;margin:12px 0}
.fatal h3{color:var(--fatal);margin-top:8px}
.absent{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:4px 16px 8px;margin:12px 0}
.cards{list-style:none;padding:0;margin:0}
.card{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:6px;padding:8px 12px;margin:8px 0;background:var(--bg)}
.card.s2{border-left-color:var(--err)}.card.s1{border-left-color:var(--warn)}
.card:target{outline:3px solid var(--link);outline-offset:1px}
.card-head{display:flex;flex-wrap:wrap;gap:6px;align-items:baseline}
.num{display:inline-block;min-width:1.6em;padding:0 4px;border-radius:9px;background:var(--panel);border:1px solid var(--line);text-align:center;font-size:.85em;font-weight:600}
.card .sev{font-weight:600}
.card.s2 .sev{color:var(--err)}.card.s1 .sev{color:var(--warn)}
.rule{color:var(--muted)}
.where{font-size:.9em}
.msg{margin:6px 0}
.meta{margin:4px 0;font-size:.9em;color:var(--muted)}
.k{font-weight:600}
.quote{margin:6px 0;padding:2px 10px;border-left:3px solid var(--line);color:var(--muted);overflow-wrap:anywhere;white-space:pre-wrap}
.sugg{margin:8px 0 2px;padding:6px 10px;background:var(--panel);border-radius:6px}
.sugg-desc{margin:0 0 4px}
.sugg-body{display:flex;gap:8px;align-items:flex-start}
.sugg-text{flex:1;margin:0;white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;font-size:.95em;background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:6px 8px}
.sugg-text code{font-family:inherit;font-size:1em}
button{font:inherit;font-size:.9em;padding:3px 10px;border:1px solid var(--line);border-radius:6px;background:var(--panel);color:var(--fg);cursor:pointer}
button:hover{border-color:var(--muted)}
button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.src{border:1px solid var(--line);border-radius:6px;background:var(--panel);padding:8px 0;font-size:14px;line-height:1.6}
.src-html{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.ln{display:flex}
.pg{margin:.6em 0 .2em;padding-top:.3em;border-top:1px dashed var(--muted);color:var(--muted);font-size:.85em;text-align:center}
.pg::before{content:"— "}.pg::after{content:" —"}
.ln .no{flex:0 0 3.5em;text-align:right;padding-right:10px;color:var(--muted);user-select:none;font-variant-numeric:tabular-nums;font-size:.85em;line-height:1.9}
.ln .no::before{content:attr(data-n)}
.ln .tx{flex:1;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;tab-size:4;padding-right:12px}
.ln:target{background:var(--warn-bg)}
.hl{color:inherit;text-decoration:none;border-radius:2px;cursor:pointer;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.hl.s1{background:var(--warn-hl);border-bottom:2px solid var(--warn)}
.hl.s2{background:var(--err-hl);border-bottom:2px solid var(--err)}
.hl.d2{background-image:linear-gradient(rgba(0,0,0,.08),rgba(0,0,0,.08));border-bottom-style:double;border-bottom-width:3px}
.hl.d3{background-image:linear-gradient(rgba(0,0,0,.16),rgba(0,0,0,.16));border-bottom-style:double;border-bottom-width:4px}
.hl.miss{background:transparent;border:1px dashed var(--warn);border-bottom-width:1px}
.hl.miss.s2{border-color:var(--err)}
.hl:hover,.hl:focus,.hl.on{outline:2px solid var(--link);outline-offset:1px}
.hl.ins{display:inline-block;width:.7em;height:1.1em;vertical-align:text-bottom;border:0;border-left:3px solid var(--warn);background:transparent}
.hl.ins.s2{border-left-color:var(--err)}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.ref{font-size:.7em;color:var(--muted);font-weight:600;margin-left:1px;user-select:none}
.anchor{scroll-margin-top:40vh}
.suppressed{margin:12px 0}
.views>input{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.views>label{display:inline-block;margin:0 0 10px -1px;padding:4px 14px;border:1px solid var(--line);background:var(--panel);cursor:pointer;font-size:.9em}
.views>label:first-of-type{margin-left:0;border-radius:6px 0 0 6px}
.views>label:last-of-type{border-radius:0 6px 6px 0}
.views>input:checked+label{background:var(--link);border-color:var(--link);color:var(--bg);font-weight:600}
.views>input:focus-visible+label{outline:3px solid var(--link);outline-offset:2px}
.views>.v-source:checked~.view-reader,.views>.v-reader:checked~.view-source{display:none}
.reader{border:1px solid var(--line);border-radius:6px;padding:6px 28px 12px;line-height:1.6;overflow-wrap:anywhere}
.reader h1,.reader h2,.reader h3,.reader h4,.reader h5,.reader h6{margin:1em 0 .4em;padding:0;border:0;line-height:1.3}
.reader h1{font-size:1.5em}.reader h2{font-size:1.25em}.reader h3{font-size:1.1em}.reader h4,.reader h5,.reader h6{font-size:1em}
.reader p{margin:.5em 0}
.reader ul,.reader ol{margin:.4em 0;padding-left:1.8em}
.reader ul.plain{list-style:none;padding-left:1.2em}
.reader li{margin:.25em 0}
.reader li.nest{list-style:none}
.reader table{margin:.6em 0}
.reader th{background:var(--panel)}
.page-break{display:flex;align-items:center;gap:8px;margin:18px 0 6px;color:var(--muted);font-size:.85em}
.page-break::before,.page-break::after{content:"";flex:1;border-top:1px dashed var(--line)}
.suppressed li{margin:4px 0}
.pop{position:absolute;z-index:10;max-width:min(560px,calc(100vw - 24px));max-height:60vh;overflow:auto;background:var(--bg);border:1px solid var(--line);border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.2);padding:8px 12px}
.pop .cards{margin:0}
.pop .card{margin:6px 0}
.pop-close{float:right;margin-left:8px;padding:0 8px}
.pop-foot{margin:4px 0 0;font-size:.9em}
.hide-1 .card.s1,.hide-2 .card.s2{display:none}
.hide-1 .hl.s1,.hide-2 .hl.s2{background:transparent;border-bottom-color:transparent}
.hide-1 .hl.s1.miss,.hide-2 .hl.s2.miss{border-color:transparent}
@media print{
 :root{--fg:#000;--muted:#444;--bg:#fff;--panel:#f4f4f4;--line:#bbb;--link:#000}
 @page{margin:16mm 14mm}
 body{font-size:11pt}
 header.top,main{max-width:none;padding:0}
 .controls,.copy,.pop,.toc,.views>label{display:none!important}
 .reader{border:0;padding:0}
 .hide-1 .card.s1,.hide-2 .card.s2{display:block}
 a{text-decoration:none}
 .card a.docs::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
 .hl{outline:none!important;-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .card,.group h4,tr,.fatal{break-inside:avoid}
 h2,h3,h4{break-after:avoid}
 .file{break-before:page}
 .src{background:none;border:0;font-size:10pt}
 .ref{color:#000}
 .ln:target{background:none}
 details.suppressed>*{display:block}
}
`;

const SCRIPT = String.raw`(function(){'use strict';
var d=document,b=d.body,pop=d.getElementById('pop'),popBody=pop&&pop.querySelector('.pop-body'),popList=pop&&pop.querySelector('.pop-list');
var current=null,pinned=false,hideTimer=0,quiet=false;
function each(list,fn){Array.prototype.forEach.call(list,fn)}
each(d.querySelectorAll('.copy,.controls'),function(el){el.hidden=false});
function copyText(btn){
 var box=btn.closest('.sugg');var code=box&&box.querySelector('code');if(!code)return;
 var text=code.textContent;
 function done(ok){var old=btn.getAttribute('data-label')||btn.textContent;btn.setAttribute('data-label',old);btn.textContent=ok?b.getAttribute('data-copied'):b.getAttribute('data-copy-failed');setTimeout(function(){btn.textContent=old},1600)}
 function fallback(){try{var r=d.createRange();r.selectNodeContents(code);var s=window.getSelection();s.removeAllRanges();s.addRange(r);done(d.execCommand('copy'))}catch(e){done(false)}}
 if(navigator.clipboard&&navigator.clipboard.writeText){navigator.clipboard.writeText(text).then(function(){done(true)},fallback)}else fallback();
}
function cardsOf(mark){return (mark.getAttribute('data-f')||'').split(' ').filter(Boolean).map(function(id){return d.getElementById(id)}).filter(Boolean)}
function place(mark){
 var r=mark.getBoundingClientRect(),sx=window.scrollX,sy=window.scrollY;
 pop.style.left='0px';pop.style.top='0px';
 var w=pop.offsetWidth,h=pop.offsetHeight,vw=d.documentElement.clientWidth,vh=window.innerHeight;
 var left=Math.max(8,Math.min(r.left,vw-w-8));var top=r.bottom+6;
 if(top+h>vh&&r.top-h-6>0)top=r.top-h-6;
 pop.style.left=(left+sx)+'px';pop.style.top=(top+sy)+'px';
}
function show(mark,pin){
 if(!pop)return;clearTimeout(hideTimer);
 if(current&&current!==mark)current.classList.remove('on');
 current=mark;pinned=!!pin;mark.classList.add('on');
 var list=d.createElement('ol');list.className='cards';
 cardsOf(mark).forEach(function(card){var c=card.cloneNode(true);c.removeAttribute('id');each(c.querySelectorAll('[id]'),function(x){x.removeAttribute('id')});each(c.querySelectorAll('.where'),function(x){x.parentNode.removeChild(x)});list.appendChild(c)});
 popBody.replaceChildren(list);
 popList.setAttribute('href',mark.getAttribute('href'));
 pop.hidden=false;place(mark);
}
function hide(force){
 if(!pop||(pinned&&!force))return;
 pop.hidden=true;pinned=false;if(current)current.classList.remove('on');
}
function shown(id){var el=id&&d.getElementById(id);return el&&el.getClientRects().length?el:null}
function back(m){if(!m)return;quiet=true;m.focus();quiet=false}
function later(){clearTimeout(hideTimer);hideTimer=setTimeout(function(){hide(false)},250)}
d.addEventListener('click',function(e){
 var t=e.target;if(!(t instanceof Element))return;
 var btn=t.closest('.copy');if(btn){copyText(btn);return}
 if(t.closest('.pop-close')){var c=current;hide(true);back(c);return}
 var mark=t.closest('.hl');
 if(mark){e.preventDefault();if(pinned&&current===mark){hide(true)}else{show(mark,true);var f=pop.querySelector('.pop-close');if(e.detail===0&&f)f.focus()}return}
 var jump=t.closest('[data-jump]');
 if(jump){var target=shown(jump.getAttribute('data-jump'))||shown(jump.getAttribute('data-jump-alt'))||d.getElementById(jump.getAttribute('data-jump'));if(target){e.preventDefault();hide(true);target.scrollIntoView({block:'center'});var m=target.classList.contains('ln')?target.querySelector('.hl'):target;while(m&&!m.classList.contains('hl'))m=m.nextElementSibling;if(m)m.focus({preventScroll:true});history.replaceState(null,'','#'+target.id)}return}
 if(t.closest('.pop-list')){hide(true);return}
 if(!t.closest('.pop'))hide(true);
});
d.addEventListener('mouseover',function(e){var t=e.target;if(!(t instanceof Element))return;var mark=t.closest('.hl');if(mark&&!pinned){show(mark,false)}else if(t.closest('.pop'))clearTimeout(hideTimer)});
d.addEventListener('mouseout',function(e){var t=e.target;if(!(t instanceof Element))return;if((t.closest('.hl')||t.closest('.pop'))&&!pinned)later()});
d.addEventListener('focusin',function(e){var t=e.target;if(!(t instanceof Element))return;if(quiet)return;var mark=t.closest('.hl');if(mark){if(!(pinned&&current===mark))show(mark,false)}else if(!t.closest('.pop'))hide(true)});
d.addEventListener('keydown',function(e){if(e.key==='Escape'&&pop&&!pop.hidden){var m=current;hide(true);back(m)}});
window.addEventListener('resize',function(){if(pop&&!pop.hidden&&current)place(current)});
['1','2'].forEach(function(s){var box=d.getElementById('show-'+s);if(box)box.addEventListener('change',function(){b.classList.toggle('hide-'+s,!box.checked)})});
var pr=d.getElementById('print');if(pr)pr.addEventListener('click',function(){hide(true);window.print()});
window.addEventListener('beforeprint',function(){hide(true)});
})();`;

let cachedHashes: { styleHash: string; scriptHash: string } | undefined;
function hashes(): { styleHash: string; scriptHash: string } {
  cachedHashes ??= { styleHash: `sha256-${sha256Base64(STYLE)}`, scriptHash: `sha256-${sha256Base64(SCRIPT)}` };
  return cachedHashes;
}

/** The CSP hashes of the report's stylesheet and script (for tests and the playground). */
export function reportHashes(): { styleHash: string; scriptHash: string } {
  return { ...hashes() };
}

// SHA-256 (FIPS 180-4), synchronous and dependency-free so the formatter stays pure in a browser.
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

export function sha256Base64(text: string): string {
  const data = new TextEncoder().encode(text);
  const bitLen = data.length * 8;
  const padded = new Uint8Array(((data.length + 9 + 63) >> 6) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLen / 0x100000000));
  view.setUint32(padded.length - 4, bitLen >>> 0);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15];
      const b = w[i - 2];
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let [a, b, c, dd, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[i] + w[i]) >>> 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (dd + t1) >>> 0;
      dd = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += dd;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  const out = new Uint8Array(32);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) ov.setUint32(i * 4, h[i]);
  return base64(out);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return s;
}
