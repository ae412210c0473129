import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { blocksOf, docxOf } from './helpers/twins.js';

// The pre-commit hook for real, against a clean clone of this repository at HEAD (so it tests what
// is committed), in a scratch git repository: `pre-commit try-repo`, and `pre-commit run` with a
// config. pre-commit installs the hook the way it does for users: npm install, npm pack, npm
// install -g (needs the npm registry). pre-commit is a system package: scripts/ci-setup.sh
// installs it. Slow (two installations of the hook, a few minutes).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

const hook = (YAML.parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[])[0];

describe('.pre-commit-hooks.yaml', () => {
  test('one policylint hook, a node package whose bin is policylint', () => {
    expect(hook).toMatchObject({ id: 'policylint', language: 'node', entry: 'policylint' });
    // No `types: [text]`: it would drop PDF and Word policies, which are binary.
    expect(hook.types).toBeUndefined();
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).bin.policylint).toBeDefined();
  });

  test('files: policies by name (Russian, English, transliterated), not every document', () => {
    const names = {
      match: [
        'privacy.md', 'docs/Privacy-Policy.MD', 'site/privacy_policy.html', 'legal/политика-конфиденциальности.md',
        'Политика обработки персональных данных.txt', 'docs/ru/konfidencialnost.htm', 'politika-pd.md', 'policy.txt',
        'legal/personal-data-processing.markdown', 'legal/personal_data.md', 'obrabotka-personalnyh-dannyh.html',
        'privacy.pdf', 'Политика обработки персональных данных.PDF', 'legal/privacy-policy.docx',
      ],
      skip: [
        'README.md', 'docs/security-policy.md', 'refund-policy.md', 'CHANGELOG.md', 'privacy.doc', 'privacy.odt', 'invoice.pdf',
        'src/privacy.ts', 'privacy/index.js', 'docs/privacy/README.md', 'policy/terms.md', 'cookie-policy.html',
        'СОГЛАСИЕ_на_обработку_персональных_данных.txt', 'soglasie-personalnye-dannye.md', 'privacy-consent.md',
      ],
    };
    // Python's re, as pre-commit uses it (re.search on the path).
    const script = 'import json,re,sys; r=re.compile(sys.argv[1]); print(json.dumps([bool(r.search(n)) for n in json.loads(sys.argv[2])]))';
    const check = (list: string[]) => JSON.parse(execFileSync('python3', ['-c', script, String(hook.files), JSON.stringify(list)], { encoding: 'utf8' })) as boolean[];
    expect(Object.fromEntries(names.match.map((n, i) => [n, check(names.match)[i]]))).toEqual(Object.fromEntries(names.match.map((n) => [n, true])));
    expect(Object.fromEntries(names.skip.map((n, i) => [n, check(names.skip)[i]]))).toEqual(Object.fromEntries(names.skip.map((n) => [n, false])));
  });
});

