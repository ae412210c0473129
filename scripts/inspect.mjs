// Prints the document model of a policy (blocks, sections, topics): `node scripts/inspect.mjs <file>`.
// A development aid for rule authors; run `npm run build` first.
import { readFileSync } from 'node:fs';
import { decode, detectFormat, PolicyDocument, parseSource } from '../dist/api.js';

const file = process.argv[2];
const { text, encoding } = decode(readFileSync(file));
const format = detectFormat(file, text);
const doc = new PolicyDocument(text, format, parseSource(text, format));
console.log(`lang=${doc.lang} format=${format} encoding=${encoding} blocks=${doc.blocks.length} sentences=${doc.sentences.length}`);
for (const s of doc.sections) console.log(`${'  '.repeat(s.depth - 1)}§ ${s.number ?? '-'} "${s.title}" (block ${s.heading})`);
for (const b of doc.blocks) {
  const loc = doc.location([b.start, b.end]);
  console.log(`${String(b.index).padStart(3)} ${loc.line}:${loc.column} ${b.kind}${b.number ? ` #${b.number}` : ''} s${b.section} ${b.lang}: ${doc.slice([b.start, b.end]).slice(0, 100)}`);
}
