import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defang, formatIpv4, gradeAnswer, refang, type Task } from '@kunren/domain';

type Spec = Task['answer'];

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
const domain = fc
  .tuple(
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('com', 'net', 'org', 'go.example', 'co.jp'),
  )
  .map(([labels, tld]) => `${labels.join('.')}.${tld}`);
const ip = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join('.'));
const path = fc
  .array(fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/), { maxLength: 3 })
  .map((p) => p.map((s) => `/${s}`).join(''));
const url = fc
  .tuple(fc.constantFrom('http', 'https'), domain, path)
  .map(([s, d, p]) => `${s}://${d}${p}`);
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._-]{0,10}[a-z0-9]$/), domain)
  .map(([u, d]) => `${u}@${d}`);

/** Ways analysts defang, written independently of the code under test. */
const styles: readonly ((s: string) => string)[] = [
  (s) => s.replace(/\./g, '[.]'),
  (s) => s.replace(/\./g, '(.)'),
  (s) => s.replace(/\./g, '[dot]'),
  (s) => s.replace(/\.(?=[^.]*$)/, '[.]'),
  (s) => s.replace(/^http/, 'hxxp').replace(/\./g, '[.]'),
  (s) => s.replace(/^https?/, (m) => m.replace('tt', 'XX')).replace('://', '[://]'),
  (s) => s.replace(/^http(s?):\/\//, 'hxxp$1[:]//').replace(/@/g, '[at]'),
  (s) => s.replace(/@/g, '[@]').replace(/\./g, '{.}'),
  defang,
];
const style = fc.constantFrom(...styles);

const grade = (type: Spec['type'], key: string, given: string) =>
  gradeAnswer({ type, key: [key] }, [key], given);

describe('defanged answers grade as the indicator itself', () => {
  it('refang(defang(domain)) is the domain', () => {
    fc.assert(fc.property(domain, style, (d, f) => refang(f(d)) === d));
  });

  it('a defanged domain, in any case, grades correct against the domain', () => {
    fc.assert(
      fc.property(domain, style, fc.boolean(), (d, f, upper) => {
        const given = f(upper ? d.toUpperCase() : d);
        expect(grade('domain', d, given).correct).toBe(true);
      }),
    );
  });

  it('a defanged IP grades correct against the IP', () => {
    fc.assert(
      fc.property(ip, style, (a, f) => {
        expect(grade('ip', a, f(a)).correct).toBe(true);
      }),
    );
  });

  it('a defanged URL grades correct as a URL and as its domain', () => {
    fc.assert(
      fc.property(url, style, (u, f) => {
        expect(grade('url', u, f(u)).correct).toBe(true);
        expect(grade('domain', new URL(u).hostname, f(u)).correct).toBe(true);
      }),
    );
  });

  it('a defanged e-mail address grades correct against the address', () => {
    fc.assert(
      fc.property(email, style, (e, f) => {
        expect(grade('email', e, f(e)).correct).toBe(true);
      }),
    );
  });
});

describe('grading invariants', () => {
  it('any address inside a key CIDR grades correct, any outside wrong', () => {
    fc.assert(
      fc.property(
        fc.nat(2 ** 32 - 1),
        fc.integer({ min: 8, max: 32 }),
        fc.nat(2 ** 32 - 1),
        (base, prefix, probe) => {
          const size = 2 ** (32 - prefix);
          const net = base - (base % size);
          const key = `${formatIpv4(net)}/${prefix}`;
          const inside = formatIpv4(net + (probe % size));
          expect(grade('ip', key, inside).correct).toBe(true);
          const outside = probe >= net && probe < net + size ? undefined : formatIpv4(probe);
          if (outside !== undefined) expect(grade('ip', key, outside).fraction).toBe(0);
        },
      ),
    );
  });

  it('a host name grades the same with any case and with the domain suffix', () => {
    fc.assert(
      fc.property(label, domain, fc.boolean(), (h, d, upper) => {
        const given = `${upper ? h.toUpperCase() : h}.${d}`;
        expect(grade('host', h, given).correct).toBe(true);
      }),
    );
  });

  it('never throws, and credit stays between 0 and 1, whatever is typed', () => {
    const types: Spec['type'][] = [
      'ip',
      'domain',
      'url',
      'hash',
      'host',
      'user',
      'email',
      'filename',
      'time',
      'technique',
      'choice',
      'number',
      'text',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...types),
        fc.boolean(),
        fc.string(),
        fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
        (type, all, given, keys) => {
          const r = gradeAnswer(
            { type, key: keys, all, choices: [{ en: 'a' }, { en: 'b' }] },
            keys,
            given,
          );
          expect(r.fraction).toBeGreaterThanOrEqual(0);
          expect(r.fraction).toBeLessThanOrEqual(1);
          expect(r.correct).toBe(r.fraction === 1);
        },
      ),
    );
  });

  it('a list answer naming every key in any order is full credit', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(domain, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(', ', '\n', '; '),
        (keys, sep) => {
          const given = [...keys].reverse().map(defang).join(sep);
          expect(gradeAnswer({ type: 'domain', key: keys, all: true }, keys, given).correct).toBe(
            true,
          );
        },
      ),
    );
  });
});
