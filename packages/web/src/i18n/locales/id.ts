import type { Messages } from './en.js';

/** TEMP */
export const id: Messages = {} as Messages;
