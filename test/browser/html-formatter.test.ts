import { createHash } from 'node:crypto';
import { cutPieces, escapeHtml, formatHtml, lineStarts, messageRange, placeMessages, reportHashes, sha256Base64 } from '../../src/core/formatters/html.js';
import { formatJson } from '../../src/core/formatters/json.js';
import { lintSource } from '../../src/core/engine.js';
import { PolicyDocument } from '../../src/core/document.js';
import { parseSource } from '../../src/core/parse/index.js';
import { readerViewOf, SourceToText } from '../../src/core/reader-view.js';
import type { FileResult, LintMessage, ReaderView, SourceFormat } from '../../src/core/types.js';
import { rules } from '../../rules/index.js';

// The HTML report formatter as a pure function (no browser): positions, overlaps, escaping, the CSP
// hashes, grouping of absent content, fatal files and the report's language. The browser tests
// (report.test.ts) check the same report as a reviewer sees it.

function result(source: string | undefined, messages: LintMessage[], extra: Partial<FileResult> = {}): FileResult {
  return {
    filePath: 'policy.txt',
    language: 'en',
    format: 'text',
    source,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    ...extra,
  };
}

function msg(line: number, column: number, endLine: number, endColumn: number, extra: Partial<LintMessage> = {}): LintMessage {
  return { ruleId: 'response-deadline', messageId: 'too-long', severity: 2, message: 'Too long.', line, column, endLine, endColumn, law: '152-FZ art. 20 part 1', url: 'https://example.test/docs/response-deadline.md', ...extra };
}

