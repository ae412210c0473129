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
/** An identifier of zeros or of the digits in order: «ИНН 0000000000», "OGRN 1234567890123". */
export const ZERO_ID = fastRegExp(String.raw`(?<![\p{L}])(?:ИНН|ОГРН(?:ИП)?|КПП|INN|TIN|OGRN(?:IP)?|PSRN(?:IE)?)[\s:№#-]{0,5}(0{9,15}|123456789(?:0(?:1(?:2(?:3(?:4(?:5)?)?)?)?)?)?)(?![\p{N}])`, 'giu');
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
    // "Insert company name" — not "Enter your e-mail in the form below", which the reader is asked to do.
    '(?<![\\p{L}])(?:insert|enter)\\s+(?:your\\s+|the\\s+)?(?:company|organi[sz]ation|operator|legal\\s+entity|name|address|date|e-?mail|website|url|phone|inn|ogrn)(?:\\s+(?:name|address|here))?(?![\\p{L}])(?!\\s+(?:in|into|on|below|above|to|and|when|if|so|at|for|field|box)(?![\\p{L}]))',
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

/**
 * Notes to the drafter left in running text: «перечислите здесь…», «здесь можно указать…»,
 * «перечислите нормативные акты, связанные с вашей деятельностью», "list the regulations that…",
 * "here you can specify…", "insert … here". Matched case-insensitively; the leftover runs from
 * the note to the end of its clause. «Укажите» addressed to the reader («в запросе укажите ФИО»)
 * is none of these: only a drafter's object (здесь, ваша деятельность / организация / сайт) makes one.
 */
export const DRAFTER_NOTE = fastRegExp(
  [
    String.raw`(?<![\p{L}])(?:перечислите|впишите|вставьте|замените|допишите|укажите|опишите|добавьте)\s+(?:здесь|тут|в\s+этом\s+(?:месте|пункте|разделе))(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:здесь|тут|в\s+этом\s+(?:месте|пункте|разделе))\s+(?:вы\s+)?(?:можно|нужно|необходимо|следует|надо|можете|должны)\s+(?:указать|перечислить|вписать|вставить|добавить|привести|описать)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:перечислите|впишите|вставьте)(?:\s+[\p{L}-]+[,]?){0,8}?\s+ваш(?:ей|его|их|ему|им|а|е|и)?\s+(?:деятельност|организаци|компани|сайт|бизнес|магазин|юрлиц|юридическ|проект|сервис)\p{L}*`,
    String.raw`(?<![\p{L}])перечислите\s+(?:нормативн|законы|закон|правов|документ|цел|категори|перечень|все|основани|способ|сервис|третьи|треть)\p{L}*`,
    String.raw`(?<![\p{L}])list\s+(?:here\s+)?(?:the|all|your)\s+(?:regulations|laws|legal\s+acts|documents|purposes|categories|services|third\s+parties|processors|grounds)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:here|below)\s+you\s+(?:can|should|may|must|need\s+to)\s+(?:specify|list|insert|add|enter|indicate|describe|name)(?![\p{L}])`,
    String.raw`(?<![\p{L}])insert\s+(?:[\p{L}'-]+\s+){0,5}?here(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:list|insert)\s+(?:[\p{L}'-]+\s+){0,6}?(?:to|with|of)\s+your\s+(?:activit|business|company|organi[sz]ation|website|site|service|project)\p{L}*`,
  ].join('|'),
  'giu',
);

/** A colloquial instruction with its value slot: «впиши: ИНН», «заполни: адрес», «вставь сюда». Always the drafter's. */
export const INFORMAL_INSTRUCTION = fastRegExp(String.raw`(?<![\p{L}])(?:впиши|вставь|допиши|(?:укажи|заполни|замени|проверь|напиши)(?=\s*:))(?![\p{L}])`, 'giu');

/**
 * An instruction glued into a sentence after another verb: «…следует сообщать указать раздел
 * сайта». Not after a verb that asks somebody to do it («попросить указать», «предложить указать»).
 */
export const GLUED_INSTRUCTION = fastRegExp(
  String.raw`(?<![\p{L}])(?!(?:по)?просить|предложить|(?:по)?требовать|потребоваться|понадобиться|(?:за)?хотеть|пожелать|решить|согласиться|отказаться|обязать|обязаться|разрешить|забыть|мочь|быть|стать|позволить|помочь)([\p{L}]{2,}(?:ать|ять|ить|еть|уть|ыть|ться))\s+(?:указать|вписать|вставить|заполнить|перечислить)(?![\p{L}])`,
  'giu',
);

