// Every parser is available to the tests without awaiting loadParser().
import '../src/core/parse/all.js';
