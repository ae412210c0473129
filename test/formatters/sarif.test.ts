import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintSource } from '../../src/core/engine.js';
import { FINGERPRINT_KEY, buildSarif, formatSarif, hash64 } from '../../src/core/formatters/sarif.js';
import { formatters } from '../../src/core/formatters/index.js';
import { compile, findAll } from '../../src/core/match.js';
import type { FileResult, Rule, RuleMeta } from '../../src/core/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VALIDATOR = path.join(root, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const tmp = mkdtempSync(path.join(tmpdir(), 'policylint-sarif-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Microsoft's validator with GitHub's ingestion rules; it exits 0 even on errors: read its output. */
function validate(sarif: string, name: string): { errors: string[]; output: string } {
  const file = path.join(tmp, name);
  writeFileSync(file, sarif);
  const r = spawnSync(VALIDATOR, ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', file], { encoding: 'utf8' });
  const output = `${r.stdout}\n${r.stderr}`;
  return { errors: output.split('\n').filter((l) => /\berror\b/i.test(l)), output };
}

// A rule of the test's own, so that these tests do not depend on the state of the real rules.
const deadlineMeta: RuleMeta = {
  id: 'response-deadline',
  description: { en: 'The deadline for answering a request', ru: 'Срок ответа на запрос' },
  law: '152-FZ art. 20 part 1',
  messages: {
    'too-long': { severity: 'error', text: { en: 'Answer within 10 working days, not {{found}}.', ru: 'Ответ — в течение 10 рабочих дней, а не «{{found}}».' } },
    missing: { severity: 'error', text: { en: 'No deadline.', ru: 'Нет срока.' } },
  },
};
const THIRTY = compile(['30 календарн* дней', '30 calendar days']);
const deadlineRule: Rule = {
  meta: deadlineMeta,
  check({ doc, report }) {
    let any = false;
    for (const m of findAll(THIRTY, doc.lower)) {
      any = true;
      report({ messageId: 'too-long', range: [m.start, m.end], data: { found: doc.text.slice(m.start, m.end) }, suggestions: [{ desc: 'Promise 10 working days', text: '10 рабочих дней' }] });
    }
    if (!any) report({ messageId: 'missing' });
  },
};
const dateMeta: RuleMeta = {
  id: 'policy-date',
  description: { en: 'The policy states its effective date', ru: 'В политике указана дата' },
  law: '152-FZ art. 18.1 part 2',
  messages: { missing: { severity: 'warn', text: { en: 'No date.', ru: 'Нет даты.' } } },
};
const dateRule: Rule = { meta: dateMeta, check: ({ report }) => report({ messageId: 'missing' }) };
const purposesMeta: RuleMeta = {
  id: 'purposes',
  description: { en: 'Purposes', ru: 'Цели' },
  law: '152-FZ art. 5 part 2',
  messages: { missing: { severity: 'error', text: { en: 'No purposes.', ru: 'Нет целей.' } } },
};
const metas = [deadlineMeta, dateMeta, purposesMeta];

function lint(source: string, filePath: string): FileResult {
  return lintSource(
    { source, filePath, format: filePath.endsWith('.md') ? 'markdown' : 'text' },
    { rules: [deadlineRule, dateRule], config: { lang: 'auto', locale: 'auto', rules: {} }, docsBase: 'https://example.test/docs/rules' },
  );
}

const POLICY = [
  '# Политика обработки персональных данных',
  '',
  '1. Оператор отвечает на запросы в течение 30 календарных дней.',
  '2. Повторный запрос — тоже в течение 30 календарных дней.',
  '3. Прочее.',
  '',
].join('\n');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('SARIF of the seeds, through the built CLI', () => {
  test('passes Microsoft\u2019s validator with GitHub\u2019s rules', () => {
    expect(existsSync(path.join(root, 'dist/cli.js'))).toBe(true); // npm run build first
    const r = spawnSync('node', [path.join(root, 'bin/policylint.js'), '--format', 'sarif', 'fixtures/seeds/'], { cwd: root, encoding: 'utf8' });
    expect([0, 1]).toContain(r.status);
    const log = JSON.parse(r.stdout) as Json;
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.artifacts.map((a: Json) => a.location.uri)).toEqual(expect.arrayContaining(['fixtures/seeds/000_11c64957fcb7e1c7.txt']));
    expect(run.tool.driver.rules.length).toBeGreaterThanOrEqual(15);
    const { errors, output } = validate(r.stdout, 'seeds.sarif');
    expect(output).toMatch(/Analysis completed successfully/);
    expect(errors).toEqual([]);
  });
});

