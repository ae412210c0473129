// Registers every parser synchronously: for the library entry, the playground and the tests.
import { registerParser } from './index.js';
import { parseMarkdown } from './markdown.js';
import { parseHtml } from './html.js';

registerParser('markdown', parseMarkdown);
registerParser('html', parseHtml);
