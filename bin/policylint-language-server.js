#!/usr/bin/env node
import { startLanguageServer } from '../dist/language-server.js';

startLanguageServer();
