/**
 * Headless Chromium for the browser tests: Debian's `chromium` package (or an installed Chrome)
 * driven by playwright-core; playwright's own browser downloads are not used. Where Chromium is missing the tests are
 * skipped on a developer machine, but fail when CI is set: a CI run that silently skipped them
 * would prove nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** POLICYLINT_CHROMIUM, else the first of the usual places (Debian's chromium; Chrome on GitHub's runners). */
export const CHROMIUM =
  process.env.POLICYLINT_CHROMIUM ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find((p) => existsSync(p)) ||
  '/usr/bin/chromium';
export const available = existsSync(CHROMIUM);
/** Screenshots and PDFs the tests leave behind for a human to look at (git-ignored). */
export const ARTIFACTS = path.join(root, 'test-artifacts');

/** `describe` when the tests can run or must fail (CI), `describe.skip` otherwise. */
export const describeBrowser: jest.Describe = available || process.env.CI ? describe : describe.skip;
if (!available && !process.env.CI) {
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set POLICYLINT_CHROMIUM)`);
}

/** Per-test timeout: the first lint in a fresh page compiles every rule's lexicons. */
export const SLOW = 90000;

export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request the pages and workers of the context made, in order. */
  requests: Request[];
  /** Dialogs (alert, confirm, prompt) that were opened — each one dismissed. */
  dialogs: string[];
  /** Uncaught errors and console errors of the page. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh browser profile (its own user-data-dir) with one page, recording what happens. */
export async function openSession(opts: { viewport?: { width: number; height: number } } = {}): Promise<Session> {
  if (!available) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package (or set POLICYLINT_CHROMIUM). CI is set, so this fails instead of skipping.`);
  const profile = mkdtempSync(path.join(tmpdir(), 'policylint-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: LAUNCH_ARGS,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    locale: 'en-US',
  });
  const requests: Request[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return {
    context,
    page,
    requests,
    dialogs,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/** The text a message points at in its source: the shared test helper. */
export { textAt } from '../helpers/lint.js';

/** Records CSP violations from the first script on: any would mean injected code tried to run. */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
