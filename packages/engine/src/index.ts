export {};
export * from './scoring/index.js';
