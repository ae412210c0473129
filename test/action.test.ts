import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { blocksOf, docxOf } from './helpers/twins.js';

// The Action as the runner runs it: `node action-dist/index.js` with INPUT_* variables and the
// runner's files, in a temporary git repository with a pull request commit.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'action-dist/index.js');
const seeds = path.join(root, 'fixtures/seeds');
const tmp = mkdtempSync(path.join(tmpdir(), 'policylint-action-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the committed bundle', () => {
  test('equals a fresh build (run `node scripts/build-action.mjs` and commit action-dist/)', () => {
    const fresh = path.join(tmp, 'fresh');
    execFileSync('node', [path.join(root, 'scripts/build-action.mjs'), '--outdir', fresh], { cwd: root, stdio: 'pipe' });
    const committed = path.join(root, 'action-dist');
    expect(readdirSync(committed).sort()).toEqual(readdirSync(fresh).sort());
    for (const f of readdirSync(fresh)) {
      const same = readFileSync(path.join(committed, f)).equals(readFileSync(path.join(fresh, f)));
      if (!same) throw new Error(`action-dist/${f} is stale: rebuild it with \`node scripts/build-action.mjs\` and commit it`);
    }
  });

  test('action.yml runs it on node24, with the documented inputs and outputs', () => {
    const action = YAML.parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: 'action-dist/index.js' });
    expect(Object.keys(action.inputs).sort()).toEqual(['config', 'fail-on', 'files', 'only-changed', 'sarif-file']);
    expect(action.inputs['fail-on'].default).toBe('error');
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'files', 'sarif-file', 'warnings']);
    expect(existsSync(bundle)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function put(ws: string, file: string, content: string | { seed: string }): void {
  mkdirSync(path.dirname(path.join(ws, file)), { recursive: true });
  if (typeof content === 'string') writeFileSync(path.join(ws, file), content);
  else copyFileSync(path.join(seeds, content.seed), path.join(ws, file));
}

/** A repository with a base commit and a pull request commit on top; returns both shas. */
function makeRepo(name: string, base: Record<string, string | { seed: string }>, pr: Record<string, string | { seed: string }>) {
  const ws = path.join(tmp, name);
  mkdirSync(ws, { recursive: true });
  git(ws, 'init', '-q', '-b', 'main');
  git(ws, 'config', 'user.email', 'test@example.com');
  git(ws, 'config', 'user.name', 'Test');
  git(ws, 'config', 'commit.gpgsign', 'false');
  for (const [f, c] of Object.entries(base)) put(ws, f, c);
  git(ws, 'add', '-A');
  git(ws, 'commit', '-q', '-m', 'base');
  const baseSha = git(ws, 'rev-parse', 'HEAD');
  for (const [f, c] of Object.entries(pr)) put(ws, f, c);
  git(ws, 'add', '-A');
  git(ws, 'commit', '-q', '-m', 'pull request');
  return { ws, base: baseSha, head: git(ws, 'rev-parse', 'HEAD') };
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: { kind: string; props: Record<string, string>; message: string }[];
}

let runs = 0;
function runAction(ws: string, inputs: Record<string, string>, event: object | undefined, extraEnv: Record<string, string> = {}): Run {
  const dir = path.join(tmp, `run-${++runs}`);
  mkdirSync(dir);
  const files = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary'), GITHUB_EVENT_PATH: path.join(dir, 'event.json') };
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: 'acme/site',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: event && 'pull_request' in event ? 'pull_request' : 'push',
    ...files,
    ...extraEnv,
  };
  // The runner passes every input, with its default when the workflow does not set it, and keeps
  // the hyphen: input fail-on is INPUT_FAIL-ON.
  const defaults = { files: '', config: '', 'fail-on': 'error', 'only-changed': 'false', 'sarif-file': '' };
  for (const [k, v] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync('node', [bundle], { cwd: ws, env, encoding: 'utf8' });
  const outputs: Record<string, string> = {};
  const out = readFileSync(files.GITHUB_OUTPUT, 'utf8');
  for (const m of out.matchAll(/^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2\n/gm)) outputs[m[1]] = m[3];
  const annotations = r.stdout
    .split('\n')
    .filter((l) => /^::(error|warning|notice) /.test(l))
    .map((l) => {
      const m = /^::(\w+) ([^:]*)::(.*)$/.exec(l)!;
      const props = Object.fromEntries(
        m[2].split(',').map((p) => {
          const [k, ...v] = p.split('=');
          return [k, decodeURIComponent(v.join('='))];
        }),
      );
      return { kind: m[1], props, message: m[3] };
    });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), annotations };
}

