import { parseTimespan } from './parseTimespan.js';
import { sigmaError } from './SigmaError.js';
import type { SigmaError } from './SigmaError.js';
import type { SigmaCorrelationRule, SigmaCorrelationType, SigmaCountOp } from './SigmaRule.js';
import { entryOf } from './yamlTree.js';
import type { YamlTree } from './yamlTree.js';

const types: readonly SigmaCorrelationType[] = [
  'event_count',
  'value_count',
  'temporal',
  'temporal_ordered',
  'value_sum',
  'value_avg',
  'value_percentile',
];
const ops: readonly SigmaCountOp[] = ['gt', 'gte', 'lt', 'lte', 'eq', 'neq'];

/** The `correlation` section of a correlation rule, or the first problem in it. */
export function readCorrelation(tree: YamlTree): SigmaCorrelationRule['correlation'] | SigmaError {
  if (tree.kind !== 'map') return shape(tree, 'correlation must be a map');
  const typeEntry = entryOf(tree, 'type');
  const type = typeEntry?.value.kind === 'scalar' ? String(typeEntry.value.value) : undefined;
  if (!types.includes(type as SigmaCorrelationType)) {
    return sigmaError(
      'sigma.correlation-type',
      `correlation type ${type === undefined ? 'is missing' : `"${type}" is unknown`}`,
      typeEntry?.value.position ?? tree.position,
      `use one of: ${types.join(', ')}`,
    );
  }
  const rules = strings(entryOf(tree, 'rules')?.value);
  if (rules === undefined || rules.length === 0) {
    return sigmaError(
      'sigma.correlation-rules',
      'correlation lists no rules',
      tree.position,
      'add `rules:` with the ids or names of the rules it correlates',
    );
  }
  const groupBy = strings(entryOf(tree, 'group-by')?.value) ?? [];
  const spanEntry = entryOf(tree, 'timespan') ?? entryOf(tree, 'timeframe');
  const spanText = spanEntry?.value.kind === 'scalar' ? String(spanEntry.value.value) : '';
  const ms = parseTimespan(spanText);
  if (ms === undefined) {
    return sigmaError(
      'sigma.correlation-timespan',
      spanEntry
        ? `timespan "${spanText}" is not a number and a unit`
        : 'correlation has no timespan',
      spanEntry?.value.position ?? tree.position,
      'write e.g. `timespan: 10m` (units s, m, h, d)',
    );
  }
  const condition: { op: SigmaCountOp; value: number }[] = [];
  let field: string | undefined;
  const condEntry = entryOf(tree, 'condition');
  if (condEntry) {
    if (condEntry.value.kind !== 'map') return shape(condEntry.value, 'condition must be a map');
    for (const e of condEntry.value.entries) {
      if (e.key === 'field') {
        const f = strings(e.value);
        field = f?.join(',');
        continue;
      }
      const v = e.value.kind === 'scalar' ? Number(e.value.value) : NaN;
      if (!ops.includes(e.key as SigmaCountOp) || !Number.isFinite(v)) {
        return sigmaError(
          'sigma.correlation-condition',
          `condition "${e.key}" is not a comparison with a number`,
          e.keyPosition,
          `use ${ops.join(', ')} with a number, e.g. \`gte: 10\``,
        );
      }
      condition.push({ op: e.key as SigmaCountOp, value: v });
    }
  }
  if (condition.length === 0 && type !== 'temporal' && type !== 'temporal_ordered') {
    return sigmaError(
      'sigma.correlation-condition',
      `a ${type} correlation needs a condition`,
      condEntry?.keyPosition ?? tree.position,
      'add e.g. `condition: { gte: 10 }`',
    );
  }
  const aliases = new Map<string, Map<string, string>>();
  const aliasTree = entryOf(tree, 'aliases')?.value;
  if (aliasTree?.kind === 'map') {
    for (const a of aliasTree.entries) {
      const m = new Map<string, string>();
      if (a.value.kind === 'map') {
        for (const r of a.value.entries) {
          if (r.value.kind === 'scalar') m.set(r.key, String(r.value.value));
        }
      }
      aliases.set(a.key, m);
    }
  }
  const generateEntry = entryOf(tree, 'generate');
  const generate = generateEntry?.value.kind === 'scalar' && generateEntry.value.value === true;
  return {
    type: type as SigmaCorrelationType,
    rules,
    groupBy,
    timespan: { text: spanText, ms },
    condition,
    ...(field === undefined ? {} : { field }),
    aliases,
    generate,
    position: tree.position,
  };
}

function strings(tree: YamlTree | undefined): string[] | undefined {
  if (tree === undefined) return undefined;
  if (tree.kind === 'scalar') return tree.value === null ? [] : [String(tree.value)];
  if (tree.kind === 'seq') {
    return tree.items.flatMap((i) =>
      i.kind === 'scalar' && i.value !== null ? [String(i.value)] : [],
    );
  }
  return undefined;
}

function shape(tree: YamlTree, message: string): SigmaError {
  return sigmaError(
    'sigma.correlation-shape',
    message,
    tree.position,
    'see the Sigma correlation specification for the layout of `correlation:`',
  );
}
