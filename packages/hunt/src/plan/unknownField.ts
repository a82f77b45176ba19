import type { Span } from '../ast.js';
import { didYouMean } from '../catalogue/didYouMean.js';
import { HuntError } from '../HuntError.js';
import { resolveField, stageNames } from './Stage.js';
import type { Resolved, Stage } from './Stage.js';

/** Resolves `name` in `stage` or throws `hunt.unknown-field` with a did-you-mean. */
export function requireField(stage: Stage, name: string, span: Span): Resolved {
  const r = resolveField(stage, name);
  if (r) return r;
  const guess = didYouMean(name, stageNames(stage));
  const where = stage.raw ? '' : ' at this point of the pipeline';
  throw new HuntError(
    'hunt.unknown-field',
    `unknown field ${name}${guess ? ` — did you mean ${guess}?` : where}`,
    span,
    guess
      ? `write ${guess}`
      : stage.raw
        ? 'fields are ECS names such as process.name'
        : `available: ${stage.columns.map((c) => c.name).join(', ')}`,
  );
}
