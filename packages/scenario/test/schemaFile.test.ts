import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scenarioSchemaText } from '@kunren/scenario';

const committed = new URL('../../../content/scenario.schema.json', import.meta.url);
const fixture = parse(readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8'));

describe('content/scenario.schema.json', () => {
  it('equals a fresh generation from the TypeBox definition (run npm run schema)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(scenarioSchemaText());
  });

  it('accepts the fixture and rejects it with a misspelt property, as the loader does', () => {
    const validate = new Ajv({ allErrors: true }).compile(
      JSON.parse(readFileSync(committed, 'utf8')),
    );
    expect(validate(fixture)).toBe(true);
    const broken = { ...fixture, titel: fixture.title };
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.[0]?.params).toEqual({ additionalProperty: 'titel' });
  });

  it('names the format parts editors show, such as Step and Distribution', () => {
    const schema = JSON.parse(scenarioSchemaText()) as { definitions: Record<string, unknown> };
    expect(Object.keys(schema.definitions)).toEqual(
      expect.arrayContaining(['Step', 'Distribution', 'Selector', 'Task']),
    );
  });
});
