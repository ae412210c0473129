import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

// The VS Code extension of editors/vscode, built and packaged by Microsoft's own packager
// (`vsce package`, no publishing); then the server inside the .vsix is run alone, outside the
// repository, as VS Code would start it.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extDir = path.join(root, 'editors/vscode');
const work = mkdtempSync(path.join(tmpdir(), 'policylint-vsix-'));
const vsix = path.join(work, 'policylint.vsix');

/** The entries of a zip archive (a .vsix is one), read from its central directory. */
function unzip(buf: Buffer): Map<string, Buffer> {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(data, data + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : raw);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

let files: Map<string, Buffer>;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(extDir, 'build.mjs')], { cwd: extDir, stdio: 'pipe' });
  execFileSync(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix], { cwd: extDir, stdio: 'pipe', timeout: 120000 });
  files = unzip(readFileSync(vsix));
}, 180000);

test('the .vsix holds the manifest, the bundled extension and server, readme and licence; no sources', () => {
  expect([...files.keys()].sort()).toEqual(
    [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/dist/extension.js',
      'extension/dist/server.mjs',
      'extension/package.json',
      'extension/readme.md',
    ].sort(),
  );
  const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8'));
  expect(manifest).toMatchObject({
    name: 'policylint',
    publisher: 'policylint',
    main: './dist/extension.js',
    engines: { vscode: expect.stringMatching(/^\^1\.\d+/) },
    activationEvents: ['onLanguage:markdown', 'onLanguage:plaintext', 'onLanguage:html'],
  });
  expect(files.get('extension.vsixmanifest')!.toString('utf8')).toMatch(/<Identity Language="en-US" Id="policylint" Version="0\.1\.0" Publisher="policylint"/);
});

test('the extension bundle loads as VS Code loads it (CommonJS, only `vscode` external) and exports activate/deactivate', () => {
  const main = path.join(work, 'extension.cjs');
  writeFileSync(main, files.get('extension/dist/extension.js')!);
  const loader = path.join(work, 'load.cjs');
  // Any API of `vscode` is a stub here: loading must not need anything else outside the bundle.
  writeFileSync(
    loader,
    `const Module = require('module');
const stub = () => new Proxy(function () {}, { get: (t, k) => (k === 'then' ? undefined : k === Symbol.toPrimitive ? () => '' : stub()), apply: () => stub(), construct: () => stub() });
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? stub() : load.call(this, request, ...rest); };
const ext = require(process.argv[2]);
process.stdout.write(typeof ext.activate + ' ' + typeof ext.deactivate);`,
  );
  expect(execFileSync(process.execPath, [loader, main], { cwd: work, encoding: 'utf8' })).toBe('function function');
});

test('the server inside the .vsix runs alone and publishes diagnostics', async () => {
  const server = path.join(work, 'server.mjs');
  writeFileSync(server, files.get('extension/dist/server.mjs')!);
  const proc = spawn(process.execPath, [server, '--stdio'], { cwd: work, stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const file = path.join(root, 'fixtures/seeds/003_783d3dcfe567bbf0.txt');
  const uri = pathToFileURL(file).href;
  const published = new Promise<{ diagnostics: { code: string; range: unknown }[] }>((resolve) => conn.onNotification('textDocument/publishDiagnostics', resolve));
  conn.listen();
  try {
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(file, 'utf8') } });
    const { diagnostics } = await published;
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'response-deadline', range: { start: { line: 85, character: 70 }, end: { line: 85, character: 128 } } }));
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
  } finally {
    conn.dispose();
    proc.kill();
  }
});
