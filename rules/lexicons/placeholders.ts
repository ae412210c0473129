import { fastRegExp } from '../../src/core/match.js';
/**
 * Template and draft leftovers (docs/law.md (Operator identity): `[redux_option key="legal_entity"]` in a published
 * policy). Regular expressions on doc.text (case matters: "<COMPANY>", «ХХ.ХХ.20ХХ»), used by
 * rules/placeholder-text.ts. Each one is a candidate; the rule checks what is inside brackets.
 */

/** A bracketed slot: […], <…>, (…). Contents are judged by FILL_* below. */
export const SQUARE = /\[([^[\]\n]{1,80})\]/gu;
export const ANGLE = /<([^<>\n]{1,60})>/gu;
export const ROUND = /\(([^()\n]{1,80})\)/gu;
/** Template variables: {{company}}, {company_name}, ${COMPANY}, %COMPANY_NAME%. */
export const VARIABLE = fastRegExp(String.raw`\{\{[^{}\n]{1,60}\}\}|\$\{[^{}\n]{1,60}\}|\{[\p{L}_][\p{L}\p{N}_ .-]{0,40}\}|%[A-ZА-Я][A-ZА-Я0-9_]{2,40}%`, 'gu');
/** Blanks to fill in: «___», "__________", and a year "20__". */
export const UNDERSCORES = fastRegExp(String.raw`(?<![\p{L}\p{N}_])_{3,}(?![\p{L}\p{N}_])|_{5,}|(?<![\p{L}\p{N}])(?:19|20)_{2,}`, 'gu');
/** Dates to fill in: "XX.XX.20XX", «ХХ.ХХ.20ХХ» (Cyrillic Х), "__.__.20__", "00.00.0000". */
export const DATE = fastRegExp(String.raw`(?<![\p{L}\p{N}])(?:[XХ]{2}|_{2}|00)[./](?:[XХ]{2}|_{2}|00)[./](?:(?:19|20)?(?:[XХ]{2}|_{2})|0000)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:19|20)[XХxх]{2}(?![\p{L}\p{N}])`, 'gu');
/** Runs of X standing for digits or letters: "ИНН ХХХХХХХХХХ", "+7 (XXX) XXX-XX-XX", «ул. ХХХ». */
export const XS = fastRegExp(String.raw`(?<![\p{L}\p{N}])\(?[XХ]{3,}\)?(?:[-.\s]{1,3}[XХ]{2,})*(?![\p{L}\p{N}])`, 'gu');
/** An identifier of zeros: «ИНН 0000000000», "OGRN 0000000000000". */
export const ZERO_ID = fastRegExp(String.raw`(?<![\p{L}])(?:ИНН|ОГРН(?:ИП)?|КПП|INN|TIN|OGRN(?:IP)?|PSRN(?:IE)?)[\s:№#-]{0,5}(0{9,15})(?![\p{N}])`, 'giu');
/** Dot leaders left for a value: "ИНН: ..........". Not a table of contents (digits after). */
export const DOTS = fastRegExp(String.raw`(?<![.\p{L}\p{N}])(?:\.{6,}|…{3,})(?![.…]|\s*\d)`, 'gu');

/** Draft markers in capitals (case matters: Spanish "todo" is a word). */
export const CASED_MARKERS = fastRegExp(String.raw`(?<![\p{L}\p{N}])(?:TODO|FIXME|TBD|TBA)(?![\p{L}\p{N}])`, 'gu');

/** Draft phrases and filler, anywhere (any case). */
export const MARKERS = fastRegExp(
  [
    '(?<![\\p{L}])lorem\\s+ipsum(?:\\s+dolor(?:\\s+sit\\s+amet)?)?',
    // "to be finalized in the final document version", "to be confirmed later"
    '(?<![\\p{L}])to\\s+be\\s+(?:finali[sz]ed|confirmed|completed|filled\\s+in|inserted|added|supplied)(?:\\s+(?:later|in\\s+the\\s+final(?:\\s+document)?\\s+version|before\\s+publication))?(?![\\p{L}])',
    '(?<![\\p{L}])to\\s+be\\s+(?:determined|specified|provided|defined|updated|agreed)\\s+(?:later|in\\s+the\\s+final(?:\\s+document)?\\s+version|before\\s+publication)(?![\\p{L}])',
    '(?<![\\p{L}])(?:insert|enter)\\s+(?:your\\s+|the\\s+)?(?:company|organi[sz]ation|operator|legal\\s+entity|name|address|date|e-?mail|website|url|phone|inn|ogrn)(?:\\s+(?:name|address|here))?(?![\\p{L}])',
    '(?<![\\p{L}])(?:your\\s+company\\s+name|company\\s+name\\s+here|name\\s+of\\s+your\\s+company)(?![\\p{L}])',
    // «будет указан позднее», «уточняется», «в окончательной редакции»
    '(?<![\\p{L}])будет\\s+(?:указан|определ[её]н|уточн[её]н|дополнен|заполнен|добавлен)[аоы]?\\s+(?:позднее|позже|дополнительно|в\\s+окончательной\\s+(?:редакции|версии))(?![\\p{L}])',
    '(?<![\\p{L}])(?:в\\s+окончательной\\s+(?:редакции|версии)\\s+документа|подлежит\\s+уточнению\\s+до\\s+публикации)(?![\\p{L}])',
    '(?<![\\p{L}])(?:название\\s+вашей\\s+компании|наименование\\s+вашей\\s+организации|адрес\\s+вашего\\s+сайта|ваш-?сайт\\.(?:ru|рф|com))(?![\\p{L}])',
    '(?<![\\p{L}\\p{N}.-])(?:www\\.)?(?:yoursite|your-site|yourdomain|your-domain|mysite|my-site|sitename|site-name|vash-?sait|vashsite|имясайта|имя-сайта)\\.(?:com|ru|рф|org|net|su)(?![\\p{L}\\p{N}])',
  ].join('|'),
  'giu',
);

