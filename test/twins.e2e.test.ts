import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDocument, type ExtractedDocument } from '../src/core/binary/index.js';
import type { LintMessage } from '../src/core/types.js';
import { describeBrowser, openSession, root, SLOW } from './browser/chromium.js';
import { textAt } from './helpers/lint.js';
import { fold, htmlText } from './parse/html-check.js';
import { blocksOf, docxOf, htmlOf, type DocxTwin } from './helpers/twins.js';

// PDF and Word twins of the project's fixtures give the same findings (rule, message, the text at
// each location) as the original, and each finding's page (PDF) or paragraph (Word) is the one
// that holds that text. The PDFs are printed by headless Chromium, with a running header and page
// numbers; the Word files are written by test/helpers/twins.ts with automatic numbering, bullets,
// a table, tracked changes, a comment, a header and a footer. End to end through the built CLI.

/** The two seeds with the most findings (test/seeds.e2e.test.ts), and the Markdown fixtures. */
const SEEDS = ['004_4956529242d25e2a.txt', '000_11c64957fcb7e1c7.txt', '002_ce9acaf8b669d72a.txt'];
const ORIGINALS = [...SEEDS.map((s) => `fixtures/seeds/${s}`), 'fixtures/formats/policy.ru.md', 'fixtures/formats/policy.en.md'];

