import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import type { LintMessage } from '../../src/core/types.js';
import { artifact, CHROMIUM, describeBrowser, LAUNCH_ARGS, openSession, SLOW, type Session, textAt, watchCsp } from './chromium.js';
import { makeReport, type Report } from './report-files.js';

// The reader view of the HTML report in headless Chromium: an HTML policy (fixtures/report/) is
// shown as its reader sees it — headings, paragraphs, lists, a table — with every finding of the
// CLI's JSON report highlighted at the same words; a switch shows the HTML source with the same
// highlights; the policy's own scripts run in neither view.

const FIXTURE = 'fixtures/report/reader-view.ru.html';
const isRanged = (m: LintMessage) => m.endLine !== undefined && m.endColumn !== undefined && (m.endLine > m.line || m.endColumn > m.column);
const isWhole = (m: LintMessage) => m.line === 1 && m.column === 1 && !isRanged(m);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text of the highlight pieces of one finding in one view of file 0, in document order. */
async function highlighted(page: Page, view: 'reader' | 'source', cardId: string): Promise<string> {
  return page.evaluate(
    ([v, id]) => [...document.querySelectorAll<HTMLElement>(`#file-0 .view-${v} .hl`)].filter((h) => (h.dataset.f ?? '').split(' ').includes(id)).map((h) => h.textContent).join(''),
    [view, cardId] as const,
  );
}

/** What a reader sees of a piece of HTML source: its text, without the markup, entities decoded (DOMParser runs no scripts). */
async function readerText(page: Page, html: string): Promise<string> {
  return page.evaluate((h) => new DOMParser().parseFromString(`<body>${h}`, 'text/html').body.textContent ?? '', html);
}

const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

