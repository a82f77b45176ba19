import { readCorrelation } from './readCorrelation.js';
import { readDetection } from './readDetection.js';
import { sigmaError } from './SigmaError.js';
import type { SigmaError } from './SigmaError.js';
import type { SigmaDocument, SigmaLogsource, SigmaRuleInfo } from './SigmaRule.js';
import { entryOf, plainOf } from './yamlTree.js';
import type { YamlTree } from './yamlTree.js';

/** Reads one (already collection-merged) YAML document as a Sigma rule or correlation. */
export function readRule(tree: YamlTree, source: string): SigmaDocument | SigmaError {
  if (tree.kind !== 'map') {
    return sigmaError(
      'sigma.rule-shape',
      'a Sigma rule must be a YAML map',
      tree.position,
      'start the document with `title: …`',
    );
  }
  const titleEntry = entryOf(tree, 'title');
  const title = text(titleEntry?.value);
  if (title === undefined || title.trim() === '') {
    return sigmaError(
      'sigma.missing-title',
      'the rule has no title',
      tree.position,
      'add `title: <what the rule detects>`',
    );
  }
  const info: SigmaRuleInfo = {
    ...optional('id', text(entryOf(tree, 'id')?.value)),
    ...optional('name', text(entryOf(tree, 'name')?.value)),
    title,
    ...optional('status', text(entryOf(tree, 'status')?.value)),
    ...optional('level', text(entryOf(tree, 'level')?.value)),
    ...optional('description', text(entryOf(tree, 'description')?.value)),
    ...optional('author', text(entryOf(tree, 'author')?.value)),
    ...optional('date', text(entryOf(tree, 'date')?.value)),
    ...optional('modified', text(entryOf(tree, 'modified')?.value)),
    ...optional('license', text(entryOf(tree, 'license')?.value)),
    tags: list(entryOf(tree, 'tags')?.value),
    references: list(entryOf(tree, 'references')?.value),
    falsepositives: list(entryOf(tree, 'falsepositives')?.value),
    fields: list(entryOf(tree, 'fields')?.value),
    source,
    position: tree.position,
  };
  const correlation = entryOf(tree, 'correlation');
  if (correlation) {
    const read = readCorrelation(correlation.value);
    return 'id' in read && 'fix' in read
      ? read
      : { ...info, kind: 'correlation', correlation: read };
  }
  const detection = entryOf(tree, 'detection');
  if (!detection) {
    if (entryOf(tree, 'filter')) {
      return sigmaError(
        'sigma.filter-unsupported',
        'Sigma meta filters (`filter:` documents) are not supported',
        tree.position,
        'fold the filter into the rules as a `filter_…` search identifier and `and not filter_…`',
      );
    }
    return sigmaError(
      'sigma.missing-detection',
      'the rule has neither `detection` nor `correlation`',
      tree.position,
      'add a `detection:` section with search identifiers and a condition',
    );
  }
  const logsourceEntry = entryOf(tree, 'logsource');
  if (!logsourceEntry || logsourceEntry.value.kind !== 'map') {
    return sigmaError(
      'sigma.missing-logsource',
      'the rule has no logsource map',
      logsourceEntry?.value.position ?? tree.position,
      'add `logsource:` with product, category and/or service',
    );
  }
  const ls = logsourceEntry.value;
  const logsource: SigmaLogsource = {
    ...optional('product', lower(text(entryOf(ls, 'product')?.value))),
    ...optional('category', lower(text(entryOf(ls, 'category')?.value))),
    ...optional('service', lower(text(entryOf(ls, 'service')?.value))),
    ...optional('definition', text(entryOf(ls, 'definition')?.value)),
    position: ls.position,
  };
  const read = readDetection(detection.value);
  if ('fix' in read) return read;
  return { ...info, kind: 'rule', logsource, detection: read };
}

function optional<K extends string>(key: K, value: string | undefined): { [k in K]?: string } {
  return value === undefined ? {} : ({ [key]: value } as { [k in K]?: string });
}

function text(tree: YamlTree | undefined): string | undefined {
  if (tree?.kind !== 'scalar' || tree.value === null) return undefined;
  return String(tree.value);
}

function lower(s: string | undefined): string | undefined {
  return s?.toLowerCase();
}

function list(tree: YamlTree | undefined): string[] {
  if (tree === undefined) return [];
  const v = plainOf(tree);
  if (Array.isArray(v)) return v.filter((x) => x !== null).map((x) => String(x));
  return v === null ? [] : [String(v)];
}
