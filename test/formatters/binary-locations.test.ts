import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addLocations, extractDocument } from '../../src/core/binary/index.js';
import { lintSource } from '../../src/core/engine.js';
import { formatHtml } from '../../src/core/formatters/html.js';
import { formatJson } from '../../src/core/formatters/json.js';
import { buildSarif } from '../../src/core/formatters/sarif.js';
import { formatStylish } from '../../src/core/formatters/stylish.js';
import type { FileResult } from '../../src/core/types.js';
import { rules } from '../../rules/index.js';
import { blocksOf, docxOf } from '../helpers/twins.js';

// Where a reader finds each finding of a Word file, in every report: JSON (paragraph, clause),
// stylish ("para 14 (4.2.)"), SARIF (the region's property bag; valid for Microsoft's validator
// with GitHub's rules) and the HTML report.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VALIDATOR = path.join(root, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const tmp = mkdtempSync(path.join(tmpdir(), 'policylint-binloc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const source = readFileSync(path.join(root, 'fixtures/formats/policy.ru.md'), 'utf8');
let result: FileResult;

beforeAll(async () => {
  const doc = await extractDocument('docx', docxOf(blocksOf(source, true)).bytes);
  result = addLocations(
    lintSource(
      { source: doc.text, parsed: doc.parsed, filePath: 'legal/политика.docx', format: 'docx' },
      { rules, config: { lang: 'auto', locale: 'en', rules: {} }, docsBase: 'https://example.test/docs/rules' },
    ),
    doc,
  );
});

const deadline = () => result.messages.find((m) => m.ruleId === 'response-deadline')!;

test('JSON: paragraph and clause beside line and column; the extracted lines stay out of the report', () => {
  const json = JSON.parse(formatJson([result]))[0];
  expect(json.format).toBe('docx');
  expect(json.locations).toBeUndefined();
  const m = json.messages.find((x: { ruleId: string }) => x.ruleId === 'response-deadline');
  // «6.4. Оператор отвечает на запрос субъекта в течение 30 (тридцати) календарных дней…»: the
  // 31st paragraph of the body with text (a table row counts as one), numbered 6.4. by Word.
  expect({ paragraph: m.paragraph, clause: m.clause, line: m.line }).toEqual({ paragraph: 31, clause: '6.4.', line: 31 });
  expect(result.source!.split('\n')[30]).toMatch(/^6\.4\. Оператор отвечает на запрос/);
  for (const x of json.messages) expect(x.paragraph).toBeGreaterThanOrEqual(1);
});

test('stylish: line:column, then the paragraph and its clause', () => {
  const out = formatStylish([result]);
  const m = deadline();
  expect(out).toContain(`  ${m.line}:${m.column}  para 31 (6.4.)  error`);
});

test('SARIF: the region carries paragraph and clause, and the log passes Microsoft\u2019s validator', () => {
  const log = buildSarif([result], { cwd: '/work/repo' }) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const run = log.runs[0];
  expect(run.artifacts[0].mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const r = run.results.find((x: { ruleId: string }) => x.ruleId === 'response-deadline');
  expect(r.locations[0].physicalLocation.region.properties).toEqual({ paragraph: 31, clause: '6.4.' });
  const file = path.join(tmp, 'docx.sarif');
  writeFileSync(file, JSON.stringify(log));
  const v = spawnSync(VALIDATOR, ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', file], { encoding: 'utf8' });
  const output = `${v.stdout}\n${v.stderr}`;
  expect(output).toMatch(/Analysis completed successfully/);
  expect(output.split('\n').filter((l) => /\berror\b/i.test(l))).toEqual([]);
}, 60000);

test('HTML: the finding names its paragraph; the gutter numbers paragraphs', () => {
  const html = formatHtml([result], { cwd: '/work/repo' });
  // The report speaks the policy's language.
  expect(html).toMatch(/строка 31, позиция \d+ · абз\. 31 \(6\.4\.\)/);
  expect(html).toContain('data-n="31"');
});

test('HTML: a PDF\u2019s text is shown page by page, the gutter counting lines on each page', () => {
  const r: FileResult = {
    ...result,
    format: 'pdf',
    language: 'en',
    source: 'Title\n\nFirst line\nSecond line\nNext page',
    locations: [{ page: 1, pageLine: 2 }, undefined, { page: 1, pageLine: 3 }, { page: 1, pageLine: 4 }, { page: 2, pageLine: 2 }],
    messages: [{ ruleId: 'policy-date', messageId: 'missing', severity: 1, message: 'No date.', line: 5, column: 1, endLine: 5, endColumn: 5, page: 2, pageLine: 2 }],
    suppressedMessages: undefined,
    errorCount: 0,
    warningCount: 1,
  };
  const html = formatHtml([r], { cwd: '/work/repo' });
  expect(html.match(/<div class="pg">[^<]*<\/div>/g)).toEqual(['<div class="pg">1</div>', '<div class="pg">2</div>']);
  expect(html).toMatch(/data-n="4"[^]*<div class="pg">2<\/div><div class="ln" id="f0-L5"><span class="no" data-n="2"/);
  expect(html).toContain('line 5, column 1 · p. 2, line 2');
});