/** Text of the highlight pieces of one card id, in order (markup stripped, entities decoded). */
function highlighted(html: string, id: string): string {
  const re = /<a class="hl[^"]*"[^>]*data-f="([^"]*)"[^>]*>([^<]*)<\/a>/g;
  let out = '';
  for (let m = re.exec(html); m; m = re.exec(html)) if (m[1].split(' ').includes(id)) out += m[2];
  return out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The reader view and the source view of a report of one file. */
function views(html: string): { reader: string; source: string } {
  const r = html.indexOf('<div class="view view-reader">');
  const s = html.indexOf('<div class="view view-source">');
  if (r < 0 || s < 0) throw new Error('the report has no reader view');
  return { reader: html.slice(r, s), source: html.slice(s, html.indexOf('</div></div></div>', s)) };
}

describe('positions', () => {
  test('line starts count \\n, \\r\\n and a lone \\r as the engine does', () => {
    expect(lineStarts('a\nb\r\nc\rd')).toEqual([0, 2, 5, 7]);
    expect(lineStarts('')).toEqual([0]);
    expect(lineStarts('x\n')).toEqual([0, 2]);
  });

  test('line/column (UTF-16, end exclusive) map to source offsets, clamped', () => {
    const src = 'ab🙂cd\r\nsecond line\rthird';
    const starts = lineStarts(src);
    expect(src.slice(...messageRange(src, starts, { line: 1, column: 3, endLine: 1, endColumn: 5 }))).toBe('🙂');
    expect(src.slice(...messageRange(src, starts, { line: 1, column: 5, endLine: 2, endColumn: 7 }))).toBe('cd\r\nsecond');
    expect(src.slice(...messageRange(src, starts, { line: 3, column: 1, endLine: 3, endColumn: 6 }))).toBe('third');
    expect(messageRange(src, starts, { line: 9, column: 99, endLine: 9, endColumn: 120 })).toEqual([src.length, src.length]);
    expect(messageRange(src, starts, { line: 2, column: 3 })).toEqual([starts[1] + 2, starts[1] + 2]);
  });

  test('overlapping and nested ranges become flat pieces, innermost finding first', () => {
    const hs = [
      { id: 1, start: 0, end: 10, severity: 2 as const },
      { id: 2, start: 5, end: 15, severity: 1 as const },
      { id: 3, start: 6, end: 8, severity: 1 as const },
      { id: 4, start: 12, end: 12, severity: 1 as const },
    ];
    expect(cutPieces(hs, 0, 20)).toEqual([
      { start: 0, end: 5, covering: [1] },
      { start: 5, end: 6, covering: [1, 2] },
      { start: 6, end: 8, covering: [3, 1, 2] },
      { start: 8, end: 10, covering: [1, 2] },
      { start: 10, end: 15, covering: [2] },
      { start: 15, end: 20, covering: [] },
    ]);
    // A window of the text (one line) only sees what overlaps it.
    expect(cutPieces(hs, 9, 11)).toEqual([
      { start: 9, end: 10, covering: [1, 2] },
      { start: 10, end: 11, covering: [2] },
    ]);
    expect(cutPieces([], 3, 3)).toEqual([]);
  });
});

describe('escaping and the Content-Security-Policy', () => {
  test('escapeHtml escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  test('the SHA-256 used for the CSP is SHA-256', () => {
    for (const s of ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'привет, ёж 🙂'.repeat(50)]) {
      expect(sha256Base64(s)).toBe(createHash('sha256').update(s, 'utf8').digest('base64'));
    }
  });

  test('the CSP allows exactly the inline script and stylesheet of the page, and nothing else', () => {
    const html = formatHtml([result('x', [])]);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const hash = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(csp).toBe(`default-src 'none'; style-src '${hash(style)}'; script-src '${hash(script)}'; img-src data:; base-uri 'none'; form-action 'none'`);
    expect(reportHashes()).toEqual({ styleHash: hash(style), scriptHash: hash(script) });
    // The CSP comes before anything from the policy.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<body'));
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<style/g)).toHaveLength(1);
  });

  test('policy text, file names, messages and suggestions never become markup', () => {
    const evil = `<script>alert(1)</script>"><img src=x onerror=alert(2)>'`;
    const src = `A ${evil}\n`;
    const html = formatHtml([
      result(src, [msg(1, 3, 1, 3 + evil.length, { message: evil, law: evil, suggestions: [{ desc: evil, text: evil }], url: 'javascript:alert(3)' })], { filePath: evil }),
    ]);
    const body = html.slice(html.indexOf('<body'));
    expect(body.match(/<script/g)).toHaveLength(1); // the report's own
    expect(body).not.toMatch(/<img|javascript:/);
    expect(highlighted(html, 'f0-1')).toBe(evil);
  });
});

