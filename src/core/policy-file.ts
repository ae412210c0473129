/**
 * Which files are privacy policies: the one test shared by directory walks, the Action, the
 * pre-commit hook and the language server. Browser-safe (no Node APIs): it reads a path string and,
 * optionally, the opening of the text.
 */

import { frontMatter, frontMatterTitle } from './parse/template.js';

/** Names of policy documents: privacy, политика / конфиденциальность / персональные данные and transliterations, policy.* */
const POLICY_NAME = /(privacy|политик|конфиденц|персональн|personal[-_ ]?data|politik|konfiden|personaln)/i;
const POLICY_BASENAME = /^policy\.[^.\/]+$/i;
/** Consent forms are named like policies but are not policies. */
const CONSENT_NAME = /(согласи|soglasi|consent)/i;

function basename(p: string): string {
  const parts = p.split(/[\\/]/);
  return parts[parts.length - 1] ?? p;
}

/** Whether the file's name says it is a privacy policy. */
export function isPolicyFileName(filePath: string): boolean {
  const name = basename(filePath);
  if (CONSENT_NAME.test(name)) return false;
  return POLICY_NAME.test(name) || POLICY_BASENAME.test(name);
}

/** A policy's title: политика … персональных данных / конфиденциальности, положение об обработке ПД, privacy policy / notice. */
const POLICY_TITLE =
  /(политик\p{L}*\s+(?:\S+\s+){0,8}?(?:персональн|конфиденциальн|перс\.|пдн)|положени\p{L}*\s+(?:\S+\s+){0,3}?обработк\p{L}*\s+(?:и\s+защит\p{L}*\s+)?персональн|конфиденциальност|privacy\s+(?:policy|notice|statement)|personal\s+data\s+(?:processing\s+|protection\s+)?(?:policy|notice)|policy\s+(?:on|for|regarding)\s+(?:the\s+)?(?:processing\s+(?:and\s+protection\s+)?of\s+)?personal\s+data|^(?:политика|policy)$)/iu;
/**
 * The opening words of a policy that does not start with its title: «Настоящая Политика…»,
 * "This Privacy Policy…", "This Policy defines how personal data…". A mere mention ("see our
 * privacy policy") is not enough.
 */
const POLICY_OPENING =
  /(?:^|[.:;!?»")]\s+|\d\.\s*)(?:настоящ(?:ая|ей|ую)\s+(?:[\p{L}-]+\s+){0,3}?политик|this\s+(?:privacy|data\s+protection|personal\s+data(?:\s+processing)?)\s+(?:policy|notice|statement)|this\s+policy\b[^.]{0,200}?personal\s+data)/imu;

/** How much of the text is read: the title and opening of a policy (HTML heads can be long). */
const HEAD = 16_384;
/** Characters of prose at the start that may hold the opening words. */
const OPENING = 600;
/** Lines at the start that may hold the title (after "УТВЕРЖДЕНО …", a logo line, a date). */
const TITLE_LINES = 6;

/**
 * The titles a file declares for itself: its front matter's `title`, its HTML `<title>`. Shared with
 * the not-a-policy rule, which reads the same titles.
 */
export function declaredTitles(text: string): string[] {
  const titles: string[] = [];
  const fm = frontMatterTitle(text);
  if (fm) titles.push(fm);
  const html = /<title\b[^>]*>([\s\S]{1,300}?)<\/title>/i.exec(text.slice(0, HEAD));
  if (html) titles.push(html[1].replace(/<[^>]*>/g, ' '));
  return titles;
}

/** The title candidates and the opening prose of a file's start. */
function startOf(filePath: string, text: string): { titles: string[]; opening: string } {
  let head = text.slice(0, HEAD).replace(/^\uFEFF/, '');
  const titles = declaredTitles(head);
  const fm = frontMatter(head);
  if (fm) head = head.slice(fm.range[1]);
  if (/\.x?html?$/i.test(filePath) || /^\s*<(?:!doctype|html|head|body|\?xml|!--)/i.test(head)) {
    for (const m of head.matchAll(/<(h1|h2)\b[^>]*>([\s\S]*?)<\/\1>/gi)) titles.push(m[2].replace(/<[^>]*>/g, ' '));
    head = head
      .replace(/<(script|style|head|nav|header|footer)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/(?:p|div|h\d|li|tr|br)>|<br\s*\/?>/gi, '\n')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;|&#160;/g, ' ');
  }
  const raw = head.split(/\r?\n/);
  const clean = (l: string) => l.replace(/^[\s#>*_=|-]+|[\s#*_|]+$/g, '').trim();
  const lines: string[] = [];
  // A title is the first line, a heading, or a short line standing alone between blank lines,
  // that does not end like a sentence; a line of wrapped prose is not one.
  for (let i = 0; i < raw.length && (lines.length < TITLE_LINES || lines.join(' ').length < OPENING); i++) {
    const line = clean(raw[i]);
    if (!line) continue;
    if (lines.length < TITLE_LINES && line.length <= 160) {
      const heading = /^\s{0,3}#{1,6}\s/.test(raw[i]) || /^\s*(=+|-+)\s*$/.test(raw[i + 1] ?? '');
      const alone = !(raw[i - 1] ?? '').trim() && !(raw[i + 1] ?? '').trim() && !/[.,;:!?]$/.test(line);
      if (lines.length === 0 || heading || alone) titles.push(line);
    }
    lines.push(line);
  }
  return { titles, opening: lines.join('\n').slice(0, OPENING) };
}

/**
 * Whether a file is a policy: by its name, its title (front matter title, <title>, first heading or
 * title line) or its opening words (a first clause such as «1. Общие положения. Настоящая
 * Политика…»). A file named as a consent form is a policy only by its title. docs/configuration.md says how a project decides
 * otherwise (`files`, `ignores`).
 */
export function looksLikePolicy(filePath: string, text: string): boolean {
  if (isPolicyFileName(filePath)) return true;
  const { titles, opening } = startOf(filePath, text);
  if (titles.some((t) => POLICY_TITLE.test(t))) return true;
  // A consent form names the policy in its opening words («…ознакомлен с Политикой…»): a file named
  // as a consent form is a policy only by its title.
  return !CONSENT_NAME.test(basename(filePath)) && POLICY_OPENING.test(opening);
}
