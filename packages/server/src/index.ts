export { createServer, defaultLimits, type Server, type ServerOptions } from './createServer.js';
export type { StateStore } from './state/StateStore.js';
export { openStateStore, stateLocation, type StateLocation } from './state/openStateStore.js';
export { SimulatedClock, systemClock, type Clock } from './runtime/Clock.js';
export { hashPassword, generatePassword } from './auth/passwords.js';
export { seedDemo, ensureAdmin } from './seed/seedDemo.js';
