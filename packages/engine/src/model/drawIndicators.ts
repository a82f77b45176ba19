import type { IndicatorTemplate } from '@kunren/domain';
import { RngStreams } from '../rng/RngStreams.js';
import { cidrRange, intToIp } from './ipv4.js';

/**
 * Draws this team's value of every indicator template, each from its own named stream
 * (`indicator/<name>`), so the values depend only on (seed, team, name): adding an
 * indicator never changes another's value. Names are visited in sorted order.
 */
export function drawIndicators(
  templates: Readonly<Record<string, IndicatorTemplate>>,
  seed: string,
): Record<string, string> {
  const streams = new RngStreams(seed);
  const out: Record<string, string> = {};
  for (const name of Object.keys(templates).sort()) {
    const t = templates[name] as IndicatorTemplate;
    const r = streams.get(`indicator/${name}`);
    if ('words' in t) {
      const parts = t.parts ?? 2;
      const words: string[] = [];
      for (let i = 0; i < parts; i++) {
        let w = r.pick(t.words);
        for (let k = 0; k < 4 && words.includes(w); k++) w = r.pick(t.words);
        words.push(w);
      }
      const sep = r.chance(0.5) ? '-' : '';
      out[name] = `${words.join(sep)}.${r.pick(t.tlds)}`.toLowerCase();
    } else if ('cidrs' in t) {
      const [lo, hi] = cidrRange(r.pick(t.cidrs));
      const span = hi - lo;
      out[name] = intToIp(span <= 2 ? lo : lo + 1 + r.int(span - 1));
    } else if ('values' in t) {
      out[name] = r.pick(t.values);
    } else {
      out[name] = r.hex(t.kind === 'md5' ? 32 : 64);
    }
  }
  return out;
}