/** Instructions to the drafter: «указать», «заполнить», "insert". */
export const INSTRUCTION = fastRegExp(String.raw`(?<![\p{L}])(?:указать|укажите|заполнить|заполните|вставить|вставьте|вписать|впишите|ввести|введите|указывается|заполняется|insert|enter|fill\s+in|specify|tbd|todo)(?![\p{L}])`, 'giu');

/**
 * The head words of a slot's name: «[название организации]», "[COMPANY NAME]", "<адрес сайта>".
 * Matched against the first word (lower case) of a bracketed text.
 */
export const FILL_HEAD = fastRegExp(String.raw`^(?:юридическ\p{L}*|индивидуальн\p{L}*|название|наименование|наим|имя|фио|ф\.?\s?и\.?\s?о\.?|адрес|дата|e-?mail|почта|электронная|телефон|номер|инн|огрн|огрнип|кпп|сайт|домен|url|город|организация|организации|компания|компании|оператор|оператора|должность|реквизиты|ссылка|полное|сокращенное|сокращённое|ваш|ваше|ваша|ваши|указать|укажите|вставить|вставьте|заполнить|введите|name|company|company's|organi[sz]ation|address|date|email|e-mail|phone|telephone|website|site|domain|url|city|your|insert|enter|operator|legal|full|contact|link|tin|inn|ogrn|ogrnip|psrn|tbd|todo|placeholder|redux_option|option|dd|дд)(?![\p{L}])`, 'u');

/** HTML tag names: <br>, <p>, </div> in a plain-text copy are markup, not slots. */
export const HTML_TAG = /^\/?(?:a|b|i|u|s|p|br|hr|em|strong|span|div|table|tr|td|th|thead|tbody|ul|ol|li|h[1-6]|img|sup|sub|small|code|pre|section|article|header|footer|nav|main|blockquote|script|style|meta|link|html|head|body|title|form|input|label|button|iframe|noscript|font|center|dl|dt|dd|caption|figure|figcaption|time|abbr|cite|q|mark|wbr|svg|path)(?:\s[^>]*)?\/?$/iu;

/** Any slot word inside an all-capitals bracket: "[ЮРИДИЧЕСКИЙ АДРЕС]", "<LEGAL ENTITY NAME>". */
export const FILL_ANY = fastRegExp(String.raw`(?<![\p{L}])(?:название|наименование|фио|адрес|дата|телефон|номер|инн|огрн|сайт|организаци\p{L}*|компани\p{L}*|оператор\p{L}*|name|company|address|date|email|phone|website|site|url|operator|entity|city)(?![\p{L}])`, 'u');

/** Words that make "Label: указать" an instruction to the reader, not a slot: «необходимо указать». */
export const LABEL_VERB = fastRegExp(String.raw`(?<![\p{L}])(?:необходимо|нужно|следует|должен|должна|должно|должны|обязан\p{L}*|требуется|может|могут|вправе|просим|рекомендуется|please|must|should|need|needs|required|may|can|shall|will)(?![\p{L}])`, 'iu');

/** Web and e-mail addresses: what is inside them is not a slot. */
export const ADDRESS = fastRegExp(String.raw`(?:https?:\/\/|www\.)[^\s<>"«»]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, 'gu');

/** A signature line, not a blank to fill in the text: "______ И.И. Иванов", «Подпись: ______». */
export const SIGNATURE_AFTER = fastRegExp(String.raw`^\s*\/?\s*(?:\p{Lu}\.\s?\p{Lu}\.|\p{Lu}\p{Ll}+\s+\p{Lu}\.\s?(?:\p{Lu}\.)?)`, 'u');
export const SIGNATURE_BEFORE = /(?:подпись|signature|signed|утверждаю|approved|м\.\s?п\.)\s*:?\s*\(?\s*$/iu;
/** A line of underscores or dashes only: a separator, not a blank. */
export const SEPARATOR_LINE = /^[\s_\-=*~.]+$/u;
