import type { FileResult, Lang } from '../types.js';
import { describeLocation } from '../binary/index.js';

/** Colour functions; the CLI passes chalk's, tests and browsers pass identity functions. */
export interface Palette {
  underline(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
}

export const plain: Palette = { underline: id, red: id, yellow: id, dim: id, bold: id, green: id };
function id(s: string): string {
  return s;
}

export interface Totals {
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fileCount: number;
}

/** Words of the stylish report in each language. */
const WORDS = {
  en: {
    error: 'error',
    warning: 'warning',
    fatal: 'fatal',
    note: 'note',
    clean: (files: number) => `${files} file${files === 1 ? '' : 's'} checked, no problems found`,
    totals: (t: Totals) => {
      const s = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
      return `${s(t.errorCount + t.warningCount, 'problem')} (${s(t.errorCount, 'error')}, ${s(t.warningCount, 'warning')}) in ${s(t.fileCount, 'file')}${t.fatalErrorCount ? `, ${t.fatalErrorCount} could not be checked` : ''}`;
    },
  },
  ru: {
    error: 'ошибка',
    warning: 'предупреждение',
    fatal: 'сбой',
    note: 'примечание',
    clean: (files: number) => `проверено файлов: ${files}, проблем не найдено`,
    totals: (t: Totals) =>
      `${t.errorCount + t.warningCount} ${plural(t.errorCount + t.warningCount, 'проблема', 'проблемы', 'проблем')} ` +
      `(${t.errorCount} ${plural(t.errorCount, 'ошибка', 'ошибки', 'ошибок')}, ${t.warningCount} ${plural(t.warningCount, 'предупреждение', 'предупреждения', 'предупреждений')}) ` +
      `в ${t.fileCount} ${plural(t.fileCount, 'файле', 'файлах', 'файлах')}${t.fatalErrorCount ? `, не удалось проверить: ${t.fatalErrorCount}` : ''}`,
  },
} satisfies Record<Lang, unknown>;

/** The Russian form of a noun after a number: 1 ошибка, 2 ошибки, 5 ошибок, 11 ошибок, 21 ошибка. */
export function plural(n: number, one: string, few: string, many: string): string {
  const d = Math.abs(n) % 100;
  if (d >= 11 && d <= 14) return many;
  if (d % 10 === 1) return one;
  if (d % 10 >= 2 && d % 10 <= 4) return few;
  return many;
}

/**
 * One file's block of the stylish report: line:column, severity, message, rule/message id, law, in
 * the language of the file's messages (`locale` for a file that has none, as a file that could not
 * be read).
 */
export function stylishFile(r: FileResult, c: Palette = plain, locale: Lang = 'en'): string {
  if (r.messages.length === 0 && !r.notes?.length) return '';
  const w = WORDS[r.locale ?? locale];
  let out = `\n${c.underline(r.filePath)}\n`;
  // PDF and Word: where the reader finds it ("p. 3, line 12", "para 14 (4.2.)") after the line of the extracted text.
  const pos = r.messages.map((m) => {
    const where = m.fatal ? undefined : describeLocation(m, r.locale ?? locale);
    return `  ${m.line}:${m.column}${where ? `  ${where}` : ''}`;
  });
  const w0 = Math.max(0, ...pos.map((p) => p.length));
  const sevTexts = r.messages.map((m) => (m.fatal ? w.fatal : m.severity === 2 ? w.error : w.warning));
  const w1 = Math.max(0, ...sevTexts.map((t) => t.length));
  r.messages.forEach((m, i) => {
    const sevText = sevTexts[i];
    const sev = m.fatal || m.severity === 2 ? c.red(sevText) : c.yellow(sevText);
    const rule = m.ruleId ? (m.messageId ? `${m.ruleId}/${m.messageId}` : m.ruleId) : '';
    const law = m.law && m.law !== '—' ? (m.lawText ?? m.law) : '';
    out += `${pos[i].padEnd(w0)}  ${sev}${' '.repeat(w1 - sevText.length)}  ${m.message.replace(/\s*\n\s*/g, ' ')}  ${c.dim(rule)}${law ? `  ${c.dim(law)}` : ''}\n`;
  });
  for (const note of r.notes ?? []) out += `  ${c.dim(`${w.note}:`)} ${note}\n`;
  return out;
}

/** The closing summary line with counts. */
export function stylishSummary(t: Totals, c: Palette = plain, locale: Lang = 'en'): string {
  const w = WORDS[locale];
  const total = t.errorCount + t.warningCount;
  if (total === 0) return `${c.green('✔')} ${w.clean(t.fileCount)}\n`;
  const line = `✖ ${w.totals(t)}`;
  return `\n${t.errorCount ? c.red(c.bold(line)) : c.yellow(c.bold(line))}\n`;
}

/**
 * The language of the report's own words: the --locale flag when given, else Russian when every
 * file's messages are Russian.
 */
export function reportLanguage(locales: Iterable<Lang | undefined>, flag?: Lang | 'auto'): Lang {
  if (flag === 'ru' || flag === 'en') return flag;
  let ru = false;
  for (const l of locales) {
    if (l === 'en') return 'en';
    if (l === 'ru') ru = true;
  }
  return ru ? 'ru' : 'en';
}

export function totals(results: readonly FileResult[]): Totals {
  const t: Totals = { errorCount: 0, warningCount: 0, fatalErrorCount: 0, fileCount: results.length };
  for (const r of results) {
    t.errorCount += r.errorCount;
    t.warningCount += r.warningCount;
    t.fatalErrorCount += r.fatalErrorCount;
  }
  return t;
}

/** ESLint-style report grouped by file, with a summary. */
export function formatStylish(results: readonly FileResult[], c: Palette = plain, flag?: Lang | 'auto'): string {
  // As the streaming form writes it (stream.ts): a file without messages' language in the flag's.
  const fallback = flag === 'ru' || flag === 'en' ? flag : 'en';
  return results.map((r) => stylishFile(r, c, fallback)).join('') + stylishSummary(totals(results), c, reportLanguage(results.map((r) => r.locale), flag));
}
