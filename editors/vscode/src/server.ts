// The language server as the extension ships it: the same server as bin/policylint-language-server.js.
import { startLanguageServer } from '../../../src/node/language-server.js';

startLanguageServer();
