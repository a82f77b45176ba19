import type { Messages } from './en.js';

/** TEMP */
export const lo: Messages = {} as Messages;
