import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode, detectFormat } from '../src/core/load.js';
import { lintSource } from '../src/core/engine.js';
import type { LintMessage, Rule, SourceFormat } from '../src/core/types.js';
import { textAt } from './helpers/lint.js';
import { fold, htmlText } from './parse/html-check.js';

// The same policy as Markdown, HTML (a modern page and an old Windows-1251 one with CRLF), plain
// text in UTF-8, UTF-8 with BOM, UTF-16LE, Windows-1251 and KOI8-R must give the same findings, each
// pointing at the same text in its own file. End to end through the built CLI (run `npm run build`
// first), plus an in-process probe that checks the mapping of many phrases independently of
// which rules have landed.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'fixtures/formats');
const files = readdirSync(dir).filter((f) => /^policy\..*\.(md|html|txt)$/.test(f)).sort();

interface Loaded { name: string; source: string; format: SourceFormat; encoding: string }
const load = (name: string): Loaded => {
  const d = decode(new Uint8Array(readFileSync(path.join(dir, name))));
  return { name, source: d.text, format: detectFormat(name, d.text), encoding: d.encoding };
};
const loaded = new Map(files.map((f) => [f, load(f)]));

/** The source text of a range, as a reader sees it: markup dropped, references decoded, folded. */
function readable(raw: string, format: SourceFormat): string {
  let s = raw;
  if (format === 'html') s = htmlText(s);
  if (format === 'markdown') {
    s = s
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<((?:https?:|mailto:)[^>]+|[^\s<>@]+@[^\s<>]+)>/g, '$1')
      .replace(/\*\*|\*|`/g, '');
  }
  return fold(s);
}

/** Tag syntax cut in half at the edges of a range, or left over inside it once whole tags are dropped. */
function brokenMarkup(raw: string): boolean {
  if (/^\s*<|>\s*$/.test(raw)) return true;
  return /<[A-Za-z/!?]|<$/.test(raw.replace(/<[A-Za-z/!?][^<>]*>/g, ''));
}

const ranged = (m: LintMessage) => m.endLine !== undefined && m.endColumn !== undefined && (m.endLine !== m.line || m.endColumn !== m.column);

// ---------------------------------------------------------------------------------------------

describe('through the CLI', () => {
  let results: Map<string, { messages: LintMessage[]; encoding?: string; format?: string }>;
  beforeAll(() => {
    let out: string;
    try {
      out = execFileSync('node', [path.join(root, 'bin/policylint.js'), '--format', 'json', ...files.map((f) => path.join(dir, f))], { encoding: 'utf8', maxBuffer: 1 << 26 });
    } catch (err) {
      out = (err as { stdout: string }).stdout; // exit code 1: findings with errors
    }
    const parsed = JSON.parse(out) as { filePath: string; messages: LintMessage[]; encoding?: string; format?: string }[];
    results = new Map(parsed.map((r) => [path.basename(r.filePath), r]));
  });

  const findings = (name: string) => {
    const { source, format } = loaded.get(name)!;
    return results.get(name)!.messages.map((m) => ({ m, raw: ranged(m) ? textAt(source, m) : '', format }));
  };
  const multiset = (name: string) =>
    findings(name)
      .map(({ m, raw, format }) => `${m.ruleId}/${m.messageId}: ${readable(raw, format)}`)
      .sort();

  test('every fixture is linted without a fatal error, in the encoding and format expected', () => {
    const seen = Object.fromEntries(files.map((f) => [f, `${results.get(f)?.format} ${results.get(f)?.encoding}`]));
    expect(seen).toEqual({
      'policy.en.html': 'html utf-8',
      'policy.en.md': 'markdown utf-8',
      'policy.ru.cp1251.html': 'html windows-1251',
      'policy.ru.cp1251.txt': 'text windows-1251',
      'policy.ru.html': 'html utf-8',
      'policy.ru.koi8r.txt': 'text koi8-r',
      'policy.ru.md': 'markdown utf-8',
      'policy.ru.txt': 'text utf-8',
      'policy.ru.utf16le.txt': 'text utf-16le',
      'policy.ru.utf8bom.txt': 'text utf-8',
    });
    for (const f of files) expect(results.get(f)!.messages.filter((m) => m.fatal)).toEqual([]);
  });

  test('the seed rules already find something (the policies carry no date)', () => {
    for (const f of files) expect(results.get(f)!.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toContain('policy-date/missing');
  });

  test.each([
    ['policy.ru.html', 'policy.ru.md'],
    ['policy.ru.cp1251.html', 'policy.ru.md'],
    ['policy.en.html', 'policy.en.md'],
  ])('%s: the same findings, at the same text, as %s', (html, md) => {
    expect(multiset(html)).toEqual(multiset(md));
  });

  test.each([['policy.ru.cp1251.txt'], ['policy.ru.koi8r.txt'], ['policy.ru.utf16le.txt'], ['policy.ru.utf8bom.txt']])(
    '%s: the same findings at the same lines and columns as policy.ru.txt',
    (name) => {
      const at = (f: string) => findings(f).map(({ m, raw }) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}/${m.messageId}: ${fold(raw)}`);
      expect(at(name)).toEqual(at('policy.ru.txt'));
    },
  );

  test.each(files.map((f) => [f]))('%s: every finding with a range points at readable text, not at markup', (name) => {
    const problems: string[] = [];
    for (const { m, raw, format } of findings(name)) {
      if (!ranged(m)) continue;
      const where = `${m.line}:${m.column} ${m.ruleId}/${m.messageId}`;
      if (!/[\p{L}\p{N}]/u.test(readable(raw, format))) problems.push(`${where}: no text at the location (${JSON.stringify(raw)})`);
      if (format === 'html' && brokenMarkup(raw)) problems.push(`${where}: markup at the location (${JSON.stringify(raw)})`);
    }
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// A probe rule reports many phrases (in table cells, lists, around entities and inline tags); the
// text at each reported location must be the phrase, in every format and encoding.

/** Phrases as regex sources on doc.lower; «», — and № also match their KOI8-R stand-ins. */
const PROBES = [
  'ооо «ромашка-сервис»', '«ромашка-сервис»', 'инн \\d+', 'огрн \\d+', 'продолжая использовать сайт, вы соглашаетесь',
  '30 \\(тридцати\\) календарных дней', 'в течение 30 дней', 'todo', 'google analytics', 'бессрочно', 'иным лицам',
  '№ 152-фз', '«о персональных данных»', '\\+7 \\(495\\) 123-45-67', 'ip-адрес', 'согласие субъекта', '\\(далее — сайт\\)',
  'by continuing to use the website, you agree', 'within 30 days', 'indefinitely', 'other third parties', 'inn \\d+',
  '"on personal data"', '(?:“we”|"we")',
].map((p) => new RegExp(p.replace(/«/g, '[«"]').replace(/»/g, '[»"]').replace(/—/g, '[—-]').replace(/№/g, '(?:№|n)'), 'g'));
const probe: Rule = {
  meta: {
    id: 'probe',
    description: { en: 'probe', ru: 'probe' },
    law: '—',
    messages: { hit: { severity: 'warn', text: { en: '{{text}}', ru: '{{text}}' } } },
  },
  check({ doc, report }) {
    for (const re of PROBES) {
      re.lastIndex = 0;
      for (let m = re.exec(doc.lower); m; m = re.exec(doc.lower)) {
        const range: [number, number] = [m.index, m.index + m[0].length];
        report({ messageId: 'hit', range, data: { text: doc.slice(range) } });
      }
    }
  },
};

describe('in process: a probe finds phrases, and each location holds the phrase', () => {
  const hits = (name: string) => {
    const { source, format } = loaded.get(name)!;
    const result = lintSource({ source, filePath: name, format }, { rules: [probe], config: { lang: 'auto', locale: 'auto', rules: {} }, docsBase: 'x' });
    return result.messages.map((m) => ({ m, raw: textAt(source, m), format, want: String(m.data?.text) }));
  };

  test.each(files.map((f) => [f]))('%s', (name) => {
    const problems: string[] = [];
    const all = hits(name);
    expect(all.length).toBeGreaterThan(8);
    for (const { m, raw, format, want } of all) {
      if (readable(raw, format) !== fold(want)) problems.push(`${m.line}:${m.column}-${m.endLine}:${m.endColumn} want ${JSON.stringify(want)}, source has ${JSON.stringify(raw)}`);
      if (format === 'html' && brokenMarkup(raw)) problems.push(`${m.line}:${m.column}: markup at the location (${JSON.stringify(raw)})`);
    }
    expect(problems).toEqual([]);
  });

  test.each([
    ['policy.ru.html', 'policy.ru.md'],
    ['policy.ru.cp1251.html', 'policy.ru.md'],
    ['policy.ru.txt', 'policy.ru.md'],
    ['policy.ru.koi8r.txt', 'policy.ru.md'],
    ['policy.en.html', 'policy.en.md'],
  ])('%s finds the phrases %s finds', (a, b) => {
    const texts = (name: string) => hits(name).map((h) => fold(h.want)).sort();
    expect(texts(a)).toEqual(texts(b));
  });
});