describe('SARIF structure', () => {
  const cwd = '/work/repo';
  const results: FileResult[] = [
    lint(POLICY, 'docs/политика конфиденциальности.md'),
    lint('Privacy policy.\nWe answer within 30 calendar days.\n', '/elsewhere/outside.txt'),
    { filePath: 'docs/missing.md', messages: [{ ruleId: null, severity: 2, message: 'no such file or directory', line: 1, column: 1, fatal: true }], errorCount: 1, warningCount: 0, fatalErrorCount: 1 },
  ];
  const sarif = formatSarif(results, { rules: metas, cwd, version: '1.2.3' });
  const log = JSON.parse(sarif) as Json;
  const run = log.runs[0];

  test('is valid for GitHub code scanning, with fixes, notifications, Cyrillic names and a file outside the root', () => {
    const { errors, output } = validate(sarif, 'structure.sarif');
    expect(output).toMatch(/Analysis completed successfully/);
    expect(errors).toEqual([]);
  });

  test('one run; the driver describes every rule', () => {
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const d = run.tool.driver;
    expect(d).toMatchObject({ name: 'policylint', version: '1.2.3', semanticVersion: '1.2.3', informationUri: expect.stringMatching(/^https:\/\//) });
    expect(d.rules.map((r: Json) => r.id)).toEqual(['response-deadline', 'policy-date', 'purposes', 'unused-disable']);
    const [deadline, date, purposes] = d.rules;
    expect(deadline).toMatchObject({
      id: 'response-deadline',
      name: 'ResponseDeadline',
      shortDescription: { text: 'The deadline for answering a request.' },
      helpUri: 'https://example.test/docs/rules/response-deadline.md', // from the findings' url
      defaultConfiguration: { level: 'error' },
      properties: { law: '152-FZ art. 20 part 1', tags: expect.arrayContaining(['152-FZ']) },
    });
    expect(deadline.fullDescription.text).toContain('152-FZ art. 20 part 1');
    expect(deadline.fullDescription.text).toContain('Срок ответа на запрос');
    expect(deadline.help.text).toContain('152-FZ art. 20 part 1');
    expect(deadline.help.text).toContain('https://example.test/docs/rules/response-deadline.md');
    expect(deadline.help.markdown).toContain('**Law:** 152-FZ art. 20 part 1');
    expect(deadline.help.markdown).toContain('](https://example.test/docs/rules/response-deadline.md)');
    expect(date.defaultConfiguration.level).toBe('warning');
    // No finding: the docs link comes from the default base.
    expect(purposes.helpUri).toBe('https://github.com/policylint/policylint/blob/main/docs/rules/purposes.md');
    expect(purposes.name).toBeUndefined(); // "Purposes" equals the id but for case (SARIF1001)
  });

  test('results: rule index, level, message, location relative to the root', () => {
    const mine = run.results.filter((r: Json) => r.locations[0].physicalLocation.artifactLocation.index === 0);
    expect(mine.map((r: Json) => [r.ruleId, r.level])).toEqual([
      ['policy-date', 'warning'],
      ['response-deadline', 'error'],
      ['response-deadline', 'error'],
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const [date, first] = mine;
    expect(first.message.text).toBe('Ответ — в течение 10 рабочих дней, а не «30 календарных дней».');
    const loc = first.locations[0].physicalLocation;
    expect(loc.artifactLocation).toEqual({
      uri: 'docs/%D0%BF%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B0%20%D0%BA%D0%BE%D0%BD%D1%84%D0%B8%D0%B4%D0%B5%D0%BD%D1%86%D0%B8%D0%B0%D0%BB%D1%8C%D0%BD%D0%BE%D1%81%D1%82%D0%B8.md',
      uriBaseId: '%SRCROOT%',
      index: 0,
    });
    // Columns are 1-based, endColumn exclusive: the same as ours.
    expect(loc.region).toMatchObject({ startLine: 3, startColumn: 43, endLine: 3, endColumn: 62, snippet: { text: '30 календарных дней' } });
    expect(loc.contextRegion).toMatchObject({ startLine: 2, endLine: 4 });
    // An absent thing reported at 1:1: the whole first line.
    expect(date.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, snippet: { text: '# Политика обработки персональных данных' } });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/repo/');
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  test('a file outside the root gets an absolute file URI', () => {
    const outside = run.artifacts[1].location;
    expect(outside).toEqual({ uri: 'file:///elsewhere/outside.txt' });
  });

  test('suggestions become fixes that replace the reported span', () => {
    const r = run.results.find((x: Json) => x.ruleId === 'response-deadline' && x.fixes);
    expect(r.fixes[0]).toEqual({
      description: { text: 'Promise 10 working days.' },
      artifactChanges: [
        {
          artifactLocation: r.locations[0].physicalLocation.artifactLocation,
          replacements: [{ deletedRegion: { startLine: 3, startColumn: 43, endLine: 3, endColumn: 62 }, insertedContent: { text: '10 рабочих дней' } }],
        },
      ],
    });
  });

  test('a file that could not be read is a tool execution notification, not a result', () => {
    const inv = run.invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: 'docs/missing.md: no such file or directory.' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/missing.md', uriBaseId: '%SRCROOT%' } } }] },
    ]);
    expect(run.artifacts.map((a: Json) => a.location.uri)).not.toContain('docs/missing.md');
    const clean = buildSarif([results[0]], { rules: metas, cwd }).runs[0] as Json;
    expect(clean.invocations[0]).toEqual({ executionSuccessful: true, workingDirectory: { uri: 'file:///work/repo/' } });
  });

  test('paths are relative to the workspace (GITHUB_WORKSPACE) when the CLI ran in a subfolder', () => {
    const r = buildSarif([results[0]], { rules: metas, cwd: '/work/repo/site', workspace: '/work/repo' }).runs[0] as Json;
    expect(r.artifacts[0].location.uri).toMatch(/^site\/docs\/%D0%BF/);
    expect(r.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/repo/');
  });

  test('is registered as --format sarif', () => {
    expect(formatters.sarif(results, { rules: metas, cwd, version: '1.2.3' })).toBe(sarif);
  });
});

describe('SARIF fingerprints', () => {
  const fingerprints = (source: string, file = 'policy.md') =>
    (buildSarif([lint(source, file)], { rules: metas, cwd: '/r' }).runs[0] as Json).results.map((r: Json) => [r.ruleId, r.locations[0].physicalLocation.region.startLine, r.partialFingerprints[FINGERPRINT_KEY]]);

  test('survive an unrelated line inserted above', () => {
    const before = fingerprints(POLICY);
    const edited = POLICY.replace('\n1. Оператор', '\nВведение: новый абзац, не относящийся к делу.\n\n1. Оператор');
    const after = fingerprints(edited);
    expect(after.map((f: unknown[]) => f[1])).toEqual([1, 5, 6]); // the findings moved down…
    expect(after.map((f: unknown[]) => f[2])).toEqual(before.map((f: unknown[]) => f[2])); // …their identity did not
    expect(fingerprints(POLICY.replace(/\n/g, '\r\n')).map((f: unknown[]) => f[2])).toEqual(before.map((f: unknown[]) => f[2]));
  });

  test('differ between identical findings, between files, and when the text at the finding changes', () => {
    const fp = fingerprints(POLICY).map((f: unknown[]) => f[2] as string);
    expect(new Set(fp).size).toBe(3);
    for (const f of fp) expect(f).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprints(POLICY, 'other.md').map((f: unknown[]) => f[2])).not.toEqual(fp);
    // Case and spacing at the finding do not matter; its words do.
    const respaced = fingerprints(POLICY.replace('тоже в течение 30 календарных дней', 'тоже в течение 30  Календарных\nдней'));
    expect(respaced.map((f: unknown[]) => f[2])).toEqual(fp);
    const reworded = fingerprints(POLICY.replace('тоже в течение 30 календарных дней', 'тоже в течение 30 календарного дней'));
    expect(reworded[1][2]).toBe(fp[1]);
    expect(reworded[2][2]).not.toBe(fp[2]);
  });

  test('are the same from run to run', () => {
    expect(fingerprints(POLICY)).toEqual(fingerprints(POLICY));
    // Pinned: a change of the hash function would reopen every alert on GitHub.
    expect(hash64('policylint')).toBe('6894a8ced02aecf7');
    expect(hash64('')).toBe('488bdcb81aee8d83');
  });

  test('of a finding about something absent (at 1:1) survive an edit of line 1', () => {
    expect(fingerprints(POLICY)[0][2]).toBe(fingerprints(POLICY.replace('# Политика', '# Политика (черновик)'))[0][2]);
  });
});
