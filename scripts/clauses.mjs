// Prints the clause analysis of a policy: each clause with its role, lead-in, header and facts.
// `node scripts/clauses.mjs <file> [from-line [to-line]]` after `npm run build`. A development aid.
import { readFileSync } from 'node:fs';
import { analyse, decode, detectFormat, PolicyDocument, parseSource } from '../dist/api.js';

const [file, fromLine = '1', toLine = '1e9'] = process.argv.slice(2);
const { text } = decode(readFileSync(file));
const format = detectFormat(file, text);
const doc = new PolicyDocument(text, format, parseSource(text, format));
const a = analyse(doc);
for (const c of a.clauses) {
  const loc = doc.location([c.start, c.stop]);
  if (loc.line < Number(fromLine) || loc.line > Number(toLine)) continue;
  const f = c.facts;
  const facts = [
    f.predicates.map((p) => p.concept.slice(10)).join('+') || '-',
    f.actor && `actor=${f.actor}`,
    f.object && `object=${f.object}`,
    f.negated && 'NEG',
    f.modality.size && `mod=${[...f.modality].join(',')}`,
    f.except && `except="${doc.slice(f.except)}"`,
    f.kinds.size && `kind=${[...f.kinds].join(',')}`,
    c.leadIn >= 0 && `lead=${c.leadIn}`,
    c.parent >= 0 && `parent=${c.parent}`,
    c.header && `header="${c.header}"`,
  ].filter(Boolean);
  console.log(`${String(c.index).padStart(4)} ${loc.line}:${loc.column} ${c.role.padEnd(11)} ${facts.join(' ')}\n       ${doc.slice([c.start, c.stop]).slice(0, 160)}`);
}
