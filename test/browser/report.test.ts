import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { formatHtml } from '../../src/core/formatters/html.js';
import type { FileResult, LintMessage } from '../../src/core/types.js';
import { artifact, describeBrowser, openSession, SLOW, type Session, textAt, watchCsp } from './chromium.js';
import { makeReport, type Report } from './report-files.js';

// The HTML report opened in headless Chromium, as a reviewer opens it: the seeds' report, made by the
// built CLI (--format html; run `npm run build` first, as `npm test` does), checked against the CLI's
// JSON report of the same files (never against hard-coded findings, which belong to the
// rules' tests), and hostile policies that must stay inert.

const isRanged = (m: LintMessage) => m.endLine !== undefined && m.endColumn !== undefined && (m.endLine > m.line || m.endColumn > m.column);
const isWhole = (m: LintMessage) => m.line === 1 && m.column === 1 && !isRanged(m);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text of the highlight pieces of one finding, in document order. */
async function highlighted(page: Page, cardId: string): Promise<string> {
  return page.evaluate((id) => {
    const parts = [...document.querySelectorAll<HTMLElement>('.hl')].filter((h) => (h.dataset.f ?? '').split(' ').includes(id));
    return parts.map((p) => p.textContent).join('');
  }, cardId);
}

describeBrowser('HTML report of the seeds', () => {
  let dir: string;
  let file: string;
  let report: Report;
  let s: Session;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'policylint-report-'));
    file = path.join(dir, 'report.html');
    report = makeReport(['fixtures/seeds/'], file);
    s = await openSession();
    await watchCsp(s.page);
    await s.page.goto(pathToFileURL(file).href);
  }, 120000);

  afterAll(async () => {
    if (s) {
      await s.page.screenshot({ path: artifact('report-seeds.png'), fullPage: false }).catch(() => undefined);
      await s.close();
    }
  });

  test('the seeds produce findings with ranges (else nothing below could fail)', () => {
    const all = report.json.flatMap((r) => r.messages);
    expect(report.json).toHaveLength(5);
    expect(all.filter(isRanged).length).toBeGreaterThan(0);
    expect(all.filter(isWhole).length).toBeGreaterThan(0);
  }, SLOW);

  test('loads offline from file:// with a strict CSP: no request but the file, no errors, no violations', async () => {
    const urls = s.requests.map((r) => r.url());
    expect(urls).toEqual([pathToFileURL(file).href]);
    expect(s.errors).toEqual([]);
    expect(await s.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    const csp = await s.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).not.toMatch(/unsafe/);
    // The script ran (it reveals the controls that only work with it).
    expect(await s.page.isVisible('.controls')).toBe(true);
  }, SLOW);

  test('the summary agrees with the JSON report: totals, by rule, by file', async () => {
    const all = report.json.flatMap((r) => r.messages.filter((m) => !m.fatal));
    const errors = all.filter((m) => m.severity === 2).length;
    const warnings = all.filter((m) => m.severity === 1).length;
    const bySev = await s.page.$$eval('table.by-sev tbody tr', (rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.trim())));
    expect(bySev[0]).toEqual(['Errors', String(errors), expect.any(String)]);
    expect(bySev[1]).toEqual(['Warnings', String(warnings), expect.any(String)]);

    const byRule = await s.page.$$eval('table.by-rule tbody tr', (rows) =>
      rows.map((r) => ({ rule: r.querySelector('th code')!.textContent, laws: r.querySelector('.laws')!.textContent, n: [...r.querySelectorAll('td.n')].map((c) => Number(c.textContent)) })),
    );
    const ids = [...new Set(all.map((m) => m.ruleId))].sort();
    expect(byRule.map((r) => r.rule).sort()).toEqual(ids);
    for (const row of byRule) {
      const mine = all.filter((m) => m.ruleId === row.rule);
      const files = report.json.filter((r) => r.messages.some((m) => m.ruleId === row.rule)).length;
      expect(row.n).toEqual([mine.filter((m) => m.severity === 2).length, mine.filter((m) => m.severity === 1).length, files]);
      for (const law of new Set(mine.map((m) => m.law).filter((l) => l && l !== '—'))) expect(row.laws).toContain(law);
    }

    const byFile = await s.page.$$eval('table.by-file tbody tr', (rows) => rows.map((r) => [r.querySelector('th')!.textContent, ...[...r.querySelectorAll('td.n')].map((c) => Number(c.textContent))]));
    expect(byFile).toEqual(report.json.map((r) => [r.filePath, r.messages.filter((m) => !m.fatal && m.severity === 2).length, r.messages.filter((m) => m.severity === 1).length]));
  }, SLOW);

  test('every finding has a card: severity, rule/message id, message, article, docs link', async () => {
    for (const [i, r] of report.json.entries()) {
      for (const [j, m] of r.messages.entries()) {
        const card = await s.page.$(`[id="f${i}-${j + 1}"]`);
        expect(card).not.toBeNull();
        const got = await card!.evaluate((c) => ({
          cls: c.className,
          rule: c.querySelector('.rule')?.textContent,
          msg: c.querySelector('.msg')?.textContent,
          law: c.querySelector('.law')?.textContent ?? '',
          href: c.querySelector('a.docs')?.getAttribute('href'),
        }));
        expect(got.cls).toContain(m.severity === 2 ? 's2' : 's1');
        expect(got.rule).toBe(`${m.ruleId}/${m.messageId}`);
        expect(got.msg).toBe(m.message);
        if (m.law && m.law !== '—') expect(got.law).toContain(m.law);
        expect(got.href).toBe(m.url);
      }
    }
  }, SLOW);

  test('every finding with a range is highlighted at exactly the text the JSON report points at', async () => {
    let checked = 0;
    for (const [i, r] of report.json.entries()) {
      const source = report.sources.get(r.filePath)!;
      for (const [j, m] of r.messages.entries()) {
        if (!isRanged(m)) continue;
        const want = textAt(source, m);
        expect(want.trim()).not.toBe('');
        // Lines are rendered one per row: the line breaks inside a range are not part of the marks.
        expect(await highlighted(s.page, `f${i}-${j + 1}`)).toBe(want.replace(/\r?\n|\r/g, ''));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    // The example of the brief: seed 000's response-deadline/too-long, when the rule reports it.
    const seed0 = report.json.findIndex((r) => r.filePath.includes('000_'));
    const j = report.json[seed0].messages.findIndex((m) => m.ruleId === 'response-deadline' && m.messageId === 'too-long');
    if (j >= 0) {
      const m = report.json[seed0].messages[j];
      expect(m.line).toBe(39);
      expect(await highlighted(s.page, `f${seed0}-${j + 1}`)).toBe(textAt(report.sources.get(report.json[seed0].filePath)!, m));
      expect(await highlighted(s.page, `f${seed0}-${j + 1}`)).toMatch(/30 calendar days/);
    }
  }, SLOW);

  test('the highlights sit on the reported lines, and the text of each file is shown whole', async () => {
    for (const [i, r] of report.json.entries()) {
      const source = report.sources.get(r.filePath)!;
      const lines = source.split(/\r\n|\r|\n/);
      if (lines[lines.length - 1] === '') lines.pop();
      // The text of each line without the number badges and hidden labels the report adds.
      const shown = await s.page.$$eval(`#file-${i} .src .ln .tx`, (els) =>
        els.map((e) => {
          const c = e.cloneNode(true) as HTMLElement;
          for (const x of c.querySelectorAll('.ref, .vh')) x.remove();
          return c.textContent!.replace(/\u200b/g, '');
        }),
      );
      expect(shown).toEqual(lines);
      for (const [j, m] of r.messages.entries()) {
        if (!isRanged(m)) continue;
        const line = await s.page.$eval(`#file-${i} .hl[data-f~="f${i}-${j + 1}"]`, (h) => h.closest('.ln')!.id);
        expect(line).toBe(`f${i}-L${m.line}`);
      }
    }
  }, SLOW);

  test('findings about absent content are listed by the section where they belong', async () => {
    let seen = 0;
    for (const [i, r] of report.json.entries()) {
      const source = report.sources.get(r.filePath)!;
      for (const [j, m] of r.messages.entries()) {
        const where = await s.page.$eval(`[id="f${i}-${j + 1}"]`, (c) => ({ absent: !!c.closest('.absent'), group: c.closest('.group')?.querySelector('h4')?.textContent ?? null }));
        if (isWhole(m)) {
          expect(where).toEqual({ absent: true, group: 'Whole policy (no section for it)' });
          seen++;
        } else if (where.absent) {
          // At a heading: the group names that heading, and the heading is marked in the text.
          expect(where.group).toContain(norm(textAt(source, m)));
          expect(await s.page.$eval(`#file-${i} .hl[data-f~="f${i}-${j + 1}"]`, (h) => h.classList.contains('miss'))).toBe(true);
          seen++;
        } else {
          expect(await s.page.$eval(`[id="f${i}-${j + 1}"]`, (c) => !!c.closest('.intext'))).toBe(true);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  }, SLOW);

  test('suggestions are shown next to their finding, with a copy button that copies them', async () => {
    const withSuggestions = report.json.flatMap((r, i) => r.messages.map((m, j) => ({ m, id: `f${i}-${j + 1}` })).filter((x) => x.m.suggestions?.length));
    expect(withSuggestions.length).toBeGreaterThan(0);
    for (const { m, id } of withSuggestions) {
      const shown = await s.page.$$eval(`[id="${id}"] .sugg`, (boxes) => boxes.map((b) => ({ desc: b.querySelector('.sugg-desc')!.textContent, text: b.querySelector('code')!.textContent, button: !!b.querySelector('button.copy:not([hidden])') })));
      expect(shown).toEqual(m.suggestions!.map((sg) => ({ desc: `Suggested wording: ${sg.desc}`, text: sg.text, button: true })));
    }
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const first = withSuggestions[0];
    const button = s.page.locator(`[id="${first.id}"] button.copy`).first();
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await s.page.waitForFunction((id) => document.querySelector(`[id="${id}"] button.copy`)!.textContent === 'Copied', first.id);
    expect(await s.page.evaluate(() => navigator.clipboard.readText())).toBe(first.m.suggestions![0].text);
  }, SLOW);

  test('hover, focus and the keyboard show a finding in place; Escape closes it', async () => {
    const page = s.page;
    const target = report.json.flatMap((r, i) => r.messages.map((m, j) => ({ m, id: `f${i}-${j + 1}` }))).find((x) => isRanged(x.m))!;
    const mark = page.locator(`.hl[data-f~="${target.id}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await page.waitForSelector('#pop:not([hidden])');
    expect(await page.$$eval('#pop .msg', (els) => els.map((e) => e.textContent))).toContain(target.m.message);
    // The popover holds copies without ids: the page keeps unique ids.
    expect(await page.$$eval('#pop [id]', (els) => els.length)).toBe(0);
    await page.mouse.move(2, 2);
    await page.waitForSelector('#pop', { state: 'hidden' });
    await page.waitForSelector('#pop', { state: 'hidden' });

    // Keyboard: focus shows it, Enter pins it and moves focus into it, Escape returns to the text.
    const tabbable = page.locator(`.hl[data-f~="${target.id}"]:not([tabindex])`).first();
    await tabbable.focus();
    await page.waitForSelector('#pop:not([hidden])');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('pop-close');
    expect(await page.isVisible('#pop')).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#pop', { state: 'hidden' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.f)).toContain(target.id);

    // "line L, column C" on a card jumps to the text and focuses the highlight.
    await page.locator(`[id="${target.id}"] a.where`).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.f ?? '')).toContain(target.id);
    expect(await page.locator(`.hl[data-f~="${target.id}"]`).first().isVisible()).toBe(true);
  }, SLOW);

  test('the severity filter hides warnings; the print stylesheet hides the controls', async () => {
    const page = s.page;
    const warnings = report.json.flatMap((r) => r.messages).filter((m) => m.severity === 1).length;
    expect(warnings).toBeGreaterThan(0);
    await page.uncheck('#show-1');
    expect(await page.$$eval('main .card.s1', (cs) => cs.filter((c) => getComputedStyle(c).display !== 'none').length)).toBe(0);
    await page.check('#show-1');
    expect(await page.$$eval('main .card.s1', (cs) => cs.filter((c) => getComputedStyle(c).display !== 'none').length)).toBe(warnings);

    await page.emulateMedia({ media: 'print' });
    expect(await page.$$eval('.controls, button.copy', (els) => els.every((e) => getComputedStyle(e).display === 'none'))).toBe(true);
    expect(await page.$eval('.hl:not(.miss):not(.ins)', (e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.pdf({ path: artifact('report-seeds.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  }, SLOW);
});

describeBrowser('HTML report of hostile policies stays inert', () => {
  let dir: string;
  let s: Session;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'policylint-xss-'));
    s = await openSession();
    await watchCsp(s.page);
  }, 60000);
  afterAll(async () => {
    if (s) await s.close();
  });

  /**
   * Opens a report, exercises every highlight (popovers clone nodes) in the reader view and then in
   * the source view of each file, and checks nothing ran.
   */
  async function openAndProbe(file: string, shot: string): Promise<Page> {
    const page = s.page;
    s.requests.length = 0;
    await page.goto(pathToFileURL(file).href);
    for (const view of ['reader', 'source']) {
      if (view === 'source') {
        // Close the last popover (it may cover a switch), then show every file's source.
        await page.keyboard.press('Escape');
        await page.mouse.move(2, 2);
        await page.waitForSelector('#pop', { state: 'hidden' });
        for (const label of await page.locator('label[for$="-view-s"]').all()) await label.click();
      }
      for (const h of await page.locator('.hl:visible').all()) {
        await h.scrollIntoViewIfNeeded();
        await h.hover();
        await h.focus();
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: artifact(view === 'reader' ? shot : shot.replace(/\.png$/, '-source.png')) });
    }
    expect(s.dialogs).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(await page.evaluate(() => ({ xss: (window as unknown as { __xss?: unknown }).__xss, parentXss: (window.parent as unknown as { __xss?: unknown }).__xss }))).toEqual({});
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    // Only the report's own markup: one script, no images, frames, SVG, forms, bases or meta refreshes,
    // no inline event handlers, no javascript: links.
    expect(await page.$$eval('script', (els) => els.length)).toBe(1);
    expect(await page.$$eval('img, iframe, svg, object, embed, form, base, meta[http-equiv="refresh"], style:not(head > style), textarea', (els) => els.map((e) => e.outerHTML))).toEqual([]);
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)))).toEqual([]);
    expect(await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')!).filter((h) => !/^(#|https?:\/\/)/.test(h)))).toEqual([]);
    expect(page.url()).toBe(pathToFileURL(file).href);
    expect(s.requests.map((r) => r.url())).toEqual([pathToFileURL(file).href]);
    return page;
  }

  test('policies with <script>, event handlers and markup break-outs are shown as text', async () => {
    const file = path.join(dir, 'xss.html');
    const report = makeReport(['fixtures/xss/'], file);
    expect(report.json.map((r) => path.basename(r.filePath)).sort()).toEqual(['payloads.html', 'payloads.md', 'payloads.txt']);
    const page = await openAndProbe(file, 'report-xss.png');
    // The hostile text is there, as text, in every file's view.
    for (const [i, r] of report.json.entries()) {
      const shown = await page.$eval(`#file-${i} .src`, (e) => e.textContent!);
      const source = report.sources.get(r.filePath)!;
      for (const needle of ['<script>', 'onerror=', 'alert(']) if (source.includes(needle)) expect(shown).toContain(needle);
    }
    expect(await page.$eval('#file-0 .src', (e) => e.textContent)).toContain('<script>window.__xss');
  }, SLOW);

  test('hostile file names, messages, suggestions, articles and links are escaped or dropped', async () => {
    const evil = '"><img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const source = `Policy ${evil}\nsecond line </div></pre>\n`;
    const result: FileResult = {
      filePath: `dir/${evil}.md`,
      language: 'en',
      format: 'markdown',
      source,
      messages: [
        {
          ruleId: `rule${evil}`,
          messageId: `id${evil}`,
          severity: 2,
          message: `Message ${evil}`,
          line: 1,
          column: 8,
          endLine: 2,
          endColumn: 12,
          law: `152-FZ ${evil}`,
          url: `javascript:window.__xss=3//${evil}`,
          suggestions: [{ desc: `desc ${evil}`, text: `text ${evil}</code></pre>` }],
        },
        { ruleId: 'x', messageId: 'y', severity: 1, message: evil, line: 1, column: 1, endLine: 1, endColumn: 1, url: `https://example.test/"onmouseover="window.__xss=4` },
      ],
      errorCount: 1,
      warningCount: 1,
      fatalErrorCount: 0,
    };
    const file = path.join(dir, 'synthetic.html');
    writeFileSync(file, formatHtml([result], { version: `1.0${evil}`, title: `Title ${evil}`, generated: evil }));
    const page = await openAndProbe(file, 'report-xss-synthetic.png');
    expect(await page.title()).toBe(`Title ${evil}`);
    expect(await page.$eval('.file h2', (e) => e.textContent)).toBe(`dir/${evil}.md`);
    expect(await page.$eval('[id="f0-1"] .msg', (e) => e.textContent)).toBe(`Message ${evil}`);
    expect(await page.$eval('[id="f0-1"] .sugg code', (e) => e.textContent)).toBe(`text ${evil}</code></pre>`);
    expect(await page.$eval('[id="f0-1"] .law', (e) => e.textContent)).toBe(`Article: 152-FZ ${evil}`);
    expect(await page.$eval('[id="f0-2"] .msg', (e) => e.textContent)).toBe(evil);
    // A javascript: URL is not a link; a URL with a quote in it is not a link either.
    expect(await page.$$eval('a.docs', (as) => as.length)).toBe(0);
    const raw = readFileSync(file, 'utf8');
    expect(raw).not.toContain('<img');
    expect(raw.match(/<script>/g)).toHaveLength(1);
  }, SLOW);
});

describeBrowser('HTML report: overlapping findings and files that could not be checked', () => {
  let s: Session;
  afterAll(async () => {
    if (s) await s.close();
  });

  test('overlapping ranges are each highlighted whole; the shared part shows both findings', async () => {
    const source = 'Privacy Policy\nThe Operator responds within 30 calendar days of the request.\n';
    const at = (t: string) => source.indexOf(t) - source.indexOf('The Operator') + 1;
    const outer: LintMessage = { ruleId: 'implied-consent', messageId: 'implied', severity: 1, message: 'Outer finding.', line: 2, column: at('responds'), endLine: 2, endColumn: at(' of the'), law: 'art. 9' };
    const inner: LintMessage = { ruleId: 'response-deadline', messageId: 'too-long', severity: 2, message: 'Inner finding.', line: 2, column: at('30'), endLine: 2, endColumn: at(' days') + 5, law: 'art. 20' };
    const crossing: LintMessage = { ruleId: 'third-parties', messageId: 'vague-recipients', severity: 1, message: 'Crossing finding.', line: 2, column: at('days'), endLine: 2, endColumn: at('request'), law: 'art. 6' };
    const results: FileResult[] = [
      { filePath: 'a.txt', language: 'en', format: 'text', source, messages: [outer, inner, crossing], errorCount: 1, warningCount: 2, fatalErrorCount: 0 },
      { filePath: 'scan.pdf', messages: [{ ruleId: null, severity: 2, message: 'binary file (a PDF document)', line: 1, column: 1, fatal: true }], errorCount: 1, warningCount: 0, fatalErrorCount: 1 },
    ];
    const dir = mkdtempSync(path.join(tmpdir(), 'policylint-overlap-'));
    const file = path.join(dir, 'overlap.html');
    writeFileSync(file, formatHtml(results));
    s = await openSession();
    await s.page.goto(pathToFileURL(file).href);
    const page = s.page;
    expect(await highlighted(page, 'f0-1')).toBe('responds within 30 calendar days');
    expect(await highlighted(page, 'f0-2')).toBe('30 calendar days');
    expect(await highlighted(page, 'f0-3')).toBe('days of the ');
    // The piece "days" is covered by all three: shortest first, darkest shade, error colour.
    const shared = page.locator('.hl[data-f="f0-3 f0-2 f0-1"]');
    expect(await shared.textContent()).toBe('days');
    expect(await shared.getAttribute('class')).toBe('hl s2 d3');
    await shared.hover();
    await page.waitForSelector('#pop:not([hidden])');
    expect(await page.$$eval('#pop .msg', (els) => els.map((e) => e.textContent))).toEqual(['Crossing finding.', 'Inner finding.', 'Outer finding.']);
    // The unreadable file is reported as such, in the summary and in its section.
    expect(await page.textContent('.verdict')).toContain('1 file could not be checked.');
    expect(await page.textContent('#file-1 .fatal')).toBe('Could not be checked' + 'binary file (a PDF document)');
    expect(s.errors).toEqual([]);
  }, SLOW);
});