describe('rendering', () => {
  const source = 'Privacy Policy\n1. General\nWe answer within 30 calendar days.\n7. Rights of the data subject\nYou may ask us anything.\n';

  test('each finding is highlighted at its range with a numbered card; the text is shown whole', () => {
    const m = msg(3, 18, 3, 34);
    const html = formatHtml([result(source, [m])]);
    expect(highlighted(html, 'f0-1')).toBe('30 calendar days');
    expect(html).toContain('<li class="card s2" id="f0-1" data-n="1">');
    expect(html).toContain('<sup class="ref" aria-hidden="true">1</sup>');
    expect(html.match(/<div class="ln" id="f0-L\d+">/g)).toHaveLength(5);
    expect(html).toContain('<blockquote class="quote" lang="en">30 calendar days</blockquote>');
  });

  test('a range over a line break is cut at the line and badged where it ends', () => {
    const html = formatHtml([result(source, [msg(2, 4, 3, 10)])]);
    expect(highlighted(html, 'f0-1')).toBe('GeneralWe answer');
    // Ending at the start of a line (its line break included), the badge goes at the end of the line before.
    const html2 = formatHtml([result(source, [msg(3, 1, 4, 1)])]);
    expect(/id="f0-L3"><span[^>]*><\/span><span class="tx">.*<sup class="ref" aria-hidden="true">1<\/sup><\/span><\/div>/.test(html2)).toBe(true);
  });

  test('findings about absent content: 1:1 under the whole policy, at a heading under that section', () => {
    const r = result(source, [
      msg(1, 1, 1, 1, { ruleId: 'policy-date', messageId: 'missing', severity: 1 }),
      msg(4, 1, 4, 30, { ruleId: 'subject-rights', messageId: 'missing-right', severity: 1 }),
      msg(3, 18, 3, 34),
    ]);
    expect(placeMessages(r).map((p) => [p.kind, p.group, p.section])).toEqual([
      ['absent', -1, undefined],
      ['absent', source.indexOf('7. Rights'), '7. Rights of the data subject'],
      ['text', undefined, undefined],
    ]);
    const html = formatHtml([r]);
    const absent = html.slice(html.indexOf('<div class="absent">'), html.indexOf('<div class="policy">'));
    expect(absent).toContain('<h4>Whole policy (no section for it)</h4>');
    expect(absent).toContain('<h4>Section: 7. Rights of the data subject <a class="where" href="#f0-L4"');
    expect(absent).toContain('id="f0-1"');
    expect(absent).toContain('id="f0-2"');
    expect(absent).not.toContain('id="f0-3"');
    // The heading is still marked in the text, as the place where the content belongs.
    expect(html).toMatch(/<a class="hl s1 d1 miss" href="#f0-2"/);
  });

  test('a zero-width finding inside the text is a focusable insertion mark', () => {
    const html = formatHtml([result(source, [msg(3, 5, 3, 5)])]);
    expect(html).toMatch(/<a class="hl ins s2" id="f0-t1" href="#f0-1"/);
  });

  test('HTML sources: the source view still shows the HTML source, with highlights at source positions', () => {
    const src = '<html><body><h1>Policy</h1><p>Answer in 30 days.</p></body></html>';
    const at = src.indexOf('30 days');
    const html = formatHtml([result(src, [msg(1, at + 1, 1, at + 8)], { format: 'html', filePath: 'p.html' })]);
    const { source } = views(html);
    expect(source).toContain('<div class="src src-html" lang="en">');
    expect(source).toContain('&lt;html&gt;&lt;body&gt;&lt;h1&gt;Policy');
    expect(highlighted(source, 'f0-1')).toBe('30 days');
    expect(source).toContain('id="f0-t1"');
  });

  test('a file that could not be checked is shown as such', () => {
    const fatal = result(undefined, [{ ruleId: null, severity: 2, message: 'binary file (a PDF document)', line: 1, column: 1, fatal: true }], { filePath: 'scan.pdf', language: undefined, format: undefined });
    const html = formatHtml([fatal, result(source, [])]);
    expect(html).toContain('<div class="fatal" role="alert"><h3>Could not be checked</h3><ul><li id="f0-1">binary file (a PDF document)</li></ul></div>');
    expect(html).toContain('1 file could not be checked.');
    expect(html).toMatch(/<tr class="sf"><th scope="row"><a href="#file-0">scan\.pdf<\/a><\/th><td>—<\/td><td class="n">0<\/td><td class="n">0<\/td><td>Could not be checked<\/td><\/tr>/);
  });

  test('suppressed findings are listed with their reasons', () => {
    const r = result(source, []);
    r.suppressedMessages = [{ ...msg(3, 18, 3, 34), suppressions: [{ kind: 'directive', justification: 'agreed with the DPO' }] }];
    const html = formatHtml([r]);
    expect(html).toContain('<summary>Suppressed in the policy source (1)</summary>');
    expect(html).toContain('agreed with the DPO');
  });

  test('the summary counts by severity and by rule, with the articles and the rules’ descriptions', () => {
    const html = formatHtml(
      [result(source, [msg(3, 18, 3, 34), msg(1, 1, 1, 1, { ruleId: 'policy-date', messageId: 'missing', severity: 1, law: '152-FZ art. 18.1 part 2' })])],
      { rules: rules.map((r) => r.meta) },
    );
    expect(html).toContain('1 error and 1 warning in 1 file.');
    const desc = rules.find((r) => r.meta.id === 'response-deadline')!.meta.description.en;
    expect(html).toContain(`<td>${escapeHtml(desc)}</td><td class="laws">152-FZ art. 20 part 1</td><td class="n">1</td><td class="n">0</td><td class="n">1</td>`);
  });

  test('the report speaks the documents’ language, unless told otherwise; it is deterministic', () => {
    const ru = result('Политика\n', [msg(1, 1, 1, 9, { message: 'Срок слишком долгий.', severity: 1 })], { language: 'ru' });
    const html = formatHtml([ru]);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<h1>Проверка политики обработки персональных данных</h1>');
    expect(html).toContain('0 ошибок и 1 предупреждение в 1 файле.');
    expect(formatHtml([ru, result(source, []), result(source, [])])).toContain('<html lang="en">');
    expect(formatHtml([ru], { locale: 'en' })).toContain('<h1>Privacy policy review</h1>');
    expect(formatHtml([ru], { locale: 'auto' })).toBe(html);
    expect(formatHtml([ru])).toBe(html);
    expect(formatHtml([])).toContain('No files were checked.');
    expect(formatHtml([ru], { generated: new Date('2026-03-01T10:00:00Z'), version: '1.2.3' })).toContain('Отчёт policylint 1.2.3, создан <time>2026-03-01T10:00:00.000Z</time>');
  });
});

