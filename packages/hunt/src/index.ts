export type * from './ast.js';
export type * from './CompileContext.js';
