import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

// The built language server driven over stdio by a JSON-RPC client, as an editor drives it.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = path.join(root, 'bin/policylint-language-server.js');
const fixture = (...p: string[]) => path.join(root, 'fixtures', ...p);
const uriOf = (file: string) => pathToFileURL(file).href;

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }
interface Diagnostic { range: Range; severity: number; code?: string; codeDescription?: { href: string }; source: string; message: string }
interface Published { uri: string; version?: number; diagnostics: Diagnostic[] }
interface TextEdit { range: Range; newText: string }
interface CodeAction { title: string; kind: string; diagnostics: Diagnostic[]; edit: { changes: Record<string, TextEdit[]> } }

const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

/** The text an LSP range covers: 0-based lines, UTF-16 characters. */
function textAt(text: string, range: Range): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

/** Applies LSP text edits (non-overlapping) to a text. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: Position) => starts[p.line] + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => off(b.range.start) - off(a.range.start))) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

let proc: ChildProcess;
let conn: MessageConnection;
let stderr = '';
const published: Published[] = [];
const waiters: (() => void)[] = [];

/** The next publishDiagnostics for a uri (and version, when given), waiting for it if need be. */
function diagnosticsFor(uri: string, version?: number, timeoutMs = 10000): Promise<Published> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const i = published.findIndex((p) => p.uri === uri && (version === undefined || p.version === version));
      if (i < 0) return false;
      resolve(published.splice(i, 1)[0]);
      return true;
    };
    if (check()) return;
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
    const waiter = () => {
      if (check()) {
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(waiter), 1);
      }
    };
    waiters.push(waiter);
  });
}

function open(uri: string, languageId: string, text: string, version = 1) {
  return conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

/** Code, severity and range of each diagnostic, for exact comparison. */
const summary = (ds: Diagnostic[]) => ds.map((d) => ({ code: d.code, severity: d.severity, range: d.range }));

beforeAll(async () => {
  proc = spawn(process.execPath, [server, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  proc.stderr!.on('data', (b) => (stderr += b));
  conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    published.push(p);
    for (const w of [...waiters]) w();
  });
  conn.listen();
  const init = await conn.sendRequest('initialize', { processId: process.pid, rootUri: uriOf(root), capabilities: {}, workspaceFolders: null });
  expect(init).toMatchObject({
    capabilities: { textDocumentSync: 2, hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix'] } },
    serverInfo: { name: 'policylint-language-server' },
  });
  await conn.sendNotification('initialized', {});
});

afterAll(() => {
  conn?.dispose();
  if (proc && proc.exitCode === null) proc.kill();
});

describe('seed 003 (English, plain text with pipe tables)', () => {
  const file = fixture('seeds/003_783d3dcfe567bbf0.txt');
  const uri = uriOf(file);
  const text = readFileSync(file, 'utf8');
  let ds: Diagnostic[];
  const cli = JSON.parse(spawnSync(process.execPath, [path.join(root, 'bin/policylint.js'), '--format', 'json', file], { encoding: 'utf8' }).stdout)[0] as {
    messages: { ruleId: string; message: string; law?: string; lawText?: string }[];
  };

  beforeAll(async () => {
    await open(uri, 'plaintext', text);
    ds = (await diagnosticsFor(uri, 1)).diagnostics;
  });

  test('diagnostics with exact ranges, codes and severities', () => {
    // The seed's expected findings (fixtures/seeds/expected.json), 0-based; severity 1 error, 2 warning.
    expect(summary(ds)).toEqual([
      { code: 'operator-identity', severity: 2, range: r(4, 15, 4, 68) },
      { code: 'implied-consent', severity: 2, range: r(7, 5, 7, 67) },
      { code: 'cross-border-transfer', severity: 1, range: r(54, 27, 54, 53) },
      { code: 'implied-consent', severity: 2, range: r(55, 590, 55, 657) },
      { code: 'retention-period', severity: 2, range: r(65, 77, 65, 89) },
      { code: 'response-deadline', severity: 1, range: r(85, 70, 85, 128) },
    ]);
    expect(textAt(text, r(85, 70, 85, 128))).toBe('within no more than 30 (thirty) calendar days from receipt');
    expect(textAt(text, r(54, 27, 54, 53))).toBe('Telegram (Telegram FZ-LLC)');
    expect(textAt(text, r(65, 77, 65, 89))).toBe('Indefinitely');
    expect(textAt(text, r(7, 5, 7, 67))).toBe("Use of the Service signifies the user's consent to this Policy");
  });

  test('every diagnostic names policylint, its rule and its docs page', () => {
    for (const d of ds) {
      expect(d.source).toBe('policylint');
      expect(d.codeDescription?.href).toBe(`https://github.com/policylint/policylint/blob/main/docs/rules/${d.code}.md`);
    }
    // The same messages as the CLI's JSON, in the same order.
    expect(ds.map((d) => [d.code, d.message])).toEqual(cli.messages.map((m) => [m.ruleId, m.message]));
  });

  test('hover shows the message, the article and the suggested wording', async () => {
    const hover = (await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 85, character: 100 } })) as { contents: { kind: string; value: string }; range: Range };
    expect(hover.range).toEqual(r(85, 70, 85, 128));
    expect(hover.contents.kind).toBe('markdown');
    const value = hover.contents.value;
    expect(value).toContain('`response-deadline`');
    const finding = cli.messages.find((m) => m.ruleId === 'response-deadline')!;
    expect(value).toContain(`\n${finding.message}\n`);
    expect(value).toContain(`**Law:** ${finding.lawText ?? finding.law}`);
    expect(finding.law).toMatch(/art\. 20/);
    expect(value).toContain('> within 10 (ten) working days of receipt of the request');
    expect(value).toContain('(https://github.com/policylint/policylint/blob/main/docs/rules/response-deadline.md)');
  });

  test('no hover away from the findings', async () => {
    expect(await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 20, character: 0 } })).toBeNull();
  });

  test('code action replaces the span with the suggested wording', async () => {
    const actions = (await conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: r(85, 100, 85, 100),
      context: { diagnostics: ds.filter((d) => d.code === 'response-deadline'), only: ['quickfix'] },
    })) as CodeAction[];
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe('quickfix');
    expect(actions[0].diagnostics[0].code).toBe('response-deadline');
    const edits = actions[0].edit.changes[uri];
    expect(edits).toHaveLength(1);
    expect(edits[0].range).toEqual(r(85, 70, 85, 128));
    expect(edits[0].newText).toMatch(/^within 10 \(ten\) working days of receipt of the request/);
    const before = text.split('\n')[85];
    const fixed = applyEdits(text, edits).split('\n')[85];
    expect(fixed).toBe(before.slice(0, 70) + edits[0].newText + before.slice(128));
  });

  test('code action inserts a missing clause after the line of the finding', async () => {
    const actions = (await conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: r(54, 30, 54, 30),
      context: { diagnostics: [] },
    })) as CodeAction[];
    expect(actions.map((a) => a.diagnostics[0].code)).toEqual(['cross-border-transfer']);
    const [edit] = actions[0].edit.changes[uri];
    expect(edit.range).toEqual(r(54, 561, 54, 561));
    expect(edit.newText).toMatch(/^\n\nCross-border transfer of personal data\. The Operat.*\n$/s);
    const original = text.split('\n');
    const lines = applyEdits(text, [edit]).split('\n');
    expect(lines[54]).toBe(original[54]);
    expect(lines[55]).toBe('');
    expect(lines[56]).toMatch(/^Cross-border transfer of personal data/);
    expect(lines[57]).toBe('');
    expect(lines[58]).toBe(original[55]);
  });

  test('nothing is offered where no finding has a suggestion', async () => {
    expect(await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: r(7, 10, 7, 10), context: { diagnostics: [] } })).toEqual([]);
  });
});

