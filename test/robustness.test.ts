import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { lintSource } from '../src/core/engine.js';
import { formatters } from '../src/core/formatters/index.js';
import { rules } from '../rules/index.js';
import type { FileResult, SourceFormat } from '../src/core/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = { lang: 'auto' as const, locale: 'auto' as const, rules: {} };
const lintAll = (source: string, format: SourceFormat): FileResult =>
  lintSource({ source, filePath: `input.${format === 'markdown' ? 'md' : format === 'html' ? 'html' : 'txt'}`, format }, { rules, config, docsBase: 'https://x.test' });

/** Lines of every fixture policy: the raw material of generated and mutated policies. */
const corpus: string[] = (() => {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e.name) && !e.name.startsWith('expected')) {
        try {
          out.push(...new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(p)).split(/\r?\n/));
        } catch {
          // not UTF-8 (encoding fixtures)
        }
      }
    }
  };
  walk(path.join(root, 'fixtures'));
  return out.filter((l) => l.trim());
})();

/** Every reported location lies inside the file, and a ranged finding covers real text. */
function checkLocations(source: string, result: FileResult) {
  const lines = source.split(/\r\n|\r|\n/);
  for (const m of result.messages) {
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.line).toBeLessThanOrEqual(lines.length);
    expect(m.column).toBeGreaterThanOrEqual(1);
    expect(m.column).toBeLessThanOrEqual(lines[m.line - 1].length + 1);
    if (m.endLine !== undefined && m.endColumn !== undefined) {
      expect(m.endLine).toBeGreaterThanOrEqual(m.line);
      expect(m.endLine).toBeLessThanOrEqual(lines.length);
      expect(m.endColumn).toBeLessThanOrEqual(lines[m.endLine - 1].length + 1);
      if (m.endLine === m.line) expect(m.endColumn).toBeGreaterThanOrEqual(m.column);
      const isPoint = m.line === m.endLine && m.column === m.endColumn;
      if (!isPoint) {
        const text = m.line === m.endLine ? lines[m.line - 1].slice(m.column - 1, m.endColumn - 1) : lines[m.line - 1].slice(m.column - 1);
        // What a finding points at has letters or digits: never just markup or spaces.
        expect(text).toMatch(/[\p{L}\p{N}]/u);
      }
    }
  }
}

const line = fc.constantFrom(...corpus);
const noise = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '\r\n', '\t', '| a | b |', '|---|---|', '# ', '1. ', '- ', '<b>', '</p>', '&nbsp;', '«', '»', '…', '\u00a0', 'ИНН 7707083893', 'TIN 0000000000', '30 (тридцати) дней', '[COMPANY]'),
);
const policyText = fc.array(fc.oneof({ weight: 4, arbitrary: line }, { weight: 1, arbitrary: noise }), { minLength: 1, maxLength: 60 }).map((ls) => ls.join('\n'));
const mutated = fc.tuple(policyText, fc.array(fc.tuple(fc.nat(), fc.nat(5), noise), { maxLength: 8 })).map(([text, edits]) => {
  let t = text;
  for (const [at, del, ins] of edits) {
    const i = t.length ? at % t.length : 0;
    t = t.slice(0, i) + ins + t.slice(i + del);
  }
  return t;
});

describe('property: any text, any format', () => {
  test.each([['text'], ['markdown'], ['html']] as const)('%s: never throws, locations inside the file, every formatter renders', (format) => {
    fc.assert(
      fc.property(mutated, (source) => {
        const src = format === 'html' ? `<html><body>${source.split('\n').map((l) => `<p>${l}</p>`).join('\n')}</body></html>` : source;
        const result = lintAll(src, format);
        expect(result.fatalErrorCount).toBe(0);
        checkLocations(src, result);
        for (const [name, f] of Object.entries(formatters)) {
          const out = f([result], { rules: rules.map((r) => r.meta), cwd: '/', version: '0.0.0' });
          expect(typeof out).toBe('string');
          if (name === 'json' || name === 'sarif') expect(() => JSON.parse(out)).not.toThrow();
        }
      }),
      { numRuns: 60, seed: 152 },
    );
  });

  test('CRLF and LF versions of any text give the same findings', () => {
    fc.assert(
      fc.property(policyText, (source) => {
        const lf = source.replace(/\r\n?/g, '\n');
        const a = lintAll(lf, 'text').messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}/${m.messageId}`);
        const b = lintAll(lf.replace(/\n/g, '\r\n'), 'text').messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}/${m.messageId}`);
        expect(b).toEqual(a);
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});

describe('adversarial input completes (no catastrophic backtracking, no stack overflow)', () => {
  const cases: [string, string, SourceFormat][] = [
    ['a 300,000-character line without spaces', 'а'.repeat(150_000) + 'x'.repeat(150_000), 'text'],
    ['100,000 repeated digits', '1'.repeat(100_000), 'text'],
    ['digits and dots', '1.'.repeat(50_000), 'text'],
    ['an INN-like run split by spaces', '7 '.repeat(50_000), 'text'],
    ['long runs of brackets and quotes', '['.repeat(30_000) + '«'.repeat(30_000) + '('.repeat(30_000), 'text'],
    ['phrase fragments repeated', 'в течение '.repeat(20_000) + 'within '.repeat(20_000), 'text'],
    ['a sentence of 50,000 words', Array.from({ length: 50_000 }, (_, i) => (i % 2 ? 'данных' : 'personal')).join(' '), 'text'],
    ['deeply nested Markdown lists', Array.from({ length: 3_000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'), 'markdown'],
    ['deeply nested blockquotes', '>'.repeat(5_000) + ' text', 'markdown'],
    ['deeply nested HTML', '<div>'.repeat(20_000) + 'ИНН 7707083893' + '</div>'.repeat(20_000), 'html'],
    ['a 60,000-row pipe table', Array.from({ length: 60_000 }, (_, i) => `| purpose ${i} | consent |`).join('\n'), 'text'],
    ['10,000 numbered clauses', Array.from({ length: 10_000 }, (_, i) => `${i + 1}.${i % 9}. Срок хранения данных ${i} дней.`).join('\n'), 'text'],
  ];
  test.each(cases)('%s', (_name, source, format) => {
    const result = lintAll(source, format);
    expect(result.fatalErrorCount).toBe(0);
    checkLocations(source, result);
  });
});

describe('the result does not depend on file order or concurrency', () => {
  test('same findings per file, whatever the order and the number of threads', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'policylint-order-'));
    const gen = fc.sample(mutated, { numRuns: 12, seed: 42 });
    // Named as policies, so that the folder walk lints every one of them whatever its text.
    gen.forEach((text, i) => writeFileSync(path.join(dir, `privacy-p${String(i).padStart(2, '0')}.${i % 3 === 0 ? 'md' : 'txt'}`), text || 'x'));
    const files = readdirSync(dir).map((f) => path.join(dir, f));
    const run = (args: string[]) => {
      let out: string;
      try {
        out = execFileSync('node', [path.join(root, 'bin/policylint.js'), '-f', 'json', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
      } catch (err) {
        out = (err as { stdout: string }).stdout;
      }
      const byFile: Record<string, unknown> = {};
      for (const r of JSON.parse(out) as FileResult[]) byFile[path.basename(r.filePath)] = r.messages;
      return byFile;
    };
    const base = run(['--concurrency', '1', ...files]);
    expect(Object.keys(base)).toHaveLength(files.length);
    expect(run(['--concurrency', '2', ...[...files].reverse()])).toEqual(base);
    expect(run(['--concurrency', '3', dir])).toEqual(base);
  });
});
