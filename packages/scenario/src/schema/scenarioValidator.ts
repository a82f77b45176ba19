import Ajv from 'ajv';
import { Scenario } from '@kunren/domain';

/** One error as ajv 6 reports it (with `jsonPointers: true`). */
export interface AjvError {
  readonly keyword: string;
  readonly dataPath: string;
  readonly schemaPath: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

/** The scenario schema as plain JSON (TypeBox's symbols dropped), the one ajv compiles. */
export const scenarioJsonSchema: Record<string, unknown> = JSON.parse(JSON.stringify(Scenario));

let compiled: (((data: unknown) => boolean) & { errors?: AjvError[] | null }) | undefined;

/**
 * Validates a document against the TypeBox `Scenario` schema (compiled once, on first use)
 * and returns every ajv error, or an empty list when it conforms.
 */
export function validateScenarioSchema(data: unknown): readonly AjvError[] {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, jsonPointers: true, format: 'full' });
    compiled = ajv.compile(scenarioJsonSchema) as unknown as typeof compiled;
  }
  const validate = compiled as NonNullable<typeof compiled>;
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
