// Builds the benchmark's inputs from the project's own fixtures (no downloads): a batch of varied
// policies (sizes, languages, formats) and single large documents. Deterministic.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (/\.(txt|md)$/.test(e.name) && !e.name.startsWith('expected')) yield p;
  }
}

/** Paragraph pools by language, from every UTF-8 fixture. */
function pools() {
  const ru = [];
  const en = [];
  for (const file of walk(path.join(root, 'fixtures'))) {
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    } catch {
      continue;
    }
    for (const line of text.split(/\r?\n/)) {
      const t = line.replace(/^\s*(#+|\d+(\.\d+)*\.?|[-*•])\s+/, '').trim();
      if (t.length < 20) continue;
      ((t.match(/[а-яё]/gi)?.length ?? 0) > (t.match(/[a-z]/gi)?.length ?? 0) ? ru : en).push(t);
    }
  }
  return { ru, en };
}

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const HEADINGS = {
  ru: ['Общие положения', 'Цели обработки', 'Правовые основания', 'Категории данных', 'Сроки хранения', 'Передача третьим лицам', 'Трансграничная передача', 'Права субъекта', 'Меры защиты', 'Контакты'],
  en: ['General provisions', 'Purposes of processing', 'Legal bases', 'Data we process', 'Retention period', 'Third parties', 'Cross-border transfer', 'Your rights', 'Security', 'Contacts'],
};

/** One policy of about `size` characters in a language and a format. */
export function policy(pool, lang, size, format, rand) {
  const lines = [];
  let n = 0;
  let section = 0;
  const title = lang === 'ru' ? 'Политика обработки персональных данных' : 'Personal Data Processing Policy';
  lines.push(format === 'md' ? `# ${title}` : title);
  while (n < size) {
    section++;
    const h = `${section}. ${HEADINGS[lang][(section - 1) % 10]}`;
    lines.push(format === 'md' ? `\n## ${h}\n` : h);
    const count = 2 + Math.floor(rand() * 6);
    for (let i = 1; i <= count; i++) {
      const p = pool[Math.floor(rand() * pool.length)];
      lines.push(`${section}.${i}. ${p}`);
      n += p.length + 8;
    }
  }
  const text = lines.join('\n') + '\n';
  if (format === 'html') {
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><style>p{margin:0}</style></head><body><nav><a href="/">Home</a></nav><main>\n${lines
      .map((l) => (/^\d+\. /.test(l) ? `<h2>${esc(l)}</h2>` : `<p>${esc(l)}</p>`))
      .join('\n')}\n</main><footer>© 2026</footer></body></html>\n`;
  }
  return text;
}

export function generate(outDir, { files = 1000, totalBytes = 8.5e6 } = {}) {
  const { ru, en } = pools();
  const rand = rng(152);
  rmSync(outDir, { recursive: true, force: true });
  const batch = path.join(outDir, 'batch');
  mkdirSync(batch, { recursive: true });
  const avg = totalBytes / files;
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const lang = rand() < 0.55 ? 'ru' : 'en';
    const r = rand();
    const format = r < 0.6 ? 'txt' : r < 0.85 ? 'md' : 'html';
    // Log-normal-ish sizes around the average; Cyrillic is two bytes per letter in UTF-8.
    const size = Math.max(1500, Math.round((avg / (lang === 'ru' ? 1.8 : 1)) * Math.exp((rand() - 0.5) * 1.6)));
    const text = policy(lang === 'ru' ? ru : en, lang, size, format, rand);
    // Named as policies, so that the folder walk lints every file whatever its generated opening.
    const file = path.join(batch, `${String(i).padStart(4, '0')}-${lang}-privacy.${format}`);
    writeFileSync(file, text);
    bytes += statSync(file).size;
  }
  const large = {};
  for (const mb of [1, 5, 10]) {
    const file = path.join(outDir, `large-${mb}mb.md`);
    // Grow until the file reaches the size in bytes (Cyrillic letters take two bytes).
    let chars = (mb * 1e6) / 1.6;
    let text = policy(ru.concat(en), 'ru', chars, 'md', rng(mb));
    while (Buffer.byteLength(text) < mb * 1e6) {
      chars *= (mb * 1e6) / Buffer.byteLength(text) + 0.01;
      text = policy(ru.concat(en), 'ru', chars, 'md', rng(mb));
    }
    writeFileSync(file, text);
    large[mb] = file;
  }
  return { batch, files, bytes, large };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const out = process.argv[2] ?? path.join(root, 'bench/.work');
  const r = generate(out);
  console.log(`${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB in ${r.batch}`);
}
