export type * from './ast.js';
export type * from './CompileContext.js';
export * from './sigma/index.js';
