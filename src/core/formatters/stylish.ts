import type { FileResult } from '../types.js';

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

/** ESLint-style report grouped by file: line:column, severity, message, rule/message id, law. */
export function formatStylish(results: readonly FileResult[], c: Palette = plain): string {
  let out = '';
  let errors = 0;
  let warnings = 0;
  let fatals = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    fatals += r.fatalErrorCount;
    if (r.messages.length === 0) continue;
    out += `\n${c.underline(r.filePath)}\n`;
    const rows = r.messages.map((m) => [
      `  ${m.line}:${m.column}`,
      m.fatal ? c.red('fatal') : m.severity === 2 ? c.red('error') : c.yellow('warning'),
      m.message.replace(/\s*\n\s*/g, ' '),
      c.dim(m.ruleId ? (m.messageId ? `${m.ruleId}/${m.messageId}` : m.ruleId) : ''),
      c.dim(m.law && m.law !== '—' ? m.law : ''),
    ]);
    const w0 = Math.max(...r.messages.map((m) => `  ${m.line}:${m.column}`.length));
    const w1 = Math.max(...r.messages.map((m) => (m.fatal ? 5 : m.severity === 2 ? 5 : 7)));
    for (const [pos, sev, msg, rule, law] of rows) {
      const sevPad = ' '.repeat(Math.max(0, w1 - visibleLength(sev)));
      out += `${pos.padEnd(w0)}  ${sev}${sevPad}  ${msg}  ${rule}${law ? `  ${law}` : ''}\n`;
    }
  }
  const files = results.length;
  const total = errors + warnings;
  if (total === 0) {
    out += `${c.green('✔')} ${files} file${files === 1 ? '' : 's'} checked, no problems found\n`;
    return out;
  }
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${files} file${files === 1 ? '' : 's'}${fatals ? `, ${fatals} could not be checked` : ''}`;
  out += `\n${errors ? c.red(c.bold(summary)) : c.yellow(c.bold(summary))}\n`;
  return out;
}

function visibleLength(s: string): number {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*m/g, '').length;
}