describe('the reader view', () => {
  // An HTML policy with the elements a reader sees, markup around the words and a script of its own.
  const src = [
    '<!doctype html><html><head><script>window.__xss = 1</script></head><body>',
    '<h1>Privacy &amp; Data Policy</h1>',
    '<p>We answer within <b>30 calendar</b> days.</p>',
    '<h2>1. What we collect</h2>',
    '<ul><li>your name;</li><li>your e-mail:<ol><li>work;</li><li>private.</li></ol></li></ul>',
    '<!-- policylint-disable-next-line -->',
    '<table><tr><th>Purpose</th><th>Term</th></tr><tr><td>Billing</td><td>5 years</td></tr></table>',
    '<h2>2. Rights</h2><p>Ask us <script>alert("x")</script>anything.</p>',
    '</body></html>',
  ].join('\n');
  const pos = (needle: string, extra = 0) => {
    const o = src.indexOf(needle) + extra;
    const before = src.slice(0, o).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
  };
  const span = (needle: string, extra = {}) => {
    const a = pos(needle);
    const b = pos(needle, needle.length);
    return msg(a.line, a.column, b.line, b.column, extra);
  };
  const html = formatHtml([
    result(
      src,
      [
        span('30 calendar</b> days'),
        span('e-mail', { severity: 1, ruleId: 'x', messageId: 'y' }),
        span('5 years'),
        span('2. Rights', { severity: 1, ruleId: 'subject-rights', messageId: 'missing-right' }),
        span('<!-- policylint-disable-next-line -->', { severity: 1, ruleId: 'unused-disable', messageId: 'unused' }),
        msg(1, 1, 1, 1, { ruleId: 'policy-date', messageId: 'missing', severity: 1 }),
      ],
      { format: 'html', filePath: 'p.html' },
    ),
  ]);
  const { reader, source } = views(html);

  test('is the default view, behind a switch that also offers the source', () => {
    expect(html).toContain('<input type="radio" class="v-reader" name="f0-view" id="f0-view-r" checked><label for="f0-view-r">As the reader sees it</label>');
    expect(html).toContain('<input type="radio" class="v-source" name="f0-view" id="f0-view-s"><label for="f0-view-s">HTML source</label>');
  });

  test('shows the blocks as headings, paragraphs, nested lists and tables, the text escaped', () => {
    const tags = reader.match(/<\/?(?:h\d|p|ul|ol|li|table|tbody|tr|th|td)\b[^>]*>/g)!.join('');
    expect(tags).toBe(
      '<h1></h1><p></p><h2></h2>' +
        '<ul><li></li><li><ol><li></li><li></li></ol></li></ul>' +
        '<table><tbody><tr><th></th><th></th></tr><tr><td></td><td></td></tr></tbody></table>' +
        '<h2></h2><p></p>',
    );
    expect(reader).toContain('<h1>Privacy &amp; Data Policy</h1>');
    expect(reader).not.toContain('alert');
    expect(reader).not.toContain('__xss');
    // The policy's own scripts are nowhere as markup: only the report's script is a <script>.
    expect(html.slice(html.indexOf('<body')).match(/<script/g)).toHaveLength(1);
    expect(source).toContain('&lt;script&gt;window.__xss = 1&lt;/script&gt;');
  });

  test('highlights each finding at the words it covers, the same findings as the source view', () => {
    expect(highlighted(reader, 'f0-1')).toBe('30 calendar days');
    expect(highlighted(source, 'f0-1')).toBe('30 calendar</b> days');
    expect(highlighted(reader, 'f0-2')).toBe('e-mail');
    expect(highlighted(reader, 'f0-3')).toBe('5 years');
    expect(reader).toMatch(/<td><span class="anchor" id="f0-r3"><\/span><a class="hl s2 d1" href="#f0-3"[^>]*>5 years<\/a><sup class="ref" aria-hidden="true">3<\/sup><\/td>/);
    // Absent content at its heading: the heading is framed, as in the source view.
    expect(reader).toMatch(/<h2><span class="anchor" id="f0-r4"><\/span><a class="hl s1 d1 miss" href="#f0-4"[^>]*>2\. Rights<\/a>/);
  });

  test('a finding in markup that has no text is a mark where the text continues; 1:1 stays in the list', () => {
    expect(reader).toMatch(/<table><tbody><tr><th><a class="hl ins s1" id="f0-r5" href="#f0-5"[^>]*><span class="vh">Finding 5<\/span><\/a>Purpose<\/th>/);
    expect(reader).not.toContain('f0-r6');
    expect(html).toContain('<h4>Whole policy (no section for it)</h4>');
  });

  test('cards keep the line and column, and link to the reader view first, the source view second', () => {
    const p = pos('5 years');
    expect(html).toContain(`<a class="where" href="#f0-r3" data-jump="f0-r3" data-jump-alt="f0-t3" title="Show in the text">line ${p.line}, column ${p.column}</a>`);
    const h = pos('2. Rights');
    expect(html).toContain(`<a class="where" href="#f0-r4" data-jump="f0-r4" data-jump-alt="f0-L${h.line}">line ${h.line}</a>`);
    // The quote is what the reader reads.
    expect(html).toContain('<blockquote class="quote" lang="en">30 calendar days</blockquote>');
  });

  test('Markdown is shown rendered too; numbered items keep their own numbers; plain text is shown as written', () => {
    const md = '# Policy\n\n1. We answer within 30 days.\n2. We keep data for 5 years.\n\n- a bullet\n';
    const at = md.indexOf('30 days');
    const out = views(formatHtml([result(md, [msg(3, at - md.indexOf('1. We') + 1, 3, at - md.indexOf('1. We') + 8)], { format: 'markdown', filePath: 'p.md' })]));
    expect(out.reader.match(/<\/?(?:h\d|p|ul|ol|li)\b[^>]*>/g)!.join('')).toBe('<h1></h1><ul class="plain"><li></li><li></li></ul><ul><li></li></ul>');
    expect(highlighted(out.reader, 'f0-1')).toBe('30 days');
    expect(formatHtml([result(md, [], { format: 'markdown' })])).toContain('Markdown source</label>');
    const txt = formatHtml([result('Privacy Policy\n1. General\nWe answer within 30 days.\n', [])]);
    expect(txt).not.toContain('class="views"');
    expect(txt).toContain('<div class="ln" id="f0-L1">');
  });

  test('a view with pages marks where each page starts; the view the linter kept is used as is', () => {
    const text = 'Policy\nFirst page text.\nSecond page text.';
    const view: ReaderView = {
      text,
      blocks: [
        { kind: 'heading', start: 0, end: 6, depth: 1, page: 1 },
        { kind: 'paragraph', start: 7, end: 23, depth: 0, page: 1 },
        { kind: 'paragraph', start: 24, end: 41, depth: 0, page: 2 },
      ],
      segments: [{ textStart: 0, sourceStart: 0, length: text.length }],
    };
    const out = views(formatHtml([result(text, [msg(3, 1, 3, 7)], { format: 'pdf' as SourceFormat, filePath: 'scan.pdf', view })]));
    expect(out.reader).toContain('<div class="page-break" role="separator"><span>Page 1</span></div><h1>Policy</h1>');
    expect(out.reader).toContain('First page text.</p><div class="page-break" role="separator"><span>Page 2</span></div><p>');
    expect(highlighted(out.reader, 'f0-1')).toBe('Second');
  });

  test('the linter keeps the view only when asked; the JSON report never has it', () => {
    const opts = { rules, config: { lang: 'auto' as const, locale: 'auto' as const, rules: {} }, docsBase: 'https://example.test' };
    const plain = lintSource({ source: src, filePath: 'p.html', format: 'html' }, opts);
    expect(plain.view).toBeUndefined();
    const kept = lintSource({ source: src, filePath: 'p.html', format: 'html' }, { ...opts, readerView: true });
    expect(kept.view!.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'list-item', 'list-item', 'list-item', 'list-item', 'table-row', 'table-row', 'heading', 'paragraph']);
    expect(kept.view!.blocks.filter((b) => b.ordered).map((b) => kept.view!.text.slice(b.start, b.end))).toEqual(['work;', 'private.']);
    expect(JSON.parse(formatJson([kept]))[0]).not.toHaveProperty('view');
    expect(JSON.parse(formatJson([kept]))[0]).not.toHaveProperty('source');
    // The view survives structured cloning (worker threads) and gives the same report.
    expect(formatHtml([structuredClone(kept)])).toBe(formatHtml([kept]));
    expect(formatHtml([{ ...kept, view: undefined }])).toBe(formatHtml([kept]));
  });
});