/**
 * Draft banners: ЧЕРНОВИК / DRAFT in capitals, "requires legal review", «требует ревью юриста»,
 * «шаблон, который нужно проверить», «проверить юристом», "placeholders marked…".
 */
export const DRAFT_BANNER_CASED = fastRegExp(String.raw`(?<![\p{L}\p{N}_-])(?:ЧЕРНОВИК|DRAFT|НЕ\s+ПУБЛИКОВАТЬ|DO\s+NOT\s+PUBLISH)(?![\p{L}\p{N}_-])`, 'gu');
export const DRAFT_BANNER = fastRegExp(
  [
    String.raw`(?<![\p{L}])(?:requires?|needs?|pending|subject\s+to)\s+(?:a\s+)?(?:legal|lawyer'?s?|counsel)\s+review(?:\s+(?:prior\s+to|before)\s+publication)?`,
    String.raw`(?<![\p{L}])(?:требует|требуется|нужна|нужно|необходима|необходимо)\s+(?:ревью|проверк\p{L}*|проверить|согласовани\p{L}*|вычитк\p{L}*)\s+(?:у\s+)?юрист\p{L}*(?:\s+до\s+публикации)?`,
    String.raw`(?<![\p{L}])(?:проверить|проверьте|проверено|согласовать)\s+(?:с\s+)?юристом`,
    String.raw`(?<![\p{L}])шаблон\p{L}*,?\s+(?:который|которые)\s+(?:нужно|необходимо|следует|надо)\s+(?:проверить|заполнить|доработать|адаптировать)`,
    String.raw`(?<![\p{L}])шаблонный\s+текст`,
    String.raw`(?<![\p{L}])(?:места\s+для\s+заполнения|поля\s+для\s+заполнения)\s+(?:помечены|выделены|отмечены)`,
    String.raw`(?<![\p{L}])placeholders?\s+(?:are\s+)?(?:marked|highlighted|shown)`,
  ].join('|'),
  'giu',
);

/**
 * Generator dummies: site.ru, example.com, hello@site.ru, «Фамилия Имя Отчество», «в Им. падеже»,
 * «ООО «Название»», and snake-case field names (COMPANY_NAME, SITE_URL, REPLACE_ANALYTICS_NOTE).
 */
