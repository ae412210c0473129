import type { LintMessage, RuleMeta, SuppressedMessage } from './types.js';
import type { LineIndex } from './text.js';

/**
 * Inline suppression comments, read from the raw source line by line so that they work inside
 * lists and tables: <!-- policylint-disable a, b -- reason -->, <!-- policylint-enable -->,
 * <!-- policylint-disable-next-line a -->, <!-- policylint-disable-line a -->.
 */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  rules: string[];
  reason: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  used: Set<string>;
}

/** The engine's own finding for a directive that suppresses nothing; configurable like a rule. */
export const unusedDisableMeta: RuleMeta = {
  id: 'unused-disable',
  description: {
    en: 'Reports inline suppression comments that suppress nothing.',
    ru: 'Сообщает о комментариях-исключениях, которые ничего не подавляют.',
  },
  law: '—',
  messages: {
    unused: {
      severity: 'warn',
      text: {
        en: 'Unused policylint-{{kind}} comment{{detail}}: nothing was reported here.',
        ru: 'Комментарий policylint-{{kind}}{{detail}} ничего не подавляет: здесь нет находок.',
      },
    },
  },
};

const DIRECTIVE = /<!--\s*policylint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

export function parseDirectives(source: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(source); m; m = DIRECTIVE.exec(source)) {
    const body = m[2];
    const sep = body.search(/(^|\s)--(\s|$)/);
    const list = sep >= 0 ? body.slice(0, sep) : body;
    const reason = sep >= 0 ? body.slice(sep).replace(/^\s*--\s*/, '').trim() : '';
    const a = lines.position(m.index);
    const b = lines.position(m.index + m[0].length);
    out.push({
      kind: m[1] as Directive['kind'],
      rules: list.split(/[\s,]+/).filter(Boolean),
      reason,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      used: new Set(),
    });
  }
  return out;
}

const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);

/** Splits messages into kept and suppressed; marks which directives were used. */
export function applyDirectives(
  messages: LintMessage[],
  directives: Directive[],
): { kept: LintMessage[]; suppressed: SuppressedMessage[] } {
  if (directives.length === 0) return { kept: messages, suppressed: [] };
  const kept: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  for (const msg of messages) {
    if (msg.fatal || !msg.ruleId) {
      kept.push(msg);
      continue;
    }
    const by = suppressing(msg, directives);
    if (by) {
      by.used.add(msg.ruleId);
      suppressed.push({ ...msg, suppressions: [{ kind: 'directive', justification: by.reason }] });
    } else kept.push(msg);
  }
  return { kept, suppressed };
}

function covers(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

function suppressing(msg: LintMessage, directives: Directive[]): Directive | undefined {
  const id = msg.ruleId!;
  for (const d of directives) {
    if (d.kind === 'disable-line' && d.line === msg.line && covers(d, id)) return d;
    if (d.kind === 'disable-next-line' && d.endLine + 1 === msg.line && covers(d, id)) return d;
  }
  // Block directives: the last disable / enable before the message decides.
  let state: Directive | undefined;
  for (const d of directives) {
    if (d.kind !== 'disable' && d.kind !== 'enable') continue;
    if (!before(d.line, d.column, msg.line, msg.column)) break;
    if (!covers(d, id)) continue;
    state = d.kind === 'disable' ? d : undefined;
  }
  return state;
}

/** Directives, or rules named in them, that suppressed nothing. */
export function unusedDirectives(directives: Directive[]): { directive: Directive; rules: string[] }[] {
  const out: { directive: Directive; rules: string[] }[] = [];
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    if (d.rules.length === 0) {
      if (d.used.size === 0) out.push({ directive: d, rules: [] });
    } else {
      const unused = d.rules.filter((r) => !d.used.has(r));
      if (unused.length) out.push({ directive: d, rules: unused });
    }
  }
  return out;
}