const NO_DATE_IS_AN_ERROR = JSON.stringify({ rules: { 'policy-date': 'error' } });

describe('a pull request that changes two policies', () => {
  // Seeds 000 and 004 have no date: with policy-date raised to an error (ci/policylint.json), each
  // has at least one error whatever the state of the other rules.
  const repo = makeRepo(
    'pr',
    {
      'README.md': '# Site\n',
      'docs/old-privacy.txt': { seed: '001_8ec42599e754db7b.txt' },
      'docs/terms.md': '# Terms of sale\n',
      'ci/policylint.json': NO_DATE_IS_AN_ERROR,
    },
    {
      'README.md': '# Site\n\nNow with a privacy policy.\n',
      'docs/privacy-policy.txt': { seed: '000_11c64957fcb7e1c7.txt' },
      'legal/политика-конфиденциальности.txt': { seed: '004_4956529242d25e2a.txt' },
    },
  );
  const event = { pull_request: { number: 7, base: { sha: repo.base }, head: { sha: repo.head } } };
  const changed = ['docs/privacy-policy.txt', 'legal/политика-конфиденциальности.txt'];
  const inputs = { config: 'ci/policylint.json', 'only-changed': 'true', 'sarif-file': 'reports/policylint.sarif' };
  const never = runAction(repo.ws, { ...inputs, 'fail-on': 'never' }, event, { GITHUB_SHA: 'f'.repeat(40) });
  const sarif = JSON.parse(readFileSync(path.join(repo.ws, 'reports/policylint.sarif'), 'utf8'));
  const levels = sarif.runs[0].results.map((r: { level: string }) => r.level);
  const errors = levels.filter((l: string) => l === 'error').length;
  const warnings = levels.filter((l: string) => l === 'warning').length;

  test('fail-on never: exit 0', () => {
    expect(never.stderr).toBe('');
    expect(never.status).toBe(0);
  });

  test('lints only the files the pull request changes, and says so', () => {
    expect(never.stdout).toContain('only-changed: linting the 2 of 3 matched policy file(s) that this pull request changes');
    expect(sarif.runs[0].artifacts.map((a: { location: { uri: string } }) => decodeURIComponent(a.location.uri)).sort()).toEqual(changed);
    expect(never.outputs.files).toBe('2');
  });

  test('outputs count the findings; the SARIF file is written where asked', () => {
    expect(errors).toBeGreaterThanOrEqual(2);
    expect(never.outputs.errors).toBe(String(errors));
    expect(never.outputs.warnings).toBe(String(warnings));
    expect(never.outputs['sarif-file']).toBe(path.join(repo.ws, 'reports/policylint.sarif'));
  });

  test('annotations: errors first, files relative to the workspace, at most 10 of each kind', () => {
    const kinds = never.annotations.filter((a) => a.kind !== 'notice').map((a) => a.kind);
    expect(kinds.filter((k) => k === 'error')).toHaveLength(Math.min(errors, 10));
    expect(kinds.filter((k) => k === 'warning')).toHaveLength(Math.min(warnings, 10));
    expect(kinds.join(' ')).toMatch(/^(error ?)*(warning ?)*$/);
    const files = new Set(never.annotations.filter((a) => a.kind !== 'notice').map((a) => a.props.file));
    for (const f of files) expect(changed).toContain(f);
    const dateErrors = never.annotations.filter((a) => a.kind === 'error' && a.props.title === 'policy-date');
    expect(dateErrors.map((a) => a.props.file).sort()).toEqual(changed);
    expect(dateErrors[0].props.line).toBe('1');
    const truncated = errors > 10 || warnings > 10;
    expect(never.stdout.includes('GitHub shows at most 10 error and 10 warning annotations per step')).toBe(truncated);
  });

  test('the full report is in the log', () => {
    expect(never.stdout).toContain('docs/privacy-policy.txt\n');
    expect(never.stdout).toMatch(/1:1 +error +The policy has no effective date.*policy-date\/missing/);
    expect(never.stdout).toMatch(new RegExp(`✖ ${errors + warnings} problems? \\(${errors} errors?, ${warnings} warnings?\\)`));
  });

  test('the job summary lists every finding by file and rule, with articles and docs links', () => {
    const s = never.summary;
    expect(s).toMatch(/^## policylint\n/);
    expect(s).toContain(`**✖ ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}** in 2 policy files (fail-on: never).`);
    expect(s).toContain('| File | Line | Severity | Rule | Finding | Law |');
    const rows = s.split('\n').filter((l) => l.startsWith('| [docs/') || l.startsWith('| [legal/'));
    expect(rows).toHaveLength(errors + warnings);
    const date = rows.find((l) => l.startsWith('| [docs/privacy-policy.txt]') && l.includes('policy-date/missing'))!;
    expect(date).toContain(`(https://github.com/acme/site/blob/${repo.head}/docs/privacy-policy.txt#L1)`);
    expect(date).toContain('[policy-date/missing](https://github.com/policylint/policylint/blob/main/docs/rules/policy-date.md)');
    expect(date).toContain('| 152-FZ art. 18.1 part 2 |');
    expect(s).toContain('/legal/%D0%BF%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B0-');
    expect(s).toContain('### By rule');
    expect(s).toMatch(/\| \[policy-date\]\(https:\/\/github\.com\/policylint\/policylint\/blob\/main\/docs\/rules\/policy-date\.md\) \| 2 \| 0 \| 152-FZ art\. 18\.1 part 2 \|/);
  });

  test('fail-on error: exit 1 when there are errors; fail-on warning too', () => {
    const r = runAction(repo.ws, { ...inputs, 'fail-on': 'error' }, event);
    expect(r.status).toBe(1);
    expect(r.outputs.errors).toBe(String(errors));
    expect(r.stdout).toContain(`policylint: failing the step: ${errors} error(s)`);
    expect(runAction(repo.ws, { ...inputs, 'fail-on': 'warning' }, event).status).toBe(1);
  });

  test('without the PR filter, every matched policy is linted; the default files skip non-policies', () => {
    const r = runAction(repo.ws, { config: 'ci/policylint.json', 'fail-on': 'never' }, event);
    expect(r.status).toBe(0);
    expect(r.outputs.files).toBe('3');
    const files = new Set(r.annotations.map((a) => a.props.file));
    expect(files.has('docs/old-privacy.txt')).toBe(true);
    expect([...files].some((f) => /README|terms/.test(f))).toBe(false);
  });
});

describe('only-changed when the diff cannot be made', () => {
  const repo = makeRepo('fallback', { 'privacy.md': { seed: '001_8ec42599e754db7b.txt' } }, { 'docs/privacy.txt': { seed: '003_783d3dcfe567bbf0.txt' } });

  test('base commit missing from the clone: lints everything and says so', () => {
    const event = { pull_request: { number: 1, base: { sha: 'a'.repeat(40) }, head: { sha: repo.head } } };
    const r = runAction(repo.ws, { 'only-changed': 'true', 'fail-on': 'never' }, event);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/only-changed: could not diff a{7}\.\.\.[0-9a-f]{7} .*; linting all 2 matched policy file\(s\) instead\./);
    expect(r.outputs.files).toBe('2');
    expect(r.summary).toContain('could not diff');
  });

  test('a push, not a pull request: lints everything and says so', () => {
    const r = runAction(repo.ws, { 'only-changed': 'true', 'fail-on': 'never' }, { ref: 'refs/heads/main' });
    expect(r.stdout).toContain('only-changed: this is not a pull request event; linting all 2 matched policy file(s) instead.');
    expect(r.outputs.files).toBe('2');
  });

  test('the merge commit that actions/checkout makes for a pull request (fetch-depth 2)', () => {
    const ws = repo.ws;
    const prHead = repo.head;
    git(ws, 'checkout', '-q', '-b', 'merge', repo.base);
    put(ws, 'unrelated-privacy-notes.md', '# Privacy notes\n\nMain moved on.\n');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-q', '-m', 'main moved on');
    git(ws, 'merge', '-q', '--no-ff', '-m', 'Merge pull request', prHead);
    // base.sha unknown to the clone (a later main), head = the merge's second parent.
    const event = { pull_request: { number: 1, base: { sha: 'b'.repeat(40) }, head: { sha: prHead } } };
    const r = runAction(ws, { 'only-changed': 'true', 'fail-on': 'never' }, event);
    expect(r.stdout).toContain('only-changed: linting the 1 of 3 matched policy file(s) that this pull request changes (git diff HEAD^1 HEAD');
    expect(r.outputs.files).toBe('1');
  });
});