describe('Markdown policy, edited', () => {
  const file = fixture('editors/privacy.md');
  const uri = uriOf(file);
  const text = readFileSync(file, 'utf8');

  test('ranges count UTF-16 characters after emoji', async () => {
    await open(uri, 'markdown', text);
    const { diagnostics } = await diagnosticsFor(uri, 1);
    const s = summary(diagnostics);
    // «😀» and «🙂» are two UTF-16 characters each, as LSP counts.
    expect(s).toContainEqual({ code: 'response-deadline', severity: 1, range: r(6, 41, 6, 83) });
    expect(textAt(text, r(6, 41, 6, 83))).toBe('в течение 30 дней с даты получения запроса');
    expect(s).toContainEqual({ code: 'implied-consent', severity: 2, range: r(8, 0, 8, 59) });
    expect(s).toContainEqual({ code: 'subject-rights', severity: 1, range: r(4, 3, 4, 17) });
    expect(diagnostics.find((d) => d.code === 'response-deadline')!.message).toMatch(/^Ответ на запрос субъекта даётся/);
  });

  test('an edit that removes a finding, then one that adds a finding', async () => {
    // «30 дней» → «10 рабочих дней»: the deadline is lawful.
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: r(6, 51, 6, 58), text: '10 рабочих дней' }],
    });
    const after = summary((await diagnosticsFor(uri, 2)).diagnostics);
    expect(after.filter((d) => d.code === 'response-deadline')).toEqual([]);
    expect(after).toContainEqual({ code: 'implied-consent', severity: 2, range: r(8, 0, 8, 59) });

    // A placeholder appended at the end of the file.
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: r(9, 0, 9, 0), text: '\nАдрес хранения данных: TODO.\n' }],
    });
    const added = summary((await diagnosticsFor(uri, 3)).diagnostics);
    expect(added).toContainEqual({ code: 'placeholder-text', severity: 1, range: r(10, 23, 10, 27) });
  });

  test('edits in quick succession are linted once, after the pause', async () => {
    for (let v = 4; v <= 6; v++) {
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: r(0, 2, 0, 2), text: 'x' }] });
    }
    const last = await diagnosticsFor(uri, 6);
    expect(last.diagnostics.length).toBeGreaterThan(0);
    expect(published.filter((p) => p.uri === uri && (p.version === 4 || p.version === 5))).toEqual([]);
  });

  test('closing the document clears its diagnostics', async () => {
    await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect((await diagnosticsFor(uri)).diagnostics).toEqual([]);
  });
});

