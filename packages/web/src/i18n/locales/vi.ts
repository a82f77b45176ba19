import type { Messages } from './en.js';

/** TEMP */
export const vi: Messages = {} as Messages;
