import type { FileResult } from '../types.js';
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

/** One file's block of the stylish report: line:column, severity, message, rule/message id, law. */
export function stylishFile(r: FileResult, c: Palette = plain): string {
  if (r.messages.length === 0) return '';
  let out = `\n${c.underline(r.filePath)}\n`;
  // PDF and Word: where the reader finds it ("p. 3, line 12", "para 14 (4.2.)") after the line of the extracted text.
  const pos = r.messages.map((m) => {
    const where = m.fatal ? undefined : describeLocation(m);
    return `  ${m.line}:${m.column}${where ? `  ${where}` : ''}`;
  });
  const w0 = Math.max(...pos.map((p) => p.length));
  const w1 = Math.max(...r.messages.map((m) => (m.fatal || m.severity === 2 ? 5 : 7)));
  r.messages.forEach((m, i) => {
    const sevText = m.fatal ? 'fatal' : m.severity === 2 ? 'error' : 'warning';
    const sev = m.fatal || m.severity === 2 ? c.red(sevText) : c.yellow(sevText);
    const rule = m.ruleId ? (m.messageId ? `${m.ruleId}/${m.messageId}` : m.ruleId) : '';
    const law = m.law && m.law !== '—' ? m.law : '';
    out += `${pos[i].padEnd(w0)}  ${sev}${' '.repeat(w1 - sevText.length)}  ${m.message.replace(/\s*\n\s*/g, ' ')}  ${c.dim(rule)}${law ? `  ${c.dim(law)}` : ''}\n`;
  });
  return out;
}

/** The closing summary line with counts. */
export function stylishSummary(t: Totals, c: Palette = plain): string {
  const files = `${t.fileCount} file${t.fileCount === 1 ? '' : 's'}`;
  const total = t.errorCount + t.warningCount;
  if (total === 0) return `${c.green('✔')} ${files} checked, no problems found\n`;
  const s = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const line = `✖ ${s(total, 'problem')} (${s(t.errorCount, 'error')}, ${s(t.warningCount, 'warning')}) in ${files}${t.fatalErrorCount ? `, ${t.fatalErrorCount} could not be checked` : ''}`;
  return `\n${t.errorCount ? c.red(c.bold(line)) : c.yellow(c.bold(line))}\n`;
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
export function formatStylish(results: readonly FileResult[], c: Palette = plain): string {
  return results.map((r) => stylishFile(r, c)).join('') + stylishSummary(totals(results), c);
}