describeBrowser('HTML report: the reader view of an HTML policy', () => {
  let report: Report;
  let file: string;
  let s: Session;
  let source: string;
  let ranged: { m: LintMessage; id: string }[];

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'policylint-reader-'));
    file = path.join(dir, 'report.html');
    report = makeReport([FIXTURE], file);
    source = report.sources.get(report.json[0].filePath)!;
    ranged = report.json[0].messages.map((m, j) => ({ m, id: `f0-${j + 1}` })).filter((x) => isRanged(x.m));
    s = await openSession();
    await watchCsp(s.page);
    await s.page.goto(pathToFileURL(file).href);
  }, 120000);

  afterAll(async () => {
    if (s) await s.close();
  });

  /** Nothing of the policy ran: no dialog, no flag set by its scripts, no CSP violation, no request. */
  async function expectInert(page: Page): Promise<void> {
    expect(s.dialogs).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(await page.title()).not.toBe('взломано');
    expect(await page.$$eval('script', (els) => els.length)).toBe(1);
    expect(await page.$$eval('main img, main svg, main iframe, main style', (els) => els.length)).toBe(0);
    expect(s.requests.map((r) => r.url())).toEqual([pathToFileURL(file).href]);
  }

  test('the fixture has findings in a list, a table cell, across markup, at headings and for the whole policy', () => {
    const at = (line: number) => ranged.filter((x) => x.m.line === line).map((x) => `${x.m.ruleId}/${x.m.messageId}`);
    const lineOf = (needle: string) => source.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(at(lineOf('файлы cookie, которые'))).toEqual(['cookies-analytics/no-opt-out', 'third-parties/vague-recipients']);
    expect(at(lineOf('TODO: уточнить'))).toEqual(['placeholder-text/placeholder']);
    expect(at(lineOf('<b>45</b>'))).toEqual(['response-deadline/too-long']);
    expect(at(lineOf('<h2>4. Права субъекта'))).toContain('subject-rights/missing-right');
    expect(report.json[0].messages.filter(isWhole).length).toBeGreaterThan(0);
  }, SLOW);

  test('is shown first: headings, paragraphs, nested lists and a table as elements, the source view hidden', async () => {
    const page = s.page;
    expect(await visible(page, '#file-0 .view-reader article.reader')).toBe(true);
    expect(await visible(page, '#file-0 .view-source .src')).toBe(false);
    const shape = await page.$eval('#file-0 article.reader', (a) => {
      // The text a reader reads: without the report's number badges and hidden labels.
      const read = (e: Element) => {
        const c = e.cloneNode(true) as Element;
        for (const x of c.querySelectorAll('.ref, .vh')) x.remove();
        return c.textContent!;
      };
      return {
        h1: [...a.querySelectorAll('h1')].map(read),
        h2: [...a.querySelectorAll('h2')].map(read),
        items: [...a.querySelectorAll(':scope > ul > li')].length,
        nested: [...a.querySelectorAll('ul > li > ol > li')].map(read),
        head: [...a.querySelectorAll('table tr:first-child th')].map(read),
        rows: [...a.querySelectorAll('table tr')].slice(1).map((r) => [...r.querySelectorAll('td')].length),
        paragraphs: a.querySelectorAll('p').length,
        text: read(a),
      };
    });
    expect(shape.h1).toEqual(['Политика конфиденциальности']);
    expect(shape.h2).toEqual(['1. Какие данные мы собираем', '2. Цели обработки', '3. Передача данных', '4. Права субъекта']);
    expect(shape.items).toBe(3);
    expect(shape.nested).toEqual(['IP-адрес;', 'файлы cookie, которые мы передаём партнёрам для аналитики.']);
    expect(shape.head).toEqual(['Цель', 'Данные', 'Срок']);
    expect(shape.rows).toEqual([3, 3]);
    expect(shape.paragraphs).toBeGreaterThanOrEqual(5);
    // The words a reader reads, not the markup: entities decoded, tags and scripts gone; markup the
    // policy spells out as text ("&lt;svg …&gt;") stays text (no <svg> element: see expectInert).
    expect(shape.text).toContain('(далее\u00a0— Оператор)');
    expect(shape.text).toContain('"><svg onload=alert(1)>');
    for (const markup of ['<b>', '&nbsp;', 'из тела', '__xss', 'onerror']) expect(shape.text).not.toContain(markup);
    await page.locator('#file-0 .policy').screenshot({ path: artifact('report-reader-view.png') });
    await expectInert(page);
  }, SLOW);

  test('every finding of the JSON report is highlighted at the words of its location, and keeps its line:column', async () => {
    const page = s.page;
    for (const { m, id } of ranged) {
      const want = norm(await readerText(page, textAt(source, m)));
      expect(want).not.toBe('');
      expect(norm(await highlighted(page, 'reader', id))).toBe(want);
      expect(await page.$eval(`[id="${id}"] a.where`, (a) => a.textContent)).toBe(`строка ${m.line}, позиция ${m.column}`);
    }
    // Each in the element that holds it for the reader: the nested list item, the table cell, the heading.
    const place = async (rule: string) => {
      const j = report.json[0].messages.findIndex((m) => `${m.ruleId}/${m.messageId}` === rule);
      return page.$eval(`#file-0 .view-reader .hl[data-f~="f0-${j + 1}"]`, (h) => ({ in: h.parentElement!.closest('li, td, th, h2, p')!.tagName, cls: h.className, list: h.closest('ol, ul')?.tagName }));
    };
    expect(await place('third-parties/vague-recipients')).toEqual({ in: 'LI', cls: expect.stringContaining('hl'), list: 'OL' });
    expect(await place('placeholder-text/placeholder')).toEqual({ in: 'TD', cls: 'hl s2 d1', list: undefined });
    expect(await place('subject-rights/missing-right')).toEqual({ in: 'H2', cls: expect.stringContaining('miss'), list: undefined });
    expect(await place('response-deadline/too-long')).toEqual({ in: 'P', cls: 'hl s2 d1', list: undefined });
    // Findings for the whole policy stay in "what is missing".
    for (const [j, m] of report.json[0].messages.entries()) {
      if (!isWhole(m)) continue;
      expect(await page.$eval(`[id="f0-${j + 1}"]`, (c) => c.closest('.group')?.querySelector('h4')?.textContent)).toBe('Политика в целом (подходящего раздела нет)');
    }
    // "line, column" on a card jumps to the highlight in the view shown.
    const target = ranged.find((x) => x.m.ruleId === 'placeholder-text')!;
    await page.locator(`[id="${target.id}"] a.where`).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).closest('.view')?.className)).toBe('view view-reader');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.f ?? '')).toContain(target.id);
  }, SLOW);

  test('hovering and the keyboard show a finding in the reader view', async () => {
    const page = s.page;
    const target = ranged.find((x) => x.m.ruleId === 'response-deadline')!;
    const mark = page.locator(`#file-0 .view-reader .hl[data-f~="${target.id}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await page.waitForSelector('#pop:not([hidden])');
    expect(await page.$$eval('#pop .msg', (els) => els.map((e) => e.textContent))).toContain(target.m.message);
    await page.screenshot({ path: artifact('report-reader-popover.png') });
    await page.keyboard.press('Escape');
    await page.mouse.move(2, 2);
    await page.waitForSelector('#pop', { state: 'hidden' });
    await expectInert(page);
  }, SLOW);

  test('the switch (radio buttons, by keyboard) shows the HTML source with the same highlights as before', async () => {
    const page = s.page;
    const reader = page.getByRole('radio', { name: 'Как видит читатель' });
    const html = page.getByRole('radio', { name: 'HTML-код' });
    expect(await reader.isChecked()).toBe(true);
    await reader.focus();
    await page.keyboard.press('ArrowRight');
    expect(await html.isChecked()).toBe(true);
    expect(await visible(page, '#file-0 .view-source .src')).toBe(true);
    expect(await visible(page, '#file-0 .view-reader article.reader')).toBe(false);
    for (const { m, id } of ranged) expect(await highlighted(page, 'source', id)).toBe(textAt(source, m).replace(/\r?\n|\r/g, ''));
    // The policy's source is shown as text, its script included, and stays text.
    const shown = await page.$eval('#file-0 .view-source .src', (e) => e.textContent!);
    expect(shown).toContain("<script>alert('из тела'); window.__xss = 'body'</script>");
    expect(shown).toContain('onerror="window.__xss=\'img\'"');
    // Cards now jump to the source view.
    const target = ranged.find((x) => x.m.ruleId === 'placeholder-text')!;
    await page.locator(`[id="${target.id}"] a.where`).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).closest('.view')?.className)).toBe('view view-source');
    await page.mouse.move(2, 2);
    await page.locator('#file-0 .policy').screenshot({ path: artifact('report-reader-source.png') });
    for (const h of await page.locator('#file-0 .view-source .hl').all()) {
      await h.scrollIntoViewIfNeeded();
      await h.hover();
    }
    await expectInert(page);
    await page.keyboard.press('Escape');
    await html.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await visible(page, '#file-0 .view-reader article.reader')).toBe(true);
  }, SLOW);

  test('the switch works without JavaScript', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(pathToFileURL(file).href);
      expect(await visible(page, '#file-0 article.reader')).toBe(true);
      await page.click('label[for="f0-view-s"]');
      expect(await visible(page, '#file-0 .view-source .src')).toBe(true);
      expect(await visible(page, '#file-0 article.reader')).toBe(false);
    } finally {
      await browser.close();
    }
  }, SLOW);
});
