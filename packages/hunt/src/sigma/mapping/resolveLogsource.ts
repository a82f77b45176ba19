import type { Expr } from '../../ast.js';
import { sigmaError } from '../SigmaError.js';
import type { SigmaError } from '../SigmaError.js';
import type { SigmaLogsource } from '../SigmaRule.js';
import { logsourceTable } from './logsourceTable.js';
import type { EcsSelector, LogsourceEntry } from './logsourceTable.js';

const none = { start: 0, end: 0 };

/** A logsource resolved against the table: its ECS filter and field table. */
export interface ResolvedLogsource {
  readonly entry: LogsourceEntry;
  readonly filter: Expr;
}

/** Finds the table row of exactly this (product, category, service). */
export function resolveLogsource(logsource: SigmaLogsource): ResolvedLogsource | SigmaError {
  const entry = logsourceTable.find(
    (e) =>
      e.product === logsource.product &&
      e.category === logsource.category &&
      e.service === logsource.service,
  );
  if (!entry) {
    const described = (['product', 'category', 'service'] as const)
      .filter((k) => logsource[k] !== undefined)
      .map((k) => `${k}: ${logsource[k]}`)
      .join(', ');
    return sigmaError(
      'sigma.unsupported-logsource',
      `unsupported logsource (${described || 'empty'})`,
      logsource.position,
      'use a logsource listed in docs/sigma.md, or add a row to packages/hunt/src/sigma/mapping/logsourceTable.ts',
    );
  }
  return { entry, filter: selectorsToExpr(entry.select) };
}

/** OR over selectors, each an AND of equalities (a list value is an OR). */
export function selectorsToExpr(selectors: readonly EcsSelector[]): Expr {
  const alternatives = selectors.map((sel): Expr => {
    const items = Object.entries(sel).map(([field, value]): Expr => {
      const values = typeof value === 'string' ? [value] : value;
      const matches = values.map((v): Expr => ({
        kind: 'match',
        field,
        op: 'eq',
        value: v,
        caseSensitive: false,
        span: none,
      }));
      return matches.length === 1 && matches[0]
        ? matches[0]
        : { kind: 'or', items: matches, span: none };
    });
    return items.length === 1 && items[0] ? items[0] : { kind: 'and', items, span: none };
  });
  return alternatives.length === 1 && alternatives[0]
    ? alternatives[0]
    : { kind: 'or', items: alternatives, span: none };
}
