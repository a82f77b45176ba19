import type { Messages } from './en.js';

/** TEMP */
export const km: Messages = {} as Messages;
