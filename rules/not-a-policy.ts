import type { Rule } from '../src/core/types.js';
import { compile, has } from '../src/core/match.js';

/**
 * Signals that a text is about personal data. A privacy policy, however poor, names its subject;
 * a README or a changelog does not. Each distinct signal counts once.
 */
const SIGNALS: [string, RegExp][] = [
  ['personal-data', compile(['персональн* данн*', 'персональн* информац*', 'personal data', 'personal information', 'personally identifiable'])],
  ['privacy', compile(['конфиденциальн*', 'privacy', 'защит* данн*', 'data protection'])],
  ['processing', compile(['обработк* ~3 данн*', 'processing of ~3 data', 'process* ~2 personal', 'data processing'])],
  ['subject', compile(['субъект* персональн*', 'data subject*', 'пользовател* сайт*', 'users of the'])],
  ['operator', compile(['оператор*', 'operator', 'controller'])],
  ['consent', compile(['согласи* на обработк*', 'consent to ~3 processing', 'отзыв* согласи*', 'withdraw* ~2 consent'])],
  ['law', compile(['152-фз', '152-fz', '{№\\s*152}', '{no\\.?\\s*152}', 'о персональных данных', 'on personal data', 'gdpr'])],
  ['cookies', compile(['cookie*', 'куки'])],
  ['title', compile(['политик* конфиденциальн*', 'политик* ~3 обработк*', 'privacy policy', 'privacy notice', 'policy ~4 personal data', 'положени* ~3 персональн*'])],
];

/** How many distinct signals make a text a policy (the title alone is enough). */
const MIN_SIGNALS = 3;

const rule: Rule = {
  meta: {
    id: 'not-a-policy',
    description: {
      en: 'The file is a privacy policy at all',
      ru: 'Файл вообще является политикой обработки персональных данных',
    },
    law: '152-FZ art. 18.1 part 2',
    exclusive: true,
    messages: {
      'not-policy': {
        severity: 'warn',
        text: {
          en: 'This file does not look like a privacy policy (it never speaks of personal data, their processing or their subjects), so it was not checked against 152-FZ. Lint the published policy instead, or exclude this file (config "ignores").',
          ru: 'Этот файл не похож на политику обработки персональных данных (в нём не говорится о персональных данных, их обработке и субъектах), поэтому он не проверялся на соответствие 152-ФЗ. Проверьте опубликованную политику или исключите файл (ключ "ignores" конфигурации).',
        },
      },
    },
  },
  check({ doc, report }) {
    let found = 0;
    for (const [name, re] of SIGNALS) {
      if (!has(re, doc.lower)) continue;
      if (name === 'title') return;
      if (++found >= MIN_SIGNALS) return;
    }
    report({ messageId: 'not-policy' });
  },
};

export default rule;