describe('more findings than GitHub shows', () => {
  // Twelve changed policies without a date (and without much else): each has the same findings,
  // so every kind that occurs occurs at least twelve times.
  const pr: Record<string, string> = {};
  for (let i = 1; i <= 12; i++) pr[`policies/privacy-${String(i).padStart(2, '0')}.md`] = `# Политика конфиденциальности ${i}\n\nМы обрабатываем персональные данные посетителей сайта.\n`;
  const repo = makeRepo('many', { 'README.md': '# x\n' }, pr);
  const event = { pull_request: { number: 2, base: { sha: repo.base }, head: { sha: repo.head } } };
  const r = runAction(repo.ws, { 'only-changed': 'true', 'fail-on': 'never' }, event);

  test('annotates the first 10 of each kind, says so in the log and with a notice, never fails because of it', () => {
    expect(r.status).toBe(0);
    const errors = Number(r.outputs.errors);
    const warnings = Number(r.outputs.warnings);
    expect(Math.max(errors, warnings)).toBeGreaterThan(10);
    expect(r.annotations.filter((a) => a.kind === 'error')).toHaveLength(Math.min(errors, 10));
    expect(r.annotations.filter((a) => a.kind === 'warning')).toHaveLength(Math.min(warnings, 10));
    const note = `GitHub shows at most 10 error and 10 warning annotations per step: annotated ${Math.min(errors, 10)} of ${errors} error(s) and ${Math.min(warnings, 10)} of ${warnings} warning(s).`;
    expect(r.stdout).toContain(`policylint: ${note}`);
    const notices = r.annotations.filter((a) => a.kind === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0].props.title).toBe('policylint: more findings than annotations');
    expect(notices[0].message).toContain(note);
  });

  test('the summary still lists every finding', () => {
    const rows = r.summary.split('\n').filter((l) => l.startsWith('| [policies/'));
    expect(rows).toHaveLength(Number(r.outputs.errors) + Number(r.outputs.warnings));
  });
});

