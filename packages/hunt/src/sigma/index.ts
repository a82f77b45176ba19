/**
 * Sigma support: load SigmaHQ-format rules (with positions), map logsources and fields to
 * ECS as Elastic's Sigma backend does, and compile rules and correlations into hunt queries.
 */
export type * from './SigmaRule.js';
export type { SigmaError, SourcePosition } from './SigmaError.js';
export { formatSigmaError, sigmaError } from './SigmaError.js';
export { loadSigmaText } from './loadSigmaText.js';
export type { SigmaLoadResult } from './loadSigmaText.js';
export { parseCondition } from './parseCondition.js';
export type { ConditionNode } from './parseCondition.js';
export { compileRule } from './compileRule.js';
export type { SigmaCompileOptions, SigmaCompileResult } from './compileRule.js';
export { ruleMeta } from './ruleMeta.js';
export type { SigmaRuleMeta } from './ruleMeta.js';
export { supportedModifiers } from './applyModifiers.js';
export { base64Offsets, utf16le, utf16be } from './encodings.js';
export { windashVariants, windashChars } from './windash.js';
export { parseSigmaString } from './sigmaString.js';
export { parseTimespan } from './parseTimespan.js';
export { logsourceTable } from './mapping/logsourceTable.js';
export type { LogsourceEntry, EcsSelector, FieldTableName } from './mapping/logsourceTable.js';
export { mapField } from './mapping/mapField.js';
export { resolveLogsource } from './mapping/resolveLogsource.js';
export { compileCorrelation, windowColumn } from './compileCorrelation.js';
export { compileDocuments, hiddenByCorrelations } from './compileDocuments.js';
export { loadSigmaFiles } from './loadSigmaFiles.js';
export type { SigmaFilesResult } from './loadSigmaFiles.js';
export { restrictToFields, restrictExpr } from './restrictToFields.js';
export { combineFilters, matchColumn } from './combineFilters.js';
