import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTimestamp } from '../src/index.js';
import { sysmonUtcTime } from '../src/telemetry/index.js';
import { registeredDomain } from '../src/telemetry/registeredDomain.js';
import { splitCommandLine4688 } from '../src/telemetry/splitCommandLine4688.js';
import { hostOfUrl } from '../src/telemetry/hostOfUrl.js';

describe('timestamps without Date', () => {
  it('isoTimestamp equals Date#toISOString from 1970 to 2400 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 13_569_465_600_000 }), (ms) => {
        expect(isoTimestamp(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
  });

  it('sysmonUtcTime uses a space and no zone', () => {
    expect(sysmonUtcTime(Date.UTC(2026, 2, 9, 1, 2, 3, 4))).toBe('2026-03-09 01:02:03.004');
  });
});

describe('splitCommandLine4688, as the Security pipeline splits', () => {
  it.each([
    ['cmd.exe /c whoami', ['cmd.exe', '/c', 'whoami']],
    ['"C:\\Program Files\\a.exe" -x "y z"', ['"C:\\Program Files\\a.exe"', '-x', '"y z"']],
    ['a  b', ['a', '', 'b']],
    ['single', ['single']],
    ['', []],
  ])('%s', (cmd, args) => {
    expect(splitCommandLine4688(cmd)).toEqual(args);
  });
});

describe('registeredDomain', () => {
  it.each([
    ['cdn-update.example.net', 'example.net', 'cdn-update', 'net'],
    ['www.mofa.go.jp', 'mofa.go.jp', 'www', 'go.jp'],
    ['a.b.kominfo.go.id', 'kominfo.go.id', 'a.b', 'go.id'],
    ['example.com', 'example.com', undefined, 'com'],
  ])('%s → %s', (name, reg, sub, tld) => {
    expect(registeredDomain(name)).toEqual({
      registered_domain: reg,
      top_level_domain: tld,
      ...(sub !== undefined ? { subdomain: sub } : {}),
    });
  });

  it('a single label has no registered domain', () => {
    expect(registeredDomain('localhost')).toBeNull();
  });
});

describe('hostOfUrl', () => {
  it.each([
    ['https://a.example:8443/x?y', 'a.example'],
    ['http://b.example/path', 'b.example'],
    ['c.example', 'c.example'],
    ['https://d.example?q#f', 'd.example'],
  ])('%s → %s', (url, host) => {
    expect(hostOfUrl(url)).toBe(host);
  });
});
