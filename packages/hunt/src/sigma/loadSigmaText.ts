import { readRule } from './readRule.js';
import { sigmaError } from './SigmaError.js';
import type { SigmaError } from './SigmaError.js';
import type { SigmaDocument } from './SigmaRule.js';
import { entryOf, mergeTrees, parseYamlDocuments } from './yamlTree.js';
import type { YamlTree } from './yamlTree.js';

/** What one Sigma text (one file) holds: its rules and the problems found reading it. */
export interface SigmaLoadResult {
  readonly documents: readonly SigmaDocument[];
  readonly errors: readonly SigmaError[];
}

/**
 * Reads a Sigma YAML text: one rule, several documents (`---`), correlation rules with the
 * rules they refer to, and Sigma 1 rule collections (`action: global`, `reset`, `repeat`).
 * Problems are returned with their position; a bad document does not stop the others.
 */
export function loadSigmaText(text: string, file?: string): SigmaLoadResult {
  const parsed = parseYamlDocuments(text, file);
  const errors: SigmaError[] = [...parsed.errors];
  const documents: SigmaDocument[] = [];
  let global: YamlTree | undefined;
  let previous: YamlTree | undefined;
  for (const doc of parsed.documents) {
    const actionEntry = entryOf(doc, 'action');
    const action = actionEntry?.value.kind === 'scalar' ? actionEntry.value.value : undefined;
    const body = withoutAction(doc);
    if (action === 'global') {
      global = global ? mergeTrees(global, body) : body;
      continue;
    }
    if (action === 'reset') {
      global = undefined;
      continue;
    }
    let merged: YamlTree;
    if (action === 'repeat') {
      if (!previous) {
        errors.push(
          sigmaError(
            'sigma.collection-repeat',
            '`action: repeat` has no previous rule to repeat',
            doc.position,
            'put the rule to repeat before this document',
          ),
        );
        continue;
      }
      merged = mergeTrees(previous, body);
    } else if (action !== undefined) {
      errors.push(
        sigmaError(
          'sigma.collection-action',
          `unknown collection action "${String(action)}"`,
          actionEntry?.value.position ?? doc.position,
          'use action: global, reset or repeat',
        ),
      );
      continue;
    } else {
      merged = global ? mergeTrees(global, body) : body;
    }
    previous = merged;
    const rule = readRule(merged, text);
    if ('fix' in rule) errors.push(rule);
    else documents.push(rule);
  }
  return { documents, errors };
}

function withoutAction(tree: YamlTree): YamlTree {
  if (tree.kind !== 'map') return tree;
  return { ...tree, entries: tree.entries.filter((e) => e.key !== 'action') };
}
