/**
 * Which files are privacy policies: the one test shared by directory walks, the Action, the
 * pre-commit hook and the language server. Browser-safe (no Node APIs): it reads a path string and,
 * optionally, the opening of the text.
 */

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

/** Title or opening words of a policy, in the first few kilobytes of the text. */
const POLICY_OPENING = /(политик[аиуе]?\s+(?:[\p{L}-]+\s+){0,6}(?:персональн|конфиденциальн)|обработк[аиуе]\s+персональных\s+данных|настоящая\s+политика|privacy\s+(?:policy|notice|statement)|personal\s+data\s+(?:processing\s+)?policy)/iu;

/**
 * Whether a file is a policy: by its name, or by its title or opening text (the first 4 KB: front
 * matter title, <title>, first heading, or a first clause such as «1. Общие положения. Настоящая
 * Политика…»).
 */
export function looksLikePolicy(filePath: string, text: string): boolean {
  if (isPolicyFileName(filePath)) return true;
  if (CONSENT_NAME.test(basename(filePath))) return false;
  return POLICY_OPENING.test(text.slice(0, 4096));
}
