import { jest } from '@jest/globals';
import * as core from '@actions/core';
import { annotationCommand, escapeData, escapeProperty, formatGithub, toAnnotation } from '../../src/core/formatters/github.js';
import { formatters } from '../../src/core/formatters/index.js';
import type { FileResult, LintMessage } from '../../src/core/types.js';

/** Parses a workflow command the way the runner does (ActionCommand.TryParseV2). */
function parse(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::([^ :]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = pair
      .slice(eq + 1)
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%');
  }
  return { command: m[1], props, message: m[3].replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%') };
}

/** What @actions/core (the toolkit actions use) prints for the same annotation. */
function toolkit(kind: 'error' | 'warning', message: string, props: core.AnnotationProperties): string {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    lines.push(String(s).trimEnd());
    return true;
  });
  try {
    core[kind](message, props);
  } finally {
    spy.mockRestore();
  }
  return lines[0];
}

function msg(over: Partial<LintMessage>): LintMessage {
  return { ruleId: 'response-deadline', messageId: 'too-long', severity: 2, message: 'Too long.', line: 3, column: 5, endLine: 3, endColumn: 12, ...over };
}

function result(filePath: string, messages: LintMessage[]): FileResult {
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
  };
}

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('escaping', () => {
  test('message: %, CR and LF; properties also : and ,', () => {
    expect(escapeData('100% done: a, b\r\nnext')).toBe('100%25 done: a, b%0D%0Anext');
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
  });

  test('messages with %, :, , and newlines survive the runner\u2019s parsing, and match @actions/core', () => {
    const message = 'Ответ: «30 дней», а не 10 рабочих; 100% срок.\nИсправьте:\r\n- пункт 7.1, 7.2';
    const file = 'docs/policy: v2, final %.md';
    const out = formatGithub([result(file, [msg({ message, ruleId: 'rule,with:odd%id' })])], {});
    const [line] = lines(out);
    expect(line).not.toMatch(/[\r\n]/);
    const p = parse(line);
    expect(p.command).toBe('error');
    expect(p.message).toBe(message);
    expect(p.props).toEqual({ file, line: '3', col: '5', endLine: '3', endColumn: '11', title: 'rule,with:odd%id' });
    const oracle = toolkit('error', message, { file, startLine: 3, startColumn: 5, endLine: 3, endColumn: 11, title: 'rule,with:odd%id' });
    expect(parse(oracle)).toEqual(p);
    // Same bytes for every property and the message, whatever the order of the properties.
    const raw = (l: string) => {
      const m = /^::(\w+) ([^:]*)::(.*)$/s.exec(l)!;
      return { command: m[1], props: m[2].split(',').sort(), message: m[3] };
    };
    expect(raw(line)).toEqual(raw(oracle));
  });
});

describe('locations', () => {
  const one = (m: Partial<LintMessage>) => parse(lines(formatGithub([result('p.md', [msg(m)])], {}))[0]).props;

  test('one line: GitHub\u2019s endColumn is inclusive, ours exclusive', () => {
    expect(one({ line: 39, column: 258, endLine: 39, endColumn: 281 })).toEqual({ file: 'p.md', line: '39', col: '258', endLine: '39', endColumn: '280', title: 'response-deadline' });
  });

  test('a finding that spans lines has no columns', () => {
    expect(one({ line: 4, column: 7, endLine: 6, endColumn: 3 })).toEqual({ file: 'p.md', line: '4', endLine: '6', title: 'response-deadline' });
  });

  test('a span that ends at column 1 ends with the line before', () => {
    expect(one({ line: 4, column: 7, endLine: 5, endColumn: 1 })).toEqual({ file: 'p.md', line: '4', col: '7', title: 'response-deadline' });
    expect(one({ line: 4, column: 1, endLine: 7, endColumn: 1 })).toEqual({ file: 'p.md', line: '4', endLine: '6', title: 'response-deadline' });
  });

  test('a finding about something absent (1:1, no span) marks line 1', () => {
    expect(one({ line: 1, column: 1, endLine: 1, endColumn: 1 })).toEqual({ file: 'p.md', line: '1', title: 'response-deadline' });
    expect(one({ line: 1, column: 1, endLine: undefined, endColumn: undefined })).toEqual({ file: 'p.md', line: '1', title: 'response-deadline' });
  });

  test('toAnnotation agrees with the command', () => {
    const a = toAnnotation(msg({ severity: 1 }), 'x.md');
    expect(a).toEqual({ kind: 'warning', message: 'Too long.', title: 'response-deadline', file: 'x.md', line: 3, col: 5, endLine: 3, endColumn: 11 });
    expect(annotationCommand(a)).toBe('::warning file=x.md,line=3,col=5,endLine=3,endColumn=11,title=response-deadline::Too long.');
  });
});

describe('files and kinds', () => {
  test('warnings are ::warning, fatal results are errors titled policylint', () => {
    const out = formatGithub(
      [result('a.md', [msg({ severity: 1, message: 'W' })]), result('gone.md', [{ ruleId: null, severity: 2, message: 'no such file or directory', line: 1, column: 1, fatal: true }])],
      {},
    );
    expect(lines(out)).toEqual(['::warning file=a.md,line=3,col=5,endLine=3,endColumn=11,title=response-deadline::W', '::error file=gone.md,line=1,title=policylint::no such file or directory']);
  });

  test('paths are relative to the workspace (GITHUB_WORKSPACE), whatever the working directory', () => {
    const r = [result('docs/политика.md', [msg({})]), result('/ws/site/privacy.md', [msg({})]), result('/elsewhere/p.md', [msg({})]), result('C:\\ws\\p.md', [msg({})])];
    const files = (ctx: object) => lines(formatGithub(r, ctx)).map((l) => parse(l).props.file);
    expect(files({ cwd: '/ws/site', workspace: '/ws' })).toEqual(['site/docs/политика.md', 'site/privacy.md', '/elsewhere/p.md', 'C:/ws/p.md']);
    expect(files({ cwd: '/ws' })).toEqual(['docs/политика.md', 'site/privacy.md', '/elsewhere/p.md', 'C:/ws/p.md']);
    expect(files({ cwd: 'C:\\ws' })[3]).toBe('p.md');
  });

  test('says so in the log when GitHub will not show every annotation', () => {
    const many = Array.from({ length: 11 }, (_, i) => msg({ line: i + 1 }));
    const out = formatGithub([result('p.md', many)], {});
    expect(lines(out)).toHaveLength(12);
    expect(lines(out)[11]).toMatch(/^policylint: 11 error\(s\) and 0 warning\(s\); GitHub shows at most 10 error and 10 warning annotations per step/);
    expect(lines(formatGithub([result('p.md', many.slice(0, 10))], {}))).toHaveLength(10);
  });

  test('no findings, no output; registered as --format github', () => {
    expect(formatGithub([result('p.md', [])], {})).toBe('');
    expect(formatters.github([result('p.md', [msg({})])], { cwd: '/x' })).toBe(formatGithub([result('p.md', [msg({})])], { cwd: '/x' }));
  });
});
