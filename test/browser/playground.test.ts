import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { lintSource } from '../../src/core/engine.js';
import { detectFormat } from '../../src/core/load.js';
import type { FileResult, LintMessage, RuleSetting } from '../../src/core/types.js';
import { rules } from '../../rules/index.js';
import { artifact, describeBrowser, openSession, SLOW, root, type Session, textAt } from './chromium.js';
import { extractDocument } from '../../src/core/binary/index.js';
import { blocksOf, docxOf, htmlOf } from '../helpers/twins.js';

// The playground built as a user builds it (npm run build:web, here into a temporary folder) and
// opened from file://, as the README says: a pasted seed must give the findings the engine gives,
// highlighted at the same places; rule settings, typing, dropped files and downloads must work; and
// nothing may leave the page.

const seed = readFileSync(path.join(root, 'fixtures/seeds/000_11c64957fcb7e1c7.txt'), 'utf8');

/** What the page should show: the engine run in node with the page's settings (UI in English). */
function expected(source: string, settings: Record<string, RuleSetting> = {}, name = ''): FileResult {
  const format = detectFormat(name, source);
  return lintSource({ source, filePath: name || 'policy.txt', format }, { rules, config: { lang: 'auto', locale: 'en', rules: settings }, docsBase: 'x' });
}
const key = (m: LintMessage) => `${m.ruleId}/${m.messageId} ${m.line}:${m.column}`;
const isRanged = (m: LintMessage) => m.endLine !== undefined && m.endColumn !== undefined && (m.endLine > m.line || m.endColumn > m.column);

async function cards(page: Page): Promise<string[]> {
  return page.$$eval('#findings .card', (cs) => cs.map((c) => `${(c as HTMLElement).dataset.rule} ${(c as HTMLElement).dataset.pos}`));
}

/** Waits until the page shows a fresh result for the text in the editor, with `n` findings if given. */
async function settled(page: Page, n?: number): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const status = document.getElementById('status')!.textContent ?? '';
      const fresh = !document.body.dataset.busy && /checked in/.test(status) && !document.getElementById('backdrop')!.classList.contains('stale');
      return fresh && (want === null || document.querySelectorAll('#findings .card').length === want);
    },
    n ?? null,
    { timeout: 30000 },
  );
}

/** Windows-1251 bytes of a Russian text (letters, Ё/ё, ASCII): what old Russian sites save. */
function cp1251(text: string): number[] {
  return [...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    if (c === 0xab) return 0xab;
    if (c === 0xbb) return 0xbb;
    if (c === 0x2014) return 0x97;
    if (c === 0x2116) return 0xb9;
    throw new Error(`no cp1251 byte for ${ch}`);
  });
}

