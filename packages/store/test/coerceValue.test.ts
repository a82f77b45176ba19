import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '@kunren/hunt';
import { coerceValue, LossyCell } from '../src/schema/coerceValue.js';
import { columnFor } from '../src/schema/columnFor.js';

const col = (type: ColumnInfo['type'], array = false): ColumnInfo => ({ type, array });

describe('coerceValue', () => {
  it.each([
    ['443', col('long'), 443],
    [4688, col('string'), '4688'],
    ['2.5', col('double'), 2.5],
    ['TRUE', col('boolean'), true],
    [['x'], col('string'), 'x'],
    ['x', col('string', true), ['x']],
    [[1, 2], col('string', true), ['1', '2']],
    ['2026-03-02T09:00:00+07:00', col('timestamp'), Date.UTC(2026, 2, 2, 2)],
  ])('converts %j losslessly for %j', (value, column, expected) => {
    expect(coerceValue(value as never, column)).toEqual(expected);
  });

  it.each([
    ['abc', col('long')],
    [1.5, col('long')],
    ['yes', col('boolean')],
    ['not a time', col('timestamp')],
    [[1, 2], col('long')],
  ])('stores %j as NULL in a %j column and reports it', (value, column) => {
    expect(coerceValue(value as never, column)).toEqual(new LossyCell(null));
  });

  it('keeps several values of a single-valued text field as JSON text and reports it', () => {
    expect(coerceValue(['a', 'b'], col('string'))).toEqual(new LossyCell('["a","b"]'));
  });
});

describe('columnFor', () => {
  it('types ECS fields by ECS', () => {
    expect(columnFor('source.port', '443')).toEqual({ type: 'long', array: false });
    expect(columnFor('event.code', 4688)).toEqual({ type: 'string', array: false });
    expect(columnFor('event.created', 'x')).toEqual({ type: 'timestamp', array: false });
    expect(columnFor('event.category', 'process')).toEqual({ type: 'string', array: true });
  });

  it('makes leaves below ECS arrays of objects lists', () => {
    expect(columnFor('dns.answers.ttl', [60])).toEqual({ type: 'string', array: true });
  });

  it('types other fields by their first value', () => {
    expect(columnFor('zeek.connection.missed_bytes', 0)).toEqual({ type: 'long', array: false });
    expect(columnFor('zeek.dns.rtt', 0.25)).toEqual({ type: 'double', array: false });
    expect(columnFor('winlog.event_data.Flag', true)).toEqual({ type: 'boolean', array: false });
    expect(columnFor('winlog.event_data.X', 'y')).toEqual({ type: 'string', array: false });
    expect(columnFor('custom.list', ['a'])).toEqual({ type: 'string', array: true });
  });
});