describe('the hook under pre-commit', () => {
  if (!hasPreCommit) {
    if (process.env.CI) {
      test('pre-commit is installed (scripts/ci-setup.sh)', () => {
        throw new Error('pre-commit is not installed: run scripts/ci-setup.sh');
      });
    } else {
      test.skip('pre-commit is not installed (scripts/ci-setup.sh installs it)', () => {});
    }
    return;
  }

  // Created when the tests run (not when jest collects them), so that a filtered run leaves nothing.
  let tmp = '';
  let hookRepo = '';
  let work = '';
  // pre-commit and the npm it runs get a clean environment: not jest's NODE_OPTIONS, not the
  // npm_* variables of an enclosing `npm test`.
  const env: Record<string, string> = { PRE_COMMIT_COLOR: 'never', NO_COLOR: '1' };
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('npm_') || k === 'NODE_OPTIONS' || k.startsWith('JEST') || k === 'INIT_CWD') continue;
    env[k] = v;
  }
  const preCommit = (...args: string[]) => {
    const r = spawnSync('pre-commit', args, { cwd: work, env, encoding: 'utf8', timeout: 900_000 });
    return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
  };
  // Every installation of the hook is a full npm install of this repository (a minute or more):
  // try-repo installs into a new store each time, so it runs once, on every case at once; the
  // cases one by one go through a .pre-commit-config.yaml, as users run it, with one cached store.
  const run = (file: string) => preCommit('run', 'policylint', '--files', file, '--verbose');

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'policylint-precommit-'));
    hookRepo = path.join(tmp, 'policylint');
    work = path.join(tmp, 'work');
    env.PRE_COMMIT_HOME = path.join(tmp, 'cache');
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', root, hookRepo], { stdio: 'pipe' });
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: hookRepo, encoding: 'utf8' }).trim();
    mkdirSync(work);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: work, stdio: 'pipe' });
    git('init', '-q');
    const put = (to: string, from: string) => {
      mkdirSync(path.dirname(path.join(work, to)), { recursive: true });
      copyFileSync(path.join(root, from), path.join(work, to));
    };
    put('seed/privacy-policy.txt', 'fixtures/seeds/004_4956529242d25e2a.txt');
    put('strict/privacy-policy.txt', 'fixtures/seeds/000_11c64957fcb7e1c7.txt');
    // Makes a missing date an error here, so that this case fails whatever the other rules say.
    writeFileSync(path.join(work, 'strict/.policylintrc.json'), JSON.stringify({ rules: { 'policy-date': 'error' } }));
    put('политика-конфиденциальности.md', 'fixtures/clean/политика-конфиденциальности.md');
    // A Word policy: a binary file, still handed to the hook.
    mkdirSync(path.join(work, 'word'));
    writeFileSync(path.join(work, 'word/privacy-policy.docx'), docxOf(blocksOf(readFileSync(path.join(root, 'fixtures/seeds/000_11c64957fcb7e1c7.txt'), 'utf8'), false)).bytes);
    writeFileSync(path.join(work, 'word/.policylintrc.json'), JSON.stringify({ rules: { 'policy-date': 'error' } }));
    writeFileSync(path.join(work, 'README.md'), '# Not a policy\n\nTODO: [COMPANY NAME]\n');
    writeFileSync(path.join(work, '.pre-commit-config.yaml'), YAML.stringify({ repos: [{ repo: hookRepo, rev, hooks: [{ id: 'policylint' }] }] }));
    git('add', '-A');
  }, 120_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('pre-commit try-repo <clean clone at HEAD>: fails the commit on errors, with the stylish report', () => {
    const r = preCommit('try-repo', hookRepo, 'policylint', '--files', 'strict/privacy-policy.txt', 'политика-конфиденциальности.md', 'README.md', '--verbose');
    expect(r.out).toMatch(/policylint \(privacy policy vs 152-FZ\)\.+Failed/);
    expect(r.out).toContain('strict/privacy-policy.txt');
    expect(r.out).toMatch(/1:1 +error +The policy has no effective date.*policy-date\/missing/);
    expect(r.out).toMatch(/✖ \d+ problems? \(\d+ errors?/);
    expect(r.out).not.toContain('README.md\n'); // not a policy: not passed to the hook
    expect(r.status).toBe(1);
  }, 900_000);

  describe('pre-commit run, file by file', () => {
    beforeAll(() => {
      // Installs the hook into the store that the following runs share.
      const first = run('README.md');
      if (first.status !== 0) throw new Error(`pre-commit could not install the hook:\n${first.out}`);
    }, 900_000);

    test('fails on errors', () => {
      const r = run('strict/privacy-policy.txt');
      expect(r.out).toMatch(/policylint \(privacy policy vs 152-FZ\)\.+Failed/);
      expect(r.out).toMatch(/1:1 +error +The policy has no effective date.*policy-date\/missing/);
      expect(r.status).toBe(1);
    });

    test('fails on a seed policy with errors (seed 004: no operator, no retention, …)', () => {
      const r = run('seed/privacy-policy.txt');
      expect(r.out).toMatch(/\d+:\d+ +error /);
      expect(r.out).toMatch(/\.+Failed/);
      expect(r.status).toBe(1);
    });

    test('fails on a Word policy with errors, and says in which paragraph', () => {
      const r = run('word/privacy-policy.docx');
      expect(r.out).toContain('word/privacy-policy.docx');
      expect(r.out).toMatch(/1:1 +para 1 \(1\.\) +error +The policy has no effective date.*policy-date\/missing/);
      expect(r.status).toBe(1);
    });

    test('passes a complete policy (fixtures/clean)', () => {
      const r = run('политика-конфиденциальности.md');
      expect(r.out).toMatch(/policylint \(privacy policy vs 152-FZ\)\.+Passed/);
      expect(r.status).toBe(0);
    });

    test('does not run on files that are not policies', () => {
      const r = run('README.md');
      expect(r.out).toMatch(/\(no files to check\)Skipped/);
      expect(r.status).toBe(0);
    });
  });
});
