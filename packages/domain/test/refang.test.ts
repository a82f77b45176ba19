import { describe, expect, it } from 'vitest';
import { defang, refang } from '@kunren/domain';

const rows: readonly (readonly [string, string])[] = [
  ['hxxp://evil[.]com/a', 'http://evil.com/a'],
  ['hXXps[:]//evil[.]com', 'https://evil.com'],
  ['HXXPS[://]evil(.)com', 'https://evil.com'],
  ['evil[dot]com', 'evil.com'],
  ['evil [.] com', 'evil.com'],
  ['evil{.}co{.}jp', 'evil.co.jp'],
  ['10[.]0[.]0[.]1', '10.0.0.1'],
  ['198.51.100\\.7', '198.51.100.7'],
  ['hr[at]evil[.]com', 'hr@evil.com'],
  ['hr(at)evil.com', 'hr@evil.com'],
  ['hr[@]evil.com', 'hr@evil.com'],
  ['  evil.com  ', 'evil.com'],
  ['hxxpd.example.org', 'hxxpd.example.org'],
];

describe('refang', () => {
  for (const [given, want] of rows) {
    it(`${given} → ${want}`, () => {
      expect(refang(given)).toBe(want);
    });
  }
});

describe('defang', () => {
  it('https://a.evil.com/x → hxxps://a[.]evil[.]com/x', () => {
    expect(defang('https://a.evil.com/x')).toBe('hxxps://a[.]evil[.]com/x');
  });

  it('hr@evil.com → hr[at]evil[.]com', () => {
    expect(defang('hr@evil.com')).toBe('hr[at]evil[.]com');
  });
});
