import type { Messages } from './en.js';

/** TEMP */
export const my: Messages = {} as Messages;