export const DUMMY = fastRegExp(
  [
    String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:site|example|domain|yoursite|mysite|sitename)\.(?:ru|com|org|net)(?![A-Za-z\p{N}-])`,
    String.raw`(?<![\p{L}\p{N}@.-])(?:https?:\/\/)?(?:www\.)?(?:site|example|domain|sitename|yoursite|mysite|vashsait|вашсайт|адрес-сайта|адрессайта|сайт)\.(?:(?:ru|com|org|net)(?![A-Za-z\p{N}-])|рф(?![\p{L}\p{N}-]))\/?`,
    String.raw`(?<![\p{L}])Фамилия\s+Имя\s+Отчество(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:ООО|АО|ПАО|ЗАО|ИП|LLC)\s*[«"“](?:Название|Наименование|Название\s+компании|Наименование\s+организации|Компания|Company|Company\s+Name|Name)[»"”]`,
  ].join('|'),
  'gu',
);

/** A grammatical case note for the drafter: «(в Им. падеже)», «в именительном падеже», «в род. п.». */
export const CASE_NOTE = fastRegExp(
  String.raw`(?<![\p{L}])(?:\(\s*)?в\s*(?:им|род|дат|вин|тв|пр)(?:\.|енительном|ительном|ательном|орительном|едложном)\s*(?:падеже|п\.)(?:\s*\))?`,
  'giu',
);

/** COMPANY_NAME, SITE_URL, DPO_EMAIL: a field name in capitals with underscores, where a value belongs. */
export const FIELD_NAME = fastRegExp(String.raw`(?<![\p{L}\p{N}_])(?!BITRIX_)[A-Z]{2,}(?:_[A-Z]{2,})+(?![\p{L}\p{N}_])`, 'gu');
/** Parts of a FIELD_NAME that make it a slot for a value. */
export const FIELD_PART = /^(?:NAME|COMPANY|EMAIL|ADDRESS|URL|SITE|PHONE|INN|OGRN|DATE|DOMAIN|CITY|OPERATOR|ENTITY|TAX|DPO|REPLACE|PLACEHOLDER|INSERT|LEGAL|CONTACT|NOTE)$/;

/** A bare field name in capitals standing for a value: «на адрес EMAIL», "at PHONE". */
export const BARE_FIELD = /^(?:EMAIL|E-MAIL|PHONE|TELEPHONE|ADDRESS|URL|SITE|WEBSITE|DOMAIN|NAME|COMPANY|ТЕЛЕФОН|АДРЕС|САЙТ|ДОМЕН|НАИМЕНОВАНИЕ|НАЗВАНИЕ|ИМЯ|ФИО|ПОЧТА)$/u;
export const BARE_FIELD_INLINE = fastRegExp(
  String.raw`(?<=(?<![\p{L}])(?:[Аа]дрес\p{L}*|[Пп]очт\p{L}*|[Тт]елефон\p{L}*|[Сс]айт\p{L}*|[Aa]ddress|[Ee]-?mail|[Pp]hone|[Ww]ebsite|at|to|на|по)\s*:?\s+)(?:EMAIL|E-MAIL|PHONE|URL|SITE|WEBSITE|DOMAIN|ADDRESS)(?![\p{L}\p{N}@._-])(?!\s*:)`,
  'gu',
);

/**
 * A requisites label with no value: «ИНН:» at the end of a line or before another label, «ООО ИНН
 * (далее — Оператор)», a legal form with no name before «(далее — …)» or a label.
 */
export const REQUISITE_LABEL = String.raw`(?:ИНН|ОГРНИП|ОГРН|КПП|ОКПО|INN|TIN|OGRNIP|OGRN|PSRN|KPP)`;
export const EMPTY_LABEL = fastRegExp(String.raw`(?<![\p{L}\p{N}])${REQUISITE_LABEL}(?![\p{L}\p{N}])\s*[:№#]?`, 'gu');
export const FORM_WITHOUT_NAME = fastRegExp(String.raw`(?<![\p{L}\p{N}«"])(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|АНО)(?![\p{L}\p{N}»"])`, 'gu');
/** What follows a label or a legal form that has no value: another label, «(далее — …)», nothing. */
export const NO_VALUE_AFTER = fastRegExp(String.raw`^\s*(?:,\s*)?(?:${REQUISITE_LABEL}(?![\p{L}])|\(\s*(?:далее|в\s+дальнейшем|hereinafter)|[;.]?\s*$)`, 'u');

/**
 * Words of lorem-ipsum filler (the classic text and its generators' variants), for filler written
 * without the words "lorem ipsum". English words that are also Latin (in, a, est, non) are left out.
 */
export const FILLER_WORDS = new Set(
  (
    'lorem ipsum dolor amet consectetur consectetuer adipiscing adipisicing elit eiusmod tempor incididunt labore dolore magna aliqua ' +
    'enim minim veniam quis nostrud exercitation ullamco laboris nisi aliquip commodo consequat duis aute irure reprehenderit voluptate ' +
    'velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat proident sunt culpa officia deserunt mollit anim laborum ' +
    'odio habitant facilisi facilisis eleifend nunc tristique ornare eget quam fames morbi senectus netus malesuada turpis egestas ' +
    'pellentesque vestibulum vitae diam mauris purus viverra accumsan lacus volutpat sagittis orci scelerisque massa tincidunt varius ' +
    'sapien faucibus feugiat semper risus ultrices integer pretium nibh suspendisse potenti nullam justo donec lectus metus aliquam erat ' +
    'porttitor lacinia ultricies urna condimentum mattis neque aenean euismod elementum pharetra tellus cras fermentum libero blandit ' +
    'imperdiet rutrum dapibus lobortis convallis posuere molestie placerat dignissim hendrerit gravida cursus vulputate arcu felis ' +
    'bibendum tortor auctor augue sollicitudin interdum congue quisque luctus rhoncus iaculis ligula fringilla phasellus vivamus etiam ' +
    'curabitur praesent proin maecenas fusce sodales ante ipsum primis tellus mollis venenatis sollicitudin porta nascetur ridiculus ' +
    'penatibus magnis parturient montes dictum dictumst platea hac habitasse vehicula commodo efficitur ultricies tempus ultricies ' +
    'accumsan eros lacus leo nec sed vel ut sit amet'
  ).split(/\s+/),
);
