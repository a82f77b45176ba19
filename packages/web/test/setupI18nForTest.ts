import { setupI18n } from '../src/i18n/setupI18n.js';

/** The real i18n setup, in English, for component tests. */
export const ready = setupI18n('en');