const ranged = (m: LintMessage) => m.endLine !== undefined && m.endColumn !== undefined && (m.endLine !== m.line || m.endColumn !== m.column);
/** What a reader reads at a range: markup of the original dropped, a PDF's line-end hyphenation and wrapping undone. */
const readable = (raw: string, format: string) => {
  let s = raw;
  if (format === 'html') s = htmlText(s);
  if (format === 'markdown') s = s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<((?:https?:|mailto:)[^>]+|[^\s<>@]+@[^\s<>]+)>/g, '$1').replace(/\*\*|\*|`/g, '');
  return fold(s.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2').replace(/\|/g, ' '));
};

interface Linted {
  format: string;
  messages: LintMessage[];
}

function lintCli(files: string[]): Map<string, Linted> {
  let out: string;
  try {
    out = execFileSync('node', [path.join(root, 'bin/policylint.js'), '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (err) {
    out = (err as { stdout: string }).stdout;
  }
  return new Map((JSON.parse(out) as (Linted & { filePath: string })[]).map((r) => [path.resolve(root, r.filePath), r]));
}

describeBrowser('PDF and Word twins of the fixtures', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'policylint-twins-'));
  const twins = new Map<string, { pdf: string; docx: string; docxTwin: DocxTwin; source: string; format: string }>();
  let results: Map<string, Linted>;
  const extracted = new Map<string, ExtractedDocument>();
  /** The text of each page of each PDF, as pdf.js gives it (independent of our line rebuilding). */
  const pageTexts = new Map<string, string[]>();

  beforeAll(async () => {
    const session = await openSession();
    try {
      for (const rel of ORIGINALS) {
        const file = path.join(root, rel);
        const source = readFileSync(file, 'utf8');
        const markdown = rel.endsWith('.md');
        const stem = path.basename(rel).replace(/\.[^.]+$/, '');
        const blocks = blocksOf(source, markdown);
        // The Markdown fixtures have HTML versions of their own: print those; the seeds are laid out here.
        const html = markdown ? readFileSync(file.replace(/\.md$/, '.html'), 'utf8') : htmlOf(blocks, stem);
        await session.page.setContent(html, { waitUntil: 'load' });
        // A print stylesheet, as sites have: no menus, footers or cookie notices on paper.
        if (markdown) await session.page.addStyleTag({ content: 'header,nav,footer,[class*=cookie],[hidden]{display:none!important} table{font-size:7pt} td,th{padding:2pt 8pt}' });
        const pdfBytes = await session.page.pdf({
          format: 'A4',
          margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
          displayHeaderFooter: true,
          headerTemplate: `<div style="font-size:8px;width:100%;text-align:center">${stem} — policy</div>`,
          footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
        });
        const pdf = path.join(dir, `${stem}.pdf`);
        writeFileSync(pdf, pdfBytes);
        const docxTwin = docxOf(blocks);
        const docx = path.join(dir, `${stem}.docx`);
        writeFileSync(docx, docxTwin.bytes);
        twins.set(file, { pdf, docx, docxTwin, source, format: markdown ? 'markdown' : 'text' });
      }
    } finally {
      await session.close();
    }
    results = lintCli([...twins.keys(), ...[...twins.values()].flatMap((t) => [t.pdf, t.docx])]);
    const { getDocumentProxy } = await import('unpdf');
    for (const t of twins.values()) {
      for (const f of [t.pdf, t.docx]) {
        const bytes = new Uint8Array(readFileSync(f));
        extracted.set(f, await extractDocument(f.endsWith('.pdf') ? 'pdf' : 'docx', bytes));
      }
      const doc = await getDocumentProxy(new Uint8Array(readFileSync(t.pdf)));
      const pages: string[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const content = await (await doc.getPage(n)).getTextContent();
        pages.push((content.items as { str?: string }[]).map((i) => i.str ?? '').join(' '));
      }
      pageTexts.set(t.pdf, pages);
      await doc.destroy();
    }
  }, SLOW * 2);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const findings = (file: string, source: string, format: string) =>
    results
      .get(file)!
      .messages.map((m) => `${m.ruleId}/${m.messageId}: ${ranged(m) ? readable(textAt(source, m), format) : ''}`)
      .sort();

  describe.each(ORIGINALS)('%s', (rel) => {
    const file = path.join(root, rel);
    test('the original has findings, the twins no fatal error', () => {
      const t = twins.get(file)!;
      expect(results.get(file)!.messages.length).toBeGreaterThan(2);
      for (const f of [t.pdf, t.docx]) expect(results.get(f)!.messages.filter((m) => m.fatal)).toEqual([]);
      expect(results.get(t.pdf)!.format).toBe('pdf');
      expect(results.get(t.docx)!.format).toBe('docx');
    });

    test.each(['pdf', 'docx'] as const)('the %s twin: the same findings at the same text', (kind) => {
      const t = twins.get(file)!;
      const twin = t[kind];
      expect(findings(twin, extracted.get(twin)!.text, kind)).toEqual(findings(file, t.source, t.format));
    });

    test('the PDF twin: each finding on the page that holds its text, at a line of that page', () => {
      const t = twins.get(file)!;
      const doc = extracted.get(t.pdf)!;
      const pages = pageTexts.get(t.pdf)!;
      const problems: string[] = [];
      for (const m of results.get(t.pdf)!.messages) {
        if (!m.page || !m.pageLine) {
          problems.push(`${m.ruleId}/${m.messageId}: no page`);
          continue;
        }
        if (!ranged(m)) continue;
        // The first words of the finding's text are on its page.
        const words = readable(textAt(doc.text, m), 'pdf').split(' ').slice(0, 3).join(' ');
        const squash = (x: string) => fold(x).replace(/\s+/g, '');
        if (!squash(pages[m.page - 1]).includes(squash(words.split(' ')[0]))) problems.push(`${m.ruleId}/${m.messageId} "${words}": not on page ${m.page}`);
        // …and on the line the finding names: the extracted line of that page and line number.
        const line = doc.text.split('\n')[m.line - 1];
        const loc = doc.lines[m.line - 1];
        if (loc?.page !== m.page || loc.pageLine !== m.pageLine) problems.push(`${m.ruleId}/${m.messageId}: line ${m.line} is p. ${loc?.page}, line ${loc?.pageLine}`);
        if (!fold(line).includes(fold(textAt(doc.text, m).split('\n')[0]))) problems.push(`${m.ruleId}/${m.messageId}: not at its line`);
      }
      expect(problems).toEqual([]);
    });

    test('the Word twin: each finding in the paragraph that holds its text, with its clause number', () => {
      const t = twins.get(file)!;
      const doc = extracted.get(t.docx)!;
      const problems: string[] = [];
      for (const m of results.get(t.docx)!.messages) {
        if (!m.paragraph) {
          problems.push(`${m.ruleId}/${m.messageId}: no paragraph`);
          continue;
        }
        const written = t.docxTwin.paragraphs[m.paragraph - 1];
        if (ranged(m) && !fold(written).includes(fold(textAt(doc.text, m)).split(' ')[0])) problems.push(`${m.ruleId}/${m.messageId}: not in paragraph ${m.paragraph} ("${written.slice(0, 60)}")`);
        const typed = /^(\d{1,3}(?:\.\d{1,3}){1,4}\.?|\d{1,3}[.)])\s/.exec(written)?.[1];
        if (m.clause !== typed) problems.push(`${m.ruleId}/${m.messageId}: clause ${m.clause}, paragraph ${m.paragraph} starts with ${typed}`);
      }
      expect(problems).toEqual([]);
    });
  });

  test('automatic numbering is rendered, tracked deletions, comments, headers and footers are not read', () => {
    const t = twins.get(path.join(root, 'fixtures/formats/policy.ru.md'))!;
    const text = extracted.get(t.docx)!.text;
    expect(text).toContain('1.1. Настоящая Политика определяет');
    expect(text).toContain('6.4. Оператор отвечает на запрос');
    expect(text).not.toContain('НЕ ЧИТАТЬ');
    expect(text).not.toContain('согласовать с юристом');
    expect(text).not.toContain('Страница 1 из 1');
    expect(text).not.toContain('срок хранения бессрочно?');
    expect(text.split('\n')).toContain('Цель | Данные | Правовое основание');
  });

  test('running headers and page numbers are dropped from the PDF text', () => {
    const t = twins.get(path.join(root, `fixtures/seeds/${SEEDS[0]}`))!;
    const doc = extracted.get(t.pdf)!;
    expect(pageTexts.get(t.pdf)!.length).toBeGreaterThan(1);
    expect(doc.text).not.toContain('— policy');
    expect(doc.text.split('\n').filter((l) => /^\d+$/.test(l))).toEqual([]);
  });
});
