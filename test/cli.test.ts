import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';

// The built CLI, run as a user runs it. Only policy-date is enabled (via a config file) so that
// these tests pin the CLI's behaviour, not the rules'.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/policylint.js');
const onlyPolicyDate = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'policy-date' ? 'warn' : 'off']));

const UNDATED = 'Privacy Policy\n1. General\nThe operator processes personal data.\n';
const DATED = 'Privacy Policy\nEffective from 1 March 2026\n1. General\nThe operator processes personal data.\n';

function workspace(files: Record<string, string | Buffer>, config: object | null = { rules: onlyPolicyDate }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'policylint-cli-'));
  if (config) writeFileSync(path.join(dir, '.policylintrc.json'), JSON.stringify(config));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function run(cwd: string, args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const r = spawnSync('node', [bin, ...args], { cwd, input: opts.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...opts.env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('exit codes and bad input', () => {
  test('a missing file is a one-line error and exit 2; the other files are still linted', () => {
    const dir = workspace({ 'a.md': UNDATED });
    const r = run(dir, ['--format', 'json', 'missing.md', 'a.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('policylint: missing.md: no such file or directory\n');
    const json = JSON.parse(r.stdout);
    expect(json.map((f: { filePath: string }) => f.filePath)).toEqual(['missing.md', 'a.md']);
    expect(json[0].messages).toEqual([{ ruleId: null, severity: 2, message: 'no such file or directory', line: 1, column: 1, fatal: true }]);
    expect(json[1].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['policy-date']);
  });

  test('json output is only JSON, for clean and failing input alike', () => {
    const dir = workspace({ 'a.md': DATED, 'b.txt': UNDATED });
    const r = run(dir, ['-f', 'json', '.']);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stdout.trim().startsWith('[')).toBe(true);
    expect(r.code).toBe(0); // policy-date is a warning
  });

  test.each([
    ['empty.md', '', 'empty file'],
    ['blank.txt', '  \n\t\n', 'file contains only whitespace'],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary file (a PNG image), not a text policy'],
  ])('%s is refused with a clear reason', (name, content, reason) => {
    const dir = workspace({ [name]: content, 'ok.md': DATED });
    const r = run(dir, [name, 'ok.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`policylint: ${name}: ${reason}\n`);
    expect(r.stdout).toContain(name);
  });

  test('a 50 MB file is refused with the limit named; --max-file-size raises it', () => {
    const dir = workspace({ 'huge.txt': Buffer.alloc(50e6, 'Политика. '), 'ok.md': DATED });
    const r = run(dir, ['huge.txt', 'ok.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('policylint: huge.txt: file is 50 MB, over the 20 MB limit (raise it with --max-file-size)\n');
    expect(run(dir, ['--max-file-size', 'lots', 'ok.md']).stderr).toContain('--max-file-size "lots"');
    const small = workspace({ 'a.md': DATED });
    expect(run(small, ['--max-file-size', '50B', 'a.md']).stderr).toMatch(/a\.md: file is \d+ bytes, over the 50 bytes limit/);
  });

  test('bytes that are neither UTF-8 nor a Russian code page', () => {
    const dir = workspace({ 'bad.txt': Buffer.from([0x50, 0x6f, 0x6c, 0x69, 0x63, 0x79, 0x20, 0xff, 0xfe, 0x80, 0x81, 0x20, 0x9f, 0x98, 0x0a]), 'ok.md': DATED });
    const r = run(dir, ['bad.txt', 'ok.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^policylint: bad\.txt: .*(UTF-8|encoding).*\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  test('a directory without policies and a glob matching nothing', () => {
    const dir = workspace({ 'empty/readme.rst': 'x', 'a.md': DATED });
    const r = run(dir, ['empty', 'nothing/*.md', 'a.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('empty: no policy files');
    expect(r.stderr).toContain('nothing/*.md: no files match this pattern');
  });

  test('unreadable file and symlink loop', () => {
    const dir = workspace({ 'secret.md': UNDATED, 'a.md': DATED });
    chmodSync(path.join(dir, 'secret.md'), 0o000);
    symlinkSync(path.join(dir, 'loop1'), path.join(dir, 'loop2'));
    symlinkSync(path.join(dir, 'loop2'), path.join(dir, 'loop1'));
    const r = run(dir, ['loop1', 'a.md', 'secret.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('loop1: symbolic link loop');
    // root can read anything; elsewhere the file must be refused
    if (process.getuid?.() !== 0) expect(r.stderr).toContain('secret.md: permission denied');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // never a stack trace
  });

  test('no files and unknown options are usage errors (exit 2)', () => {
    const dir = workspace({});
    expect(run(dir, []).code).toBe(2);
    const r = run(dir, ['--bogus', 'a.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('policylint: Unknown argument: bogus\n');
  });

  test('an error finding gives exit 1; --max-warnings turns warnings into a failure', () => {
    const dir = workspace({ 'a.md': UNDATED });
    expect(run(dir, ['a.md']).code).toBe(0);
    expect(run(dir, ['a.md', '--rule', 'policy-date:error']).code).toBe(1);
    const r = run(dir, ['a.md', '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('too many warnings (1, --max-warnings 0)');
    expect(run(dir, ['a.md', '--max-warnings', '1']).code).toBe(0);
  });

  test('--quiet shows errors only', () => {
    const dir = workspace({ 'a.md': UNDATED });
    const r = run(dir, ['a.md', '--quiet', '-f', 'json']);
    expect(JSON.parse(r.stdout)[0].messages).toEqual([]);
  });
});

describe('config', () => {
  test('discovered upward, YAML and package.json forms, overrides per file', () => {
    const dir = workspace(
      {
        'docs/en/a.md': UNDATED,
        'docs/ru/b.md': UNDATED,
        'docs/.policylintrc.yaml': `rules:\n${rules.map((r) => `  ${r.meta.id}: ${r.meta.id === 'policy-date' ? 'error' : 'off'}`).join('\n')}\noverrides:\n  - files: ["en/**"]\n    rules:\n      policy-date: "off"\n`,
        'pkg/package.json': JSON.stringify({ name: 'x', policylint: { rules: { ...onlyPolicyDate, 'policy-date': 'error' } } }),
        'pkg/c.md': UNDATED,
      },
      null,
    );
    const r = run(dir, ['-f', 'json', 'docs', 'pkg/c.md']);
    const byFile = Object.fromEntries(JSON.parse(r.stdout).map((f: { filePath: string; messages: { severity: number }[] }) => [f.filePath, f.messages.map((m) => m.severity)]));
    expect(byFile).toEqual({ 'docs/en/a.md': [], 'docs/ru/b.md': [2], 'pkg/c.md': [2] });
  });

  test('ignorePatterns skip files found in directories', () => {
    const dir = workspace({ 'a.md': UNDATED, 'drafts/b.md': UNDATED }, { rules: onlyPolicyDate, ignorePatterns: ['drafts/**'] });
    const r = run(dir, ['-f', 'json', '.']);
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(['a.md']);
  });

  test.each([
    [{ rules: { 'policy-dat': 'warn' } }, 'unknown rule "policy-dat" (did you mean "policy-date"?)'],
    [{ rules: { 'policy-date': 'loud' } }, '"policy-date" has severity "loud"; use "off", "warn" or "error"'],
    [{ rules: { 'policy-date': ['warn', { maxYears: 5 }] } }, '"policy-date" has no option "maxYears" (it takes no options)'],
    [{ lang: 'de' }, '"lang" must be auto, ru or en'],
    [{ colour: true }, 'unknown key "colour"'],
  ])('invalid config %j is a clear error, exit 2', (config, expected) => {
    const dir = workspace({ 'a.md': UNDATED }, config);
    const r = run(dir, ['a.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(expected);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('a config that is not valid JSON or YAML', () => {
    const dir = workspace({ 'a.md': UNDATED, '.policylintrc.yaml': 'rules: [unclosed' }, null);
    const r = run(dir, ['a.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^policylint: a\.md: .*\.policylintrc\.yaml: invalid YAML/);
    const bad = workspace({ 'a.md': UNDATED, 'bad.json': '{ "rules": ' }, null);
    const r2 = run(bad, ['-c', 'bad.json', 'a.md']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/bad\.json: invalid JSON/);
  });

  test('--rule validates ids; --print-config shows the resolved config', () => {
    const dir = workspace({ 'a.md': UNDATED });
    const bad = run(dir, ['a.md', '--rule', 'nope:off']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown rule "nope"');
    const r = run(dir, ['--print-config', 'a.md', '--rule', 'policy-date:error', '--lang', 'ru']);
    const printed = JSON.parse(r.stdout);
    expect(printed.lang).toBe('ru');
    expect(printed.rules['policy-date']).toBe('error');
    expect(printed.configFile).toBe(path.join(dir, '.policylintrc.json'));
  });
});

describe('inline suppressions', () => {
  const src = '<!-- policylint-disable-next-line policy-date -- dated in the site footer -->\n# Privacy Policy\n\nText.\n\n<!-- policylint-disable-line data-localization -->\n';
  test('a directive suppresses, keeps its reason, and an unused one is reported', () => {
    const dir = workspace({ 'a.md': src.replace('# Privacy', '# Privacy') });
    // policy-date reports at 1:1, the directive sits on line 1: use disable (block) to cover it.
    writeFileSync(path.join(dir, 'a.md'), src.replace('disable-next-line policy-date', 'disable policy-date'));
    const r = run(dir, ['-f', 'json', 'a.md']);
    const f = JSON.parse(r.stdout)[0];
    expect(f.messages.map((m: { ruleId: string; line: number }) => `${m.line} ${m.ruleId}`)).toEqual(['6 unused-disable']);
    expect(f.suppressedMessages.map((m: { ruleId: string; suppressions: { justification: string }[] }) => [m.ruleId, m.suppressions[0].justification])).toEqual([
      ['policy-date', 'dated in the site footer'],
    ]);
  });
});

describe('input and output', () => {
  test('stdin with --stdin-filename, and -o writes the report to a file', () => {
    const dir = workspace({});
    const r = run(dir, ['-', '--stdin-filename', 'policy.md', '-f', 'json', '-o', 'out/report.json'], { input: UNDATED });
    expect(r.stdout).toBe('');
    const json = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'));
    expect(json[0].filePath).toBe('policy.md');
    expect(json[0].format).toBe('markdown');
    expect(json[0].messages[0].ruleId).toBe('policy-date');
  });

  test('CRLF and a BOM give the same findings at the same lines', () => {
    const body = 'Privacy Policy\n1. General\nText TODO later.\n';
    const dir = workspace({ 'lf.txt': body, 'crlf.txt': '\uFEFF' + body.replace(/\n/g, '\r\n') }, { rules: Object.fromEntries(rules.map((r) => [r.meta.id, 'warn'])) });
    const [lf, crlf] = JSON.parse(run(dir, ['-f', 'json', 'lf.txt', 'crlf.txt']).stdout);
    const strip = (f: { messages: object[] }) => f.messages.map(({ ...m }) => JSON.stringify(m));
    expect(strip(crlf)).toEqual(strip(lf));
  });

  test('stylish: grouped by file, law reference, summary; colour only when asked', () => {
    const dir = workspace({ 'a.md': UNDATED });
    const r = run(dir, ['a.md']);
    expect(r.stdout).toContain('a.md\n  1:1  warning  ');
    expect(r.stdout).toContain('policy-date/missing  152-FZ art. 18.1 part 2');
    expect(r.stdout).toContain('✖ 1 problem (0 errors, 1 warning) in 1 file');
    expect(r.stdout).not.toContain('\u001b[');
    expect(run(dir, ['a.md', '--color']).stdout).toContain('\u001b[');
    expect(run(dir, ['a.md'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
  });

  test('a reader that closes the pipe early (| head) gets no stack trace', () => {
    // Every rule on: well over a pipe buffer (64 KB) of output, so writes outlive the reader.
    const dir = workspace(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${String(i).padStart(2, '0')}.md`, UNDATED])), null);
    const r = spawnSync('sh', ['-c', `node ${JSON.stringify(bin)} -f github --concurrency 1 . | head -1`], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toMatch(/^::(?:warning|error) file=p00\.md/);
    expect(r.stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
  });

  test('--list-rules shows every rule with severity and law; --version', () => {
    const dir = workspace({});
    const r = run(dir, ['--list-rules']);
    for (const rule of rules) expect(r.stdout).toMatch(new RegExp(`^${rule.meta.id} +(error|warn|error/warn) +${rule.meta.law.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    expect(run(dir, ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
