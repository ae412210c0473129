import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { rules } from '../rules/index.js';
import { blocksOf, docxOf } from './helpers/twins.js';
import { pdf } from './helpers/pdf.js';

// PDF and Word files that cannot be read: each is one line on stderr naming the file and the
// problem, exit 2, and the next file is still linted. Through the built CLI.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/policylint.js');
const onlyPolicyDate = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'policy-date' ? 'warn' : 'off']));
const UNDATED = 'Privacy Policy\n1. General\nThe operator processes personal data.\n';

/** Pages that only draw a filled rectangle: what a scan without OCR looks like to a text reader. */
const scanned = pdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  '<< /Length 26 >>\nstream\n0 0 1 rg 50 50 400 600 re f\nendstream',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
]);
/** Standard security handler, revision 2, with a user password: cannot be opened without it. */
const encrypted = pdf(
  [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'a1'.repeat(32)}> /U <${'5c'.repeat(32)}> >>`,
  ],
  `/Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] `,
);
/** A page tree that claims five thousand pages (one page object, referenced again and again). */
const thousands = pdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  `<< /Type /Pages /Kids [${'3 0 R '.repeat(5000)}] /Count 5000 >>`,
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
]);
const corruptPdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251))]);

const minimalDocx = () => Buffer.from(docxOf(blocksOf('Privacy Policy\n1. General\nThe operator processes personal data.', false)).bytes);
/** A Word file whose document.xml declares 3 GB uncompressed (the honest zip bomb). */
function declaredBomb(): Buffer {
  const zip = Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>'), '[Content_Types].xml': strToU8('<Types/>') }));
  // Patch the uncompressed size of document.xml in the central directory.
  const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt32LE(3_000_000_000, cd + 24);
  return zip;
}
/** A Word file whose document.xml says 2 KB but inflates to 80 MB (the lying zip bomb). */
function lyingBomb(): Buffer {
  const data = deflateSync(new Uint8Array(80e6).fill(0x20), { level: 1 });
  const zip = Buffer.from(zipSync({ 'word/document.xml': [new Uint8Array(2000).fill(0x20), { level: 0 }], '[Content_Types].xml': strToU8('<Types/>') }));
  // Swap in the bomb as a deflated entry: local header and central directory keep saying 2000 bytes.
  const local = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const nameLen = zip.readUInt16LE(local + 26);
  const extraLen = zip.readUInt16LE(local + 28);
  const head = Buffer.from(zip.subarray(local, local + 30 + nameLen + extraLen));
  head.writeUInt16LE(8, 8);
  head.writeUInt32LE(data.length, 18);
  const tail = zip.subarray(local + 30 + nameLen + extraLen + 2000);
  const out = Buffer.concat([head, Buffer.from(data), tail]);
  const shift = data.length - 2000;
  const cd = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  out.writeUInt16LE(8, cd + 10);
  out.writeUInt32LE(data.length, cd + 20);
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  out.writeUInt32LE(out.readUInt32LE(eocd + 16) + shift, eocd + 16);
  // The second entry's local offset moved too.
  const cd2 = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), cd + 4);
  out.writeUInt32LE(out.readUInt32LE(cd2 + 42) + shift, cd2 + 42);
  return out;
}

function run(files: Record<string, Buffer | string>, args: string[] = []) {
  const dir = mkdtempSync(path.join(tmpdir(), 'policylint-binary-'));
  writeFileSync(path.join(dir, '.policylintrc.json'), JSON.stringify({ rules: onlyPolicyDate }));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const r = spawnSync('node', [bin, '--format', 'json', ...args, ...Object.keys(files)], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { code: r.status, stderr: r.stderr, results: JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string | null; fatal?: boolean; message: string }[] }[] };
}

describe('PDF and Word files that cannot be read', () => {
  test.each([
    ['scan.pdf', scanned, 'PDF has no text layer (its 2 pages are images, a scan?): run OCR on it first, or lint the source document'],
    ['locked.pdf', encrypted, 'encrypted PDF (it needs a password to open): save an unprotected copy'],
    ['huge.pdf', thousands, 'PDF has 5000 pages, over the 1000-page limit for one policy'],
    ['bomb.docx', declaredBomb(), 'word/document.xml inflates to 3 GB (ratio '],
    ['liar.docx', lyingBomb(), 'word/document.xml inflates to more than 15.'],
    ['policy.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'a legacy Word document (.doc) or other old Office file: save it as .docx or PDF (supported: .docx, .pdf, .md, .html, .txt)'],
    ['policy.rtf', Buffer.from('{\\rtf1\\ansi Privacy Policy}'), 'an RTF document: save it as .docx or PDF (supported: .docx, .pdf, .md, .html, .txt)'],
    ['policy.odt', Buffer.from(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') })), 'an OpenDocument text (.odt): save it as .docx or PDF (supported: .docx, .pdf, .md, .html, .txt)'],
    ['notword.docx', Buffer.from(zipSync({ 'a.txt': strToU8('hello') })), 'not a Word document: the ZIP archive has no word/document.xml (supported: .docx, .pdf, .md, .html, .txt)'],
    ['cut.docx', minimalDocx().subarray(0, 300), 'corrupt Word file: not a complete ZIP archive (no central directory)'],
  ])('%s: one line naming the file and the problem, exit 2, the next file linted', (name, bytes, reason) => {
    const r = run({ [name]: bytes, 'next.md': UNDATED });
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`policylint: ${name}: ${reason}`);
    expect(r.results[0].messages).toEqual([expect.objectContaining({ fatal: true, ruleId: null })]);
    expect(r.results[1].messages.map((m) => m.ruleId)).toEqual(['policy-date']);
  });

  test('a corrupt PDF: one line, exit 2, the next file linted', () => {
    const r = run({ 'broken.pdf': corruptPdf, 'next.md': UNDATED });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^policylint: broken\.pdf: (corrupt PDF: .+|PDF has no text layer .+)\n$/);
    expect(r.results[1].messages.map((m) => m.ruleId)).toEqual(['policy-date']);
  });

  test('--max-file-size applies to the PDF or Word file itself', () => {
    const r = run({ 'big.docx': minimalDocx(), 'next.md': UNDATED }, ['--max-file-size', '1KB']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^policylint: big\.docx: file is [\d.]+ KB, over the 1 KB limit \(raise it with --max-file-size\)\n$/);
    expect(r.results[1].messages.map((m) => m.ruleId)).toEqual(['policy-date']);
  });

  test('a readable Word file is linted, with the paragraph of each finding; a PDF is found by its header whatever its name', () => {
    const r = run({ 'policy.docx': minimalDocx() });
    expect(r.code).toBe(0);
    expect(r.results[0].messages).toEqual([expect.objectContaining({ ruleId: 'policy-date', paragraph: 1, line: 1 })]);
    const s = run({ 'scan.bin': scanned, 'next.md': UNDATED });
    expect(s.stderr).toMatch(/^policylint: scan\.bin: PDF has no text layer/);
  });
});
