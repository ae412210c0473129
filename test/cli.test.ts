import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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

describe('option values', () => {
  test('--rule takes one value per occurrence: the file names after it stay file names (repeatable, --rule=x too)', () => {
    const dir = workspace({ 'a.md': UNDATED, 'b.md': UNDATED });
    const r = run(dir, ['-f', 'json', '--rule', 'policy-date:error', 'a.md', '--rule=policy-date:off', '--rule', 'placeholder-text:off', 'b.md']);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json.map((f: { filePath: string }) => f.filePath)).toEqual(['a.md', 'b.md']);
    // The last setting of a rule wins, as in a config file.
    expect(json.flatMap((f: { messages: object[] }) => f.messages)).toEqual([]);
    expect(r.code).toBe(0);
    const one = run(dir, ['-f', 'json', '--rule', 'policy-date:error', 'a.md']);
    expect(JSON.parse(one.stdout)[0].messages.map((m: { ruleId: string; severity: number }) => `${m.ruleId} ${m.severity}`)).toEqual(['policy-date 2']);
    expect(one.code).toBe(1);
  });

  test.each([
    [['--locale', 'de'], '--locale "de": expected one of auto, ru, en'],
    [['--lang', 'fr'], '--lang "fr": expected one of auto, ru, en'],
    [['--format', 'xml'], '--format "xml": expected one of stylish, json, sarif, github, html'],
    [['--encoding', 'klingon'], '--encoding "klingon": expected an encoding such as utf-8, windows-1251, koi8-r, utf-16le or utf-16be'],
    [['--max-warnings', 'abc'], '--max-warnings "abc": expected a whole number, 0 or more'],
    [['--max-warnings', '-1'], '--max-warnings "-1": expected a whole number, 0 or more'],
    [['--max-file-size', 'lots'], '--max-file-size "lots": expected a size such as 20MB, 500KB or 2GB'],
    [['--concurrency', 'many'], '--concurrency "many": expected a whole number, 1 or more, or auto'],
    [['--concurrency', '0'], '--concurrency "0": expected a whole number, 1 or more, or auto'],
    [['--rule', 'policy-date'], '--rule "policy-date": expected <rule-id>:<off|warn|error>'],
  ])('%j: one line naming the option and what it takes, exit 2', (args, expected) => {
    const dir = workspace({ 'a.md': UNDATED });
    const r = run(dir, [...args, 'a.md']);
    expect(r.stderr).toBe(`policylint: ${expected}\n`);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  test('valid values still work: --locale ru, --encoding koi8-r, --max-warnings 1, --concurrency auto', () => {
    const dir = workspace({ 'a.md': UNDATED });
    const r = run(dir, ['-f', 'json', '--locale', 'ru', '--encoding', 'koi8-r', '--max-warnings', '1', '--concurrency', 'auto', '--max-file-size', '1MB', 'a.md']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].messages[0].message).toMatch(/^В политике нет даты/);
  });
});

