import { describe, expect, it } from 'vitest';
import { validateEcs } from './ecsCheck.js';

const base = {
  '@timestamp': '2026-03-09T01:02:03.456Z',
  event: { id: 'e1', kind: 'event', dataset: 'windows.security', category: ['process'] },
};

function problemsOf(extra: Record<string, unknown>): string[] {
  return validateEcs({ ...base, ...extra }).map((p) => `${p.field}: ${p.message}`);
}

describe('validateEcs', () => {
  it('accepts a minimal valid record', () => {
    expect(validateEcs(base)).toEqual([]);
  });

  it('reports a field ECS does not define, naming the extension namespaces', () => {
    expect(problemsOf({ process: { pid: 1, guid: 'x' } })).toEqual([
      expect.stringMatching(/^process\.guid: not an ECS field; .*winlog/),
    ]);
  });

  it('accepts anything under an integration namespace but requires it to be an object', () => {
    expect(problemsOf({ winlog: { event_data: { Anything: 'goes' } } })).toEqual([]);
    expect(problemsOf({ zeek: 'flat' })).toEqual(['zeek: the zeek namespace must be an object']);
  });

  it('requires integers for long fields', () => {
    expect(problemsOf({ process: { pid: 12.5 } })).toEqual([
      'process.pid: long expects an integer, got number 12.5',
    ]);
    expect(problemsOf({ process: { pid: '12' } })).toEqual([
      'process.pid: long expects an integer, got "12"',
    ]);
  });

  it('requires valid IP addresses for ip fields', () => {
    expect(problemsOf({ source: { ip: '10.0.0.256' } })).toEqual([
      'source.ip: ip expects an IP address, got "10.0.0.256"',
    ]);
    expect(
      problemsOf({ source: { ip: 'fe80::1' }, destination: { ip: '::ffff:10.0.0.1' } }),
    ).toEqual([]);
  });

  it('requires ISO 8601 dates', () => {
    expect(problemsOf({ '@timestamp': '2026-03-09 01:02:03' })).toEqual([
      '@timestamp: date expects ISO 8601 (2026-03-09T01:02:03.456Z), got "2026-03-09 01:02:03"',
    ]);
  });

  it('requires arrays exactly where ECS says array', () => {
    expect(problemsOf({ related: { ip: '10.0.0.1' } })).toEqual([
      'related.ip: ECS defines related.ip as an array; wrap the value in [ ]',
    ]);
    expect(problemsOf({ process: { name: ['a.exe'] } })).toEqual([
      'process.name: ECS does not define process.name as an array; give one value',
    ]);
  });

  it('checks every element of an array', () => {
    expect(problemsOf({ related: { ip: ['10.0.0.1', 'nope'] } })).toEqual([
      'related.ip: ip expects an IP address, got "nope"',
    ]);
  });

  it('enforces ECS allowed values', () => {
    expect(problemsOf({ event: { ...base.event, category: ['proccess'], outcome: 'ok' } })).toEqual(
      [
        expect.stringMatching(
          /^event\.category: "proccess" is not an allowed value; use one of api, /,
        ),
        expect.stringMatching(/^event\.outcome: "ok" is not an allowed value/),
      ],
    );
  });

  it('walks arrays of objects where ECS has them and refuses them elsewhere', () => {
    expect(
      problemsOf({ dns: { answers: [{ data: 'a.example', ttl: 60 }, { ttl: 'x' }] } }),
    ).toEqual(['dns.answers.ttl: long expects an integer, got "x"']);
    expect(problemsOf({ process: { parent: [{ pid: 1 }] } })).toEqual([
      'process.parent: process.parent is not an ECS array of objects',
    ]);
  });

  it('refuses objects in scalar fields and undefined values', () => {
    expect(problemsOf({ user: { name: { first: 'a' } } })).toEqual([
      'user.name: keyword expects a scalar, got an object',
    ]);
    expect(problemsOf({ user: { name: undefined } })).toEqual([
      'user.name: undefined value; omit the field instead',
    ]);
  });

  it('requires the record basics', () => {
    expect(
      validateEcs({ '@timestamp': '2026-03-09T01:02:03.456Z', event: { kind: 'event' } }),
    ).toEqual([
      { field: 'event.id', message: 'missing' },
      { field: 'event.dataset', message: 'missing' },
    ]);
  });
});
