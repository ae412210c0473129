/** Library entry (dist/api.js): the core plus the rule set, for scripts, the Action and the playground. */
export * from './core/index.js';
export { rules } from '../rules/index.js';
