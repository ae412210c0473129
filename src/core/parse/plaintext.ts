import type { LineUnit, ParsedSource } from './units.js';
import { verbatimUnit } from './units.js';

const BULLET = /^([ \t]*)([-•*—–▪·●○◦■□➢►]|\d{1,2}\))[ \t]+/u;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Plain text: one unit per line; pipe and tab tables recognised; bullets stripped. */
export function parsePlainText(source: string): ParsedSource {
  const units: LineUnit[] = [];
  const lines: { start: number; end: number }[] = [];
  const re = /\r\n|\r|\n/g;
  let pos = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push({ start: pos, end: m.index });
    pos = m.index + m[0].length;
  }
  lines.push({ start: pos, end: source.length });

  let group = 0;
  let table = -1;
  let inTable = false;
  const blank = (i: number) => i < 0 || i >= lines.length || source.slice(lines[i].start, lines[i].end).trim() === '';
  const bars = (i: number) => (i < 0 || i >= lines.length ? 0 : spacedBars(source.slice(lines[i].start, lines[i].end)));
  const bareRow = (i: number) => {
    const n = bars(i);
    return n >= 2 && (bars(i - 1) === n || bars(i + 1) === n || (inTable && n >= 2));
  };
  for (let i = 0; i < lines.length; i++) {
    let { start, end } = lines[i];
    const raw = source.slice(start, end);
    if (raw.trim() === '') {
      group++;
      inTable = false;
      continue;
    }
    // Trim the line, keeping offsets.
    while (start < end && /\s/.test(source[start])) start++;
    while (end > start && /\s/.test(source[end - 1])) end--;
    const line = source.slice(start, end);

    if (PIPE_SEPARATOR.test(line) && line.includes('-') && line.includes('|')) {
      const prev = units[units.length - 1];
      if (prev && prev.kind === 'table-row' && prev.table === table) prev.header = true;
      continue;
    }
    // "| a | b |" rows, and "a | b | c" rows without the outer bars when a neighbouring line has as many bars.
    const pipeRow = (line.startsWith('|') && line.length > 1 && line.indexOf('|', 1) > 0) || bareRow(i);
    const tabRow = !pipeRow && raw.includes('\t') && /\S\t+\S/.test(line);
    if (pipeRow || tabRow) {
      if (!inTable) {
        table = table + 1 + i; // unique per table start
        inTable = true;
        group++;
      }
      const unit = verbatimUnit(source, start, end, 'table-row', 0, group);
      unit.table = table;
      unit.cells = pipeRow ? pipeCells(line) : tabCells(line);
      units.push(unit);
      continue;
    }
    if (inTable) {
      inTable = false;
      group++;
    }
    const bullet = BULLET.exec(line);
    if (bullet && !/^\d/.test(bullet[2])) {
      const depth = Math.floor(bullet[1].replace(/\t/g, '  ').length / 2) + 1;
      const unit = verbatimUnit(source, start + bullet[0].length, end, 'list-item', depth, ++group);
      units.push(unit);
      continue;
    }
    const unit = verbatimUnit(source, start, end, 'paragraph', 0, group);
    if (blank(i - 1) && blank(i + 1)) unit.standalone = true;
    units.push(unit);
  }
  return { units };
}

/** Bars standing between cells (" | "), outside any leading or trailing bar. */
function spacedBars(line: string): number {
  let n = 0;
  for (let i = line.indexOf(' | '); i >= 0; i = line.indexOf(' | ', i + 2)) n++;
  return n;
}

function pipeCells(line: string): [number, number][] {
  const cells: [number, number][] = [];
  let a = line.startsWith('|') ? 1 : 0;
  for (let i = a; i <= line.length; i++) {
    if (i === line.length || (line[i] === '|' && line[i - 1] !== '\\')) {
      let s = a;
      let e = i;
      while (s < e && /\s/.test(line[s])) s++;
      while (e > s && /\s/.test(line[e - 1])) e--;
      if (i < line.length || s < e) cells.push([s, e]);
      a = i + 1;
    }
  }
  return cells;
}

function tabCells(line: string): [number, number][] {
  const cells: [number, number][] = [];
  const re = /[^\t]+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && /\s/.test(line[s])) s++;
    while (e > s && /\s/.test(line[e - 1])) e--;
    if (s < e) cells.push([s, e]);
  }
  return cells;
}
