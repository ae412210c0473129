/** The project's home and where each rule's docs page lives (`${DOCS_BASE}/${ruleId}.md`). */
export const PROJECT_URL = 'https://github.com/policylint/policylint';
export const DOCS_BASE = `${PROJECT_URL}/blob/main/docs/rules`;
