import { sigmaError } from './SigmaError.js';
import type { SigmaError } from './SigmaError.js';
import type {
  SigmaConditionText,
  SigmaDetectionItem,
  SigmaDetectionRule,
  SigmaSearch,
  SigmaValue,
} from './SigmaRule.js';
import type { YamlEntry, YamlTree } from './yamlTree.js';

/** The `detection` section of a rule, or the first structural problem in it. */
export function readDetection(tree: YamlTree): SigmaDetectionRule['detection'] | SigmaError {
  if (tree.kind !== 'map') {
    return sigmaError(
      'sigma.detection-shape',
      'detection must be a map of search identifiers and a condition',
      tree.position,
      'write `detection:` followed by indented `selection: …` and `condition: selection`',
    );
  }
  const searches = new Map<string, SigmaSearch>();
  let conditions: SigmaConditionText[] | undefined;
  for (const entry of tree.entries) {
    if (entry.key === 'condition') {
      const read = readConditions(entry);
      if ('id' in read) return read;
      conditions = read;
      continue;
    }
    if (entry.key === 'timeframe') continue; // Sigma 1.0 aggregation window; see condition check.
    const search = readSearch(entry);
    if ('id' in search) return search;
    searches.set(entry.key, search);
  }
  if (conditions === undefined) {
    return sigmaError(
      'sigma.missing-condition',
      'detection has no condition',
      tree.position,
      'add `condition: <search identifier>` under detection',
    );
  }
  return { searches, conditions, position: tree.position };
}

function readConditions(entry: YamlEntry): SigmaConditionText[] | SigmaError {
  const items = entry.value.kind === 'seq' ? entry.value.items : [entry.value];
  const out: SigmaConditionText[] = [];
  for (const item of items) {
    if (item.kind !== 'scalar' || typeof item.value !== 'string' || item.value.trim() === '') {
      return sigmaError(
        'sigma.condition-shape',
        'condition must be a string or a list of strings',
        item.position,
        'write e.g. `condition: selection and not filter`',
      );
    }
    out.push({ text: item.value, position: item.position, offset: item.start });
  }
  return out;
}

function readSearch(entry: YamlEntry): SigmaSearch | SigmaError {
  const tree = entry.value;
  const base = { name: entry.key, position: entry.keyPosition };
  switch (tree.kind) {
    case 'map': {
      const items = readMap(tree);
      return 'id' in items ? items : { ...base, alternatives: [items] };
    }
    case 'seq': {
      const alternatives: SigmaDetectionItem[][] = [];
      const keywords: SigmaValue[] = [];
      for (const item of tree.items) {
        if (item.kind === 'map') {
          const items = readMap(item);
          if ('id' in items) return items;
          alternatives.push(items);
        } else if (item.kind === 'scalar') {
          keywords.push(valueOf(item));
        } else {
          return nested(item);
        }
      }
      if (keywords.length > 0) {
        const first = tree.items.find((i) => i.kind === 'scalar') ?? tree;
        alternatives.unshift([
          {
            modifiers: [],
            values: keywords,
            position: first.position,
            span: { start: first.start, end: tree.end },
          },
        ]);
      }
      if (alternatives.length === 0) {
        return sigmaError(
          'sigma.empty-search',
          `search identifier "${entry.key}" is an empty list`,
          entry.keyPosition,
          'give it at least one value or map',
        );
      }
      return { ...base, alternatives };
    }
    case 'scalar':
      if (tree.value === null) {
        return sigmaError(
          'sigma.empty-search',
          `search identifier "${entry.key}" has no value`,
          entry.keyPosition,
          'give it a map of field: value, or a list of keywords',
        );
      }
      return {
        ...base,
        alternatives: [
          [
            {
              modifiers: [],
              values: [valueOf(tree)],
              position: tree.position,
              span: { start: tree.start, end: tree.end },
            },
          ],
        ],
      };
    default: {
      const never: never = tree;
      return never;
    }
  }
}

function readMap(tree: YamlTree & { kind: 'map' }): SigmaDetectionItem[] | SigmaError {
  const items: SigmaDetectionItem[] = [];
  for (const entry of tree.entries) {
    const [fieldPart, ...modifiers] = entry.key.split('|');
    const field = fieldPart ?? '';
    const value = entry.value;
    let values: SigmaValue[];
    if (value.kind === 'scalar') values = [valueOf(value)];
    else if (value.kind === 'seq') {
      values = [];
      for (const v of value.items) {
        if (v.kind !== 'scalar') return nested(v);
        values.push(valueOf(v));
      }
      if (values.length === 0) {
        return sigmaError(
          'sigma.empty-values',
          `"${entry.key}" has an empty list of values`,
          entry.keyPosition,
          'give at least one value, or remove the line',
        );
      }
    } else return nested(value);
    items.push({
      ...(field === '' ? {} : { field }),
      modifiers,
      values,
      position: entry.keyPosition,
      span: { start: entry.keyStart, end: value.end },
    });
  }
  return items;
}

function valueOf(tree: YamlTree & { kind: 'scalar' }): SigmaValue {
  return { value: tree.value, position: tree.position, span: { start: tree.start, end: tree.end } };
}

function nested(tree: YamlTree): SigmaError {
  return sigmaError(
    'sigma.nested-value',
    'a detection value must be a scalar or a list of scalars, not a nested map or list',
    tree.position,
    'split the nested structure into its own search identifier and combine them in the condition',
  );
}