describe('from the source to the reader view', () => {
  const src = '<p>Tom &amp; Jerry <b>keep</b> data.</p>\n<!-- a comment -->\n<p>End.</p>';
  const view = readerViewOf(new PolicyDocument(src, 'html', parseSource(src, 'html')));
  const back = new SourceToText(view);
  const words = (needle: string) => {
    const s = src.indexOf(needle);
    const t = back.range(s, s + needle.length, view.text.length);
    return { text: view.text.slice(t.start, t.end), empty: t.empty };
  };

  test('a range maps to the words it covers: entities decoded, tags dropped', () => {
    expect(view.text).toBe('Tom & Jerry keep data.\nEnd.');
    expect(words('&amp;')).toEqual({ text: '&', empty: false });
    expect(words('Jerry <b>keep</b> data')).toEqual({ text: 'Jerry keep data', empty: false });
    expect(words('<b>keep</b>')).toEqual({ text: 'keep', empty: false });
  });

  test('a range without text is a point where the text continues, or at the end', () => {
    const c = src.indexOf('<!--');
    expect(back.range(c, c + 18, view.text.length)).toEqual({ start: view.text.indexOf('End.'), end: view.text.indexOf('End.'), empty: true });
    expect(back.range(src.length, src.length, view.text.length)).toEqual({ start: view.text.length, end: view.text.length, empty: true });
    const b = src.indexOf('<b>');
    expect(back.range(b, b + 3, view.text.length)).toEqual({ start: view.text.indexOf('keep'), end: view.text.indexOf('keep'), empty: true });
  });
});
