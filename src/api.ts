/** Library entry (dist/api.js): the core plus the rule set, for scripts, the Action and the playground. */
import './core/parse/all.js';

export * from './core/index.js';
export { rules } from '../rules/index.js';