describe('output that cannot be written', () => {
  test.each([
    ['/dev/full', 'no space left on the device (ENOSPC)'],
    ['out', 'it is a directory (EISDIR)'],
  ])('-o %s: one line naming the file and the problem, exit 2', (target, problem) => {
    if (target === '/dev/full' && !existsSync('/dev/full')) return;
    const dir = workspace({ 'a.md': UNDATED, 'out/keep': '' });
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = run(dir, ['-f', format, '-o', target, 'a.md']);
      expect(r.stderr).toBe(`policylint: ${target}: cannot write the report: ${problem}\n`);
      expect(r.code).toBe(2);
    }
  });

  test('stdout on a full disk: one line, exit 2', () => {
    if (!existsSync('/dev/full')) return;
    const dir = workspace({ 'a.md': UNDATED });
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync('node', [bin, 'a.md'], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
      expect(r.stderr).toBe('policylint: stdout: cannot write the report: no space left on the device (ENOSPC)\n');
      expect(r.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});

describe('stylish in Russian', () => {
  test('severities, citations and totals read Russian when the messages are Russian', () => {
    const dir = workspace({ 'a.md': UNDATED, 'b.md': UNDATED }, { rules: { ...onlyPolicyDate, 'placeholder-text': 'error' } });
    writeFileSync(path.join(dir, 'b.md'), `${UNDATED}Оператор: [НАЗВАНИЕ КОМПАНИИ]\n`);
    const r = run(dir, ['--locale', 'ru', 'a.md', 'b.md']);
    expect(r.stdout).toContain('a.md\n  1:1  предупреждение  В политике нет даты');
    expect(r.stdout).toContain('policy-date/missing  ч. 2 ст. 18.1 152-ФЗ\n');
    expect(r.stdout).toMatch(/ошибка +Остаток шаблона/);
    expect(r.stdout).not.toMatch(/152-FZ|warning|error /);
    expect(r.stdout).toContain('✖ 3 проблемы (1 ошибка, 2 предупреждения) в 2 файлах\n');
  });

  test('JSON and SARIF keep the canonical law and add lawText beside it', () => {
    const dir = workspace({ 'a.md': UNDATED });
    const ru = JSON.parse(run(dir, ['-f', 'json', '--locale', 'ru', 'a.md']).stdout)[0];
    expect(ru.locale).toBe('ru');
    expect(ru.messages[0]).toMatchObject({ law: '152-FZ art. 18.1 part 2', lawText: 'ч. 2 ст. 18.1 152-ФЗ' });
    const en = JSON.parse(run(dir, ['-f', 'json', 'a.md']).stdout)[0];
    expect(en.messages[0]).toMatchObject({ law: '152-FZ art. 18.1 part 2', lawText: '152-FZ art. 18.1 part 2' });
    const sarif = JSON.parse(run(dir, ['-f', 'sarif', '--locale', 'ru', 'a.md']).stdout);
    expect(sarif.runs[0].results[0].properties).toMatchObject({ law: '152-FZ art. 18.1 part 2', lawText: 'ч. 2 ст. 18.1 152-ФЗ' });
  });
});

describe('which files are policies', () => {
  const README = '# Site\n\nNow with a privacy policy: see privacy.md.\n';
  const RU_CLAUSE = '1. Общие положения. Настоящая Политика определяет порядок обработки персональных данных.\n';
  const files = (r: { stdout: string }) => JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath);

  test('a directory walk lints the policies (by name, title or opening words), not READMEs and changelogs', () => {
    const dir = workspace({ 'README.md': README, 'CHANGELOG.md': '# Changelog\n\n- Fixed the footer.\n', 'privacy.md': UNDATED, 'legal/terms.md': RU_CLAUSE, 'legal/notes.txt': 'Notes.\n' });
    expect(files(run(dir, ['-f', 'json', '.']))).toEqual(['legal/terms.md', 'privacy.md']);
  });

  test('files named on the command line are always linted; --only-policies applies the test to them too', () => {
    const dir = workspace({ 'README.md': README, 'privacy.md': UNDATED });
    expect(files(run(dir, ['-f', 'json', 'README.md', 'privacy.md']))).toEqual(['README.md', 'privacy.md']);
    const r = run(dir, ['-f', 'json', '--only-policies', 'README.md', 'privacy.md']);
    expect(files(r)).toEqual(['privacy.md']);
    const none = run(dir, ['--only-policies', 'README.md']);
    expect(none.stdout).toBe('✔ 0 files checked, no problems found\n');
    expect(none.code).toBe(0);
  });

  test('config files / ignores decide instead of the policy test; ignorePatterns still works', () => {
    const dir = workspace(
      { 'README.md': README, 'legal/a.md': 'Terms.\n', 'legal/drafts/b.md': UNDATED, 'privacy.md': UNDATED, 'old/privacy.md': UNDATED },
      { rules: onlyPolicyDate, files: ['legal/**/*.md', '*.md'], ignores: ['legal/drafts/**'], ignorePatterns: ['old/**'] },
    );
    expect(files(run(dir, ['-f', 'json', '.']))).toEqual(['README.md', 'legal/a.md', 'privacy.md']);
  });

  test('a directory with text files but no policy is an error naming it (exit 2)', () => {
    const dir = workspace({ 'docs/README.md': README, 'privacy.md': UNDATED });
    const r = run(dir, ['docs', 'privacy.md']);
    expect(r.stderr).toBe('policylint: docs: no policy files in this directory (1 text file, none a policy by name, title or opening words, or by the config\'s "files" and "ignores")\n');
    expect(r.code).toBe(2);
  });

  test.each([
    [{ files: 'docs/*.md' }, '"files" must be an array of glob strings'],
    [{ files: [] }, '"files" must not be empty'],
    [{ ignores: ['/abs/**'] }, '"ignores" has "/abs/**"; use globs relative to the config\'s folder'],
  ])('invalid %j is a clear error', (config, expected) => {
    const dir = workspace({ 'a.md': UNDATED }, config);
    const r = run(dir, ['a.md']);
    expect(r.stderr).toContain(expected);
    expect(r.code).toBe(2);
  });

  test('--print-config shows the severities in effect and whether the file is ignored or picked', () => {
    const dir = workspace({ 'README.md': README, 'drafts/privacy.md': UNDATED }, { rules: { 'policy-date': 'error', 'data-localization': 'off' }, ignores: ['drafts/**'] });
    const readme = JSON.parse(run(dir, ['--print-config', 'README.md', '--rule', 'purposes:warn']).stdout);
    expect(readme.severities).toMatchObject({ 'policy-date': 'error', 'data-localization': 'off', purposes: 'warn', 'subject-rights': 'error/warn' });
    expect(Object.keys(readme.severities).sort()).toEqual([...rules.map((r) => r.meta.id), 'unused-disable'].sort());
    expect(readme).toMatchObject({ ignored: false, linted: { named: true, inDirectory: false } });
    const draft = JSON.parse(run(dir, ['--print-config', 'drafts/privacy.md']).stdout);
    expect(draft).toMatchObject({ ignored: true, linted: { named: true, inDirectory: false } });
    expect(draft.linted.reason).toContain('matches "ignores"');
  });

  test('README quick start: every seed of fixtures/seeds/ is linted', () => {
    const r = run(root, ['-f', 'json', 'fixtures/seeds/']);
    expect(files(r)).toEqual(readdirSync(path.join(root, 'fixtures/seeds')).filter((f) => f.endsWith('.txt')).map((f) => `fixtures/seeds/${f}`));
  });
});
