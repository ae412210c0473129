import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// End to end through the built CLI: every expected finding of expected.json, and nothing from the
// rules it lists as clean.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.join(root, 'fixtures/seeds');
const expected = JSON.parse(readFileSync(path.join(seeds, 'expected.json'), 'utf8')) as {
  files: Record<string, { language: string; expect: { ruleId: string; messageId: string; line?: number; data?: Record<string, string> }[]; clean: string[] }>;
};

interface Msg { ruleId: string; messageId: string; message: string; line: number; data?: Record<string, string> }
function run(file: string): { language: string; messages: Msg[] } {
  let out: string;
  try {
    out = execFileSync('node', [path.join(root, 'bin/policylint.js'), '--format', 'json', path.join(seeds, file)], { encoding: 'utf8' });
  } catch (err) {
    out = (err as { stdout: string }).stdout;
  }
  return JSON.parse(out)[0];
}

describe.each(Object.entries(expected.files))('seed %s', (file, spec) => {
  const result = run(file);
  test('language', () => {
    expect(result.language).toBe(spec.language);
  });
  test.each(spec.expect.map((e) => [`${e.ruleId}/${e.messageId}${e.line ? ` at line ${e.line}` : ''}`, e] as const))('reports %s', (_name, e) => {
    const found = result.messages.filter(
      (m) => m.ruleId === e.ruleId && m.messageId === e.messageId && (e.line === undefined || m.line === e.line) && (!e.data || Object.entries(e.data).every(([k, v]) => m.data?.[k] === v)),
    );
    expect(found.length).toBeGreaterThanOrEqual(1);
  });
  test.each(spec.clean)('nothing from %s', (ruleId) => {
    expect(result.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line} ${m.messageId}: ${m.message}`)).toEqual([]);
  });
});