describe('HTML policy', () => {
  const file = fixture('editors/policy.html');
  const uri = uriOf(file);
  const text = readFileSync(file, 'utf8');

  test('ranges are in the HTML source; no quick fix that would cut through tags', async () => {
    await open(uri, 'html', text);
    const { diagnostics } = await diagnosticsFor(uri, 1);
    const s = summary(diagnostics);
    expect(s).toContainEqual({ code: 'implied-consent', severity: 2, range: r(6, 3, 6, 62) });
    expect(s).toContainEqual({ code: 'response-deadline', severity: 1, range: r(7, 32, 7, 52) });
    expect(textAt(text, r(7, 32, 7, 52))).toBe('в течение <b>30 дней');
    const actions = (await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: r(7, 40, 7, 40), context: { diagnostics: [] } })) as CodeAction[];
    expect(actions.filter((a) => a.diagnostics[0].code === 'response-deadline')).toEqual([]);
  });
});

describe('which documents are linted, with which config', () => {
  test('a README with unrelated text gets no diagnostics', async () => {
    const file = fixture('editors/README.md');
    const uri = uriOf(file);
    await open(uri, 'markdown', readFileSync(file, 'utf8'));
    expect((await diagnosticsFor(uri, 1)).diagnostics).toEqual([]);
    // Typing a policy title into it makes it a policy.
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '# Privacy Policy\n\nBy using the site you consent to the processing of your personal data.\n' }] });
    expect((await diagnosticsFor(uri, 2)).diagnostics.map((d) => d.code)).toContain('implied-consent');
  });

  test('the nearest config file applies: a rule off, a severity changed', async () => {
    const file = fixture('editors/configured/privacy.txt');
    const text = readFileSync(file, 'utf8');
    const configured = summary((await open(uriOf(file), 'plaintext', text), await diagnosticsFor(uriOf(file), 1)).diagnostics);
    expect(configured.filter((d) => d.code === 'implied-consent')).toEqual([]);
    expect(configured).toContainEqual({ code: 'response-deadline', severity: 2, range: r(6, 19, 6, 44) });

    // The same text where no config applies.
    const elsewhere = uriOf(path.join(mkdtempSync(path.join(tmpdir(), 'policylint-lsp-')), 'privacy.txt'));
    const plain = summary((await open(elsewhere, 'plaintext', text), await diagnosticsFor(elsewhere, 1)).diagnostics);
    expect(plain).toContainEqual({ code: 'implied-consent', severity: 2, range: r(9, 0, 9, 58) });
    expect(plain).toContainEqual({ code: 'response-deadline', severity: 1, range: r(6, 19, 6, 44) });
  });
});

describe('config errors and unsaved documents', () => {
  test('a broken config is one error at the top of the policy, naming the file and the problem', async () => {
    const file = fixture('editors/broken/privacy.txt');
    await open(uriOf(file), 'plaintext', readFileSync(file, 'utf8'));
    const { diagnostics } = await diagnosticsFor(uriOf(file), 1);
    expect(diagnostics).toEqual([
      {
        range: r(0, 0, 0, 0),
        severity: 1,
        source: 'policylint',
        message: `${fixture('editors/broken/.policylintrc.json')}: rules: "implied-consent" has severity "offf"; use "off", "warn" or "error"`,
      },
    ]);
  });

  test('an untitled document is linted by its language once it reads like a policy', async () => {
    const uri = 'untitled:Untitled-1';
    await open(uri, 'markdown', '# Notes\n\nShopping list.\n');
    expect((await diagnosticsFor(uri, 1)).diagnostics).toEqual([]);
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: '# Политика конфиденциальности\n\nПродолжая пользоваться сайтом, вы соглашаетесь на обработку персональных данных.\n' }],
    });
    const s = summary((await diagnosticsFor(uri, 2)).diagnostics);
    expect(s).toContainEqual({ code: 'implied-consent', severity: 2, range: r(2, 0, 2, 59) });
  });
});

describe('shutdown', () => {
  test('shutdown then exit ends the process with status 0', async () => {
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    expect(await conn.sendRequest('shutdown')).toBeNull();
    await conn.sendNotification('exit');
    expect(await exited).toBe(0);
  });
});
