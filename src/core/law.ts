/**
 * Law citations. Rules and messages cite the law in one canonical English form
 * ("152-FZ art. 18.1 part 2; art. 14 part 7 items 5, 9"), which the JSON and SARIF reports keep as
 * `law`; readers of Russian output see it as Russian lawyers write it: smallest unit first, the law
 * once at the end («ч. 2 ст. 18.1, п. 5 и 9 ч. 7 ст. 14 152-ФЗ»), as `lawText` and in the reports.
 * Browser-safe.
 */
import type { Lang } from './types.js';

/** Units of a citation, English singular and plural → Russian abbreviation. */
const UNITS: Record<string, string> = { art: 'ст.', arts: 'ст.', part: 'ч.', parts: 'ч.', item: 'п.', items: 'п.', clause: 'п.', clauses: 'п.' };

/** "1-2" → "1–2"; "2, 5" → "2 и 5"; "14, 17, 21" → "14, 17 и 21". */
function numbersRu(numbers: string): string {
  const list = numbers
    .split(/\s*,\s*/)
    .map((n) => n.replace(/\s*-\s*/g, '–'))
    .filter(Boolean);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} и ${list[list.length - 1]}` : (list[0] ?? '');
}

/**
 * One reference ("art. 20 parts 1-2", "art. 18.1 part 1 item 2", "item 2") → Russian
 * («ч. 1–2 ст. 20», «п. 2 ч. 1 ст. 18.1», «п. 2»); undefined when it is not in the canonical form.
 */
function referenceRu(ref: string): string | undefined {
  const re = /(arts?|parts?|items?|clauses?)\.?\s+(\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?(?:\s*,\s*\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?)*)/gy;
  const pieces: string[] = [];
  let at = 0;
  const text = ref.trim();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    pieces.push(`${UNITS[m[1]]} ${numbersRu(m[2])}`);
    at = re.lastIndex;
    while (text[at] === ' ') at++;
    re.lastIndex = at;
  }
  if (!pieces.length || at !== text.length) return undefined;
  return pieces.reverse().join(' ');
}

/** Russian names of the laws that citations name. */
const LAWS_RU: Record<string, string> = { '152-FZ': '152-ФЗ', '149-FZ': '149-ФЗ', '242-FZ': '242-ФЗ' };

/**
 * A canonical citation in Russian: "152-FZ art. 18 part 5" → «ч. 5 ст. 18 152-ФЗ»,
 * "152-FZ art. 18.1 part 2; art. 14 part 7" → «ч. 2 ст. 18.1, ч. 7 ст. 14 152-ФЗ»,
 * "art. 20 parts 1-2" → «ч. 1–2 ст. 20», "item 2" → «п. 2». A citation that is not in the canonical
 * form is returned as it is, so that nothing is lost.
 */
export function lawToRussian(law: string): string {
  const m = /^\s*(\d+-FZ)?\s*(.*?)\s*$/s.exec(law)!;
  const lawName = m[1] ? LAWS_RU[m[1]] ?? m[1].replace('FZ', 'ФЗ') : undefined;
  const body = m[2];
  if (!body) return lawName ?? law;
  const refs = body.split(/\s*;\s*/).map(referenceRu);
  if (refs.some((r) => r === undefined)) return law;
  return `${refs.join(', ')}${lawName ? ` ${lawName}` : ''}`;
}

/** The citation in a language: canonical for English, «ч. 5 ст. 18 152-ФЗ» for Russian. */
export function lawText(law: string, lang: Lang): string {
  return lang === 'ru' ? lawToRussian(law) : law;
}
