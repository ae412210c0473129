// Baseline for the batch benchmark: read every file and parse it with remark-parse, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const dir = process.argv[2];
const processor = unified().use(remarkParse);
let nodes = 0;
for (const name of readdirSync(dir).sort()) {
  const tree = processor.parse(readFileSync(path.join(dir, name), 'utf8'));
  nodes += tree.children.length;
}
console.log(nodes);