describe('bad inputs fail the step whatever fail-on says', () => {
  const repo = makeRepo('bad', { 'privacy.md': '# Privacy policy\n' }, { 'bad.json': '{"rules": {"no-such-rule": "error"}}' });

  test('an unknown fail-on value', () => {
    const r = runAction(repo.ws, { 'fail-on': 'sometimes' }, undefined);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error title=policylint::policylint: input "fail-on" must be one of error, warning, never, not "sometimes"');
  });

  test('a config with an unknown rule', () => {
    const r = runAction(repo.ws, { 'fail-on': 'never', config: 'bad.json' }, undefined);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error title=policylint::policylint: .*unknown rule "no-such-rule"/m);
  });
});

describe('PDF and Word policies', () => {
  // A Word policy, found by its name like the text ones, linted from its bytes.
  const repo = makeRepo('word', { 'ci/policylint.json': NO_DATE_IS_AN_ERROR }, { 'privacy.md': '# Privacy policy\n\nEffective from 1 March 2026.\n' });
  const source = readFileSync(path.join(seeds, '000_11c64957fcb7e1c7.txt'), 'utf8');
  mkdirSync(path.join(repo.ws, 'legal'), { recursive: true });
  writeFileSync(path.join(repo.ws, 'legal/политика-конфиденциальности.docx'), docxOf(blocksOf(source, false)).bytes);
  writeFileSync(path.join(repo.ws, 'legal/invoice.pdf'), '%PDF-1.4\nnot a policy by its name\n');

  test('the default files include .docx and .pdf policies; their findings name the paragraph in SARIF', () => {
    const r = runAction(repo.ws, { config: 'ci/policylint.json', 'fail-on': 'never', 'sarif-file': 'policylint.sarif' }, undefined);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.outputs.files).toBe('2');
    const date = r.annotations.find((a) => a.props.file === 'legal/политика-конфиденциальности.docx' && a.props.title === 'policy-date');
    expect(date?.kind).toBe('error');
    const sarif = JSON.parse(readFileSync(path.join(repo.ws, 'policylint.sarif'), 'utf8'));
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'policy-date');
    // Seed 000 opens with its clause «1.», numbered automatically in the Word file.
    expect(result.locations[0].physicalLocation.region.properties).toEqual({ paragraph: 1, clause: '1.' });
  });
});