describeBrowser('playground', () => {
  let out: string;
  let url: string;
  let s: Session;

  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), 'policylint-web-'));
    const built = spawnSync('node', [path.join(root, 'scripts/build-web.mjs'), '--outdir', out], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`npm run build:web failed:\n${built.stdout}\n${built.stderr}`);
    url = pathToFileURL(path.join(out, 'index.html')).href;
    s = await openSession({ viewport: { width: 1400, height: 900 } });
    await s.page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await s.page.goto(url);
    await s.page.waitForSelector('body[data-ready]');
  }, 120000);

  afterAll(async () => {
    if (s) await s.close();
  });

  test('the build is one self-contained page with a strict Content-Security-Policy', async () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    // As the browser parsed it: one inline script, one inline stylesheet, nothing loaded from elsewhere.
    expect(await s.page.evaluate(() => ({ scripts: [...document.scripts].map((x) => x.src), styles: document.querySelectorAll('style').length, links: document.querySelectorAll('link').length }))).toEqual({ scripts: [''], styles: 1, links: 0 });
    expect(html).not.toMatch(/<link\b|@import/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; worker-src blob:;/);
    expect(csp).not.toMatch(/unsafe|\*|https?:/);
    expect(html).not.toContain('@unbuilt');
  }, SLOW);

  test('lints in a Web Worker made from its own script, without errors', async () => {
    expect(await s.page.getAttribute('body', 'data-ready')).toBe('worker');
    expect(s.errors).toEqual([]);
  }, SLOW);

  test('a pasted seed gets the findings of the engine, listed and highlighted in the text', async () => {
    const page = s.page;
    const want = expected(seed);
    expect(want.messages.some(isRanged)).toBe(true);
    await page.fill('#source', seed);
    await settled(page, want.messages.length);
    expect((await cards(page)).sort()).toEqual(want.messages.map(key).sort());
    // Each finding with a range: the highlight behind the text covers exactly the reported text.
    for (const [i, m] of want.messages.entries()) {
      if (!isRanged(m)) continue;
      const text = await page.$$eval(`#bd-text mark`, (marks, id) => marks.filter((mk) => ((mk as HTMLElement).dataset.ids ?? '').split(' ').includes(id)).map((mk) => mk.textContent).join(''), String(i));
      expect(text).toBe(textAt(seed, m));
    }
    // The backdrop holds the same text as the editor, so the highlights line up with it.
    expect(await page.$eval('#bd-text', (e) => e.textContent!.replace(/\u200b$/, ''))).toBe(seed);
    // Clicking a finding selects its text in the editor.
    const ranged = want.messages.findIndex(isRanged);
    await page.click(`#finding-${ranged} button.goto`);
    const sel = await page.$eval('#source', (t) => (t as HTMLTextAreaElement).value.slice((t as HTMLTextAreaElement).selectionStart, (t as HTMLTextAreaElement).selectionEnd));
    expect(sel).toBe(textAt(seed, want.messages[ranged]));
    expect(await page.$eval(`#finding-${ranged}`, (c) => c.classList.contains('current'))).toBe(true);
    await page.screenshot({ path: artifact('playground-seed.png') });
  }, SLOW);

  test('turning a rule off removes its findings; raising one to error changes its findings', async () => {
    const page = s.page;
    const base = expected(seed);
    const counts = new Map<string, number>();
    for (const m of base.messages) counts.set(m.ruleId!, (counts.get(m.ruleId!) ?? 0) + 1);
    const [busiest] = [...counts].sort((a, b) => b[1] - a[1])[0];
    await page.click('#rules-panel summary');
    await page.selectOption(`select[data-rule="${busiest}"]`, 'off');
    const off = expected(seed, { [busiest]: 'off' });
    await settled(page, off.messages.length);
    expect((await cards(page)).filter((c) => c.startsWith(`${busiest}/`))).toEqual([]);
    expect((await cards(page)).sort()).toEqual(off.messages.map(key).sort());
    // The highlights follow: one set per finding with a range, none for the rule turned off.
    const marked = await page.$$eval('#bd-text mark', (ms) => [...new Set(ms.flatMap((m) => ((m as HTMLElement).dataset.ids ?? '').split(' ')))].map(Number).sort((a, b) => a - b));
    expect(marked).toEqual(off.messages.flatMap((m, i) => (isRanged(m) ? [i] : [])));

    const warned = base.messages.find((m) => m.severity === 1 && m.ruleId !== busiest);
    if (warned) {
      await page.selectOption(`select[data-rule="${warned.ruleId}"]`, 'error');
      await settled(page);
      await page.waitForFunction((r) => [...document.querySelectorAll<HTMLElement>(`#findings .card[data-rule^="${r}/"]`)].every((c) => c.classList.contains('s2')), warned.ruleId);
    }
    await page.click('#reset-rules');
    await settled(page, base.messages.length);
    expect((await cards(page)).sort()).toEqual(base.messages.map(key).sort());
  }, SLOW);

  test('the highlight layer lays the text out exactly as the editor does (long lines, tabs, spaces, CJK)', async () => {
    const page = s.page;
    const tricky = `${'a'.repeat(300)}\n${'word '.repeat(60)}      \n\ttab\t\ttabs\nhttps://example.com/${'x'.repeat(200)} end\nspaces${' '.repeat(200)}after\n\n\n${'漢字'.repeat(100)}\n${'ёжик — «кавычки» '.repeat(30)}\n`;
    for (const text of [readFileSync(path.join(root, 'fixtures/seeds/003_783d3dcfe567bbf0.txt'), 'utf8'), tricky]) {
      await page.fill('#source', text);
      const [editor, layer] = await page.evaluate(() => {
        const ta = document.getElementById('source')!;
        const bd = document.getElementById('backdrop')!;
        return [
          [ta.scrollHeight, ta.clientWidth],
          [bd.scrollHeight, bd.clientWidth],
        ];
      });
      expect(layer).toEqual(editor);
    }
    await page.click('#clear');
  }, SLOW);

  test('the document language can be forced', async () => {
    const page = s.page;
    await page.fill('#source', seed);
    await settled(page, expected(seed).messages.length);
    await page.selectOption('#lang', 'ru');
    const want = lintSource({ source: seed, filePath: 'policy.txt', format: 'text' }, { rules, config: { lang: 'ru', locale: 'en', rules: {} }, docsBase: 'x' });
    await page.waitForFunction(() => /Language: Russian · /.test(document.getElementById('status')!.textContent ?? ''));
    await settled(page, want.messages.length);
    expect((await cards(page)).sort()).toEqual(want.messages.map(key).sort());
    await page.selectOption('#lang', 'auto');
    await settled(page, expected(seed).messages.length);
    expect(await page.textContent('#status')).toContain('Language: English (detected)');
  }, SLOW);

  test('typing updates the findings after a pause; the highlights follow the text meanwhile', async () => {
    const page = s.page;
    expect((await cards(page)).some((c) => c.startsWith('policy-date/missing'))).toBe(true);
    await page.focus('#source');
    await page.keyboard.press('Control+End');
    const added = '\nEffective from 1 March 2026.';
    await page.keyboard.type(added, { delay: 15 });
    // Before the new result arrives the backdrop already holds the new text (highlights stay aligned).
    expect(await page.$eval('#bd-text', (e) => e.textContent!.replace(/\u200b$/, ''))).toBe(seed + added);
    const after = expected(seed + added);
    expect(after.messages.some((m) => m.ruleId === 'policy-date')).toBe(false);
    await settled(page, after.messages.length);
    expect((await cards(page)).sort()).toEqual(after.messages.map(key).sort());
  }, SLOW);

  test('a dropped Windows-1251 file is decoded; an opened HTML file is read as HTML', async () => {
    const page = s.page;
    const text = readFileSync(path.join(root, 'fixtures/seeds/002_ce9acaf8b669d72a.txt'), 'utf8').replace(/\r\n?/g, '\n');
    const bytes = cp1251(text);
    await page.evaluate((b) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(b)], 'policy-1251.txt', { type: 'text/plain' }));
      const editor = document.getElementById('editor')!;
      for (const type of ['dragenter', 'dragover', 'drop']) editor.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, bytes);
    const want = expected(text, {}, 'policy-1251.txt');
    await settled(page, want.messages.length);
    expect(await page.inputValue('#source')).toBe(text);
    expect(await page.textContent('#status')).toContain('policy-1251.txt (encoding windows-1251)');
    expect(await page.textContent('#status')).toContain('Language: Russian');
    expect((await cards(page)).sort()).toEqual(want.messages.map(key).sort());

    const html = '<!DOCTYPE html><html><body><h1>Privacy Policy</h1><p>Effective from 1 March 2026.</p><p>We answer requests within 30 days.</p></body></html>';
    await page.setInputFiles('#file', { name: 'policy.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    const wantHtml = expected(html, {}, 'policy.html');
    await settled(page, wantHtml.messages.length);
    expect(await page.textContent('#status')).toContain('Format: HTML');
    expect((await cards(page)).sort()).toEqual(wantHtml.messages.map(key).sort());

    // A PDF that cannot be read is refused with the reader's reason, and the text stays as it was.
    await page.setInputFiles('#file', { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%\xe2\xe3\n', 'latin1') });
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toMatch(/^scan\.pdf: (corrupt PDF|PDF has no text layer)/);
    expect(await page.inputValue('#source')).toBe(html);
    // So is a legacy Word file, with the formats that are read.
    await page.setInputFiles('#file', { name: 'old.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
    await page.waitForFunction(() => /old\.doc: a legacy Word document/.test(document.getElementById('error')!.textContent ?? ''));
    expect(await page.textContent('#error')).toContain('supported: .docx, .pdf, .md, .html, .txt');
  }, SLOW);

  test('a dropped Word file and an opened PDF are read in the page (pdf.js without a worker), nothing sent anywhere', async () => {
    const page = s.page;
    const requestsBefore = s.requests.length;
    const source = readFileSync(path.join(root, 'fixtures/seeds/004_4956529242d25e2a.txt'), 'utf8');
    const blocks = blocksOf(source, false);
    const docx = docxOf(blocks).bytes;
    await page.evaluate((b) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(b)], 'политика.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      const editor = document.getElementById('editor')!;
      for (const type of ['dragenter', 'dragover', 'drop']) editor.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, [...docx]);
    const docxText = (await extractDocument('docx', docx)).text;
    const wantDocx = expected(docxText, {}, 'политика.docx');
    await settled(page, wantDocx.messages.length);
    expect(await page.inputValue('#source')).toBe(docxText);
    expect(await page.textContent('#status')).toContain('политика.docx (text extracted from the Word file)');
    expect((await cards(page)).sort()).toEqual(wantDocx.messages.map(key).sort());

    // A PDF printed by Chromium from the same policy, opened with the file picker.
    const printer = await s.context.newPage();
    await printer.setContent(htmlOf(blocks, 'policy'));
    const pdf = await printer.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
    await printer.close();
    await page.setInputFiles('#file', { name: 'policy.pdf', mimeType: 'application/pdf', buffer: pdf });
    const pdfText = (await extractDocument('pdf', new Uint8Array(pdf))).text;
    const wantPdf = expected(pdfText, {}, 'policy.pdf');
    await settled(page, wantPdf.messages.length);
    expect(await page.inputValue('#source')).toBe(pdfText);
    expect(await page.textContent('#status')).toContain('policy.pdf (text extracted from the PDF)');
    expect((await cards(page)).sort()).toEqual(wantPdf.messages.map(key).sort());
    expect(s.requests.slice(requestsBefore).map((r) => r.url()).filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(s.errors).toEqual([]);
  }, SLOW);

  test('a hostile policy stays text: no script runs, nothing is injected', async () => {
    const page = s.page;
    await page.click('#clear');
    for (const name of ['payloads.md', 'payloads.html', 'payloads.txt']) {
      const text = readFileSync(path.join(root, 'fixtures/xss', name), 'utf8').replace(/\r\n?/g, '\n');
      await page.fill('#source', text);
      await settled(page);
      expect(await page.$eval('#bd-text', (e) => e.textContent!.replace(/\u200b$/, ''))).toBe(text);
    }
    expect(s.dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(await page.$$eval('img, iframe, svg, object, embed, base, meta[http-equiv="refresh"]', (els) => els.length)).toBe(0);
    expect(await page.$$eval('script', (els) => els.length)).toBe(1);
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)))).toEqual([]);
  }, SLOW);

  test('suggestions are shown with a copy button; the HTML report downloads', async () => {
    const page = s.page;
    await page.fill('#source', seed);
    const want = expected(seed);
    await settled(page, want.messages.length);
    const i = want.messages.findIndex((m) => m.suggestions?.length);
    expect(i).toBeGreaterThanOrEqual(0);
    const sg = want.messages[i].suggestions![0];
    expect(await page.textContent(`#finding-${i} .sugg pre`)).toBe(sg.text);
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click(`#finding-${i} .sugg button.copy`);
    await page.waitForFunction((id) => document.querySelector(`#finding-${id} .sugg button.copy`)!.textContent === 'Copied', i);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sg.text);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('policy.policylint.html');
    const saved = path.join(out, 'downloaded.html');
    await download.saveAs(saved);
    const report = readFileSync(saved, 'utf8');
    expect(report).toMatch(/^<!DOCTYPE html>/);
    expect(report).toContain('Content-Security-Policy');
    for (const m of want.messages) expect(report).toContain(m.ruleId!);
  }, SLOW);

  test('the interface speaks Russian on request and remembers the settings', async () => {
    const page = s.page;
    await page.selectOption('#ui-lang', 'ru');
    await page.waitForFunction(() => document.querySelector('#findings-h')!.textContent === 'Находки');
    await page.waitForFunction(() => /проверено за/.test(document.getElementById('status')!.textContent ?? ''));
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    expect(await page.textContent('#findings-h')).toBe('Находки');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await page.selectOption('#ui-lang', 'en');
    await page.screenshot({ path: artifact('playground.png') });
  }, SLOW);

  test('where no Web Worker can start, the page lints by itself', async () => {
    const page = await s.context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { Worker: unknown }).Worker = function NoWorker() {
        throw new Error('workers are disabled here');
      };
    });
    try {
      await page.goto(url);
      await page.waitForSelector('body[data-ready]');
      expect(await page.getAttribute('body', 'data-ready')).toBe('page');
      const want = expected(seed);
      await page.fill('#source', seed);
      await settled(page, want.messages.length);
      expect((await cards(page)).sort()).toEqual(want.messages.map(key).sort());
    } finally {
      await page.close();
    }
  }, SLOW);

  test('no request left the page: only its own file and the worker made from it', () => {
    const own = new Set([url]);
    const others = s.requests.map((r) => r.url()).filter((u) => !own.has(u) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(others).toEqual([]);
    expect(s.requests.length).toBeGreaterThan(0);
    expect(s.errors).toEqual([]);
  }, SLOW);
});
