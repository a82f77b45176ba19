import { hex8 } from '../rng/hashString.js';
import type { CompiledTemplate } from './compileTemplate.js';
import type { TemplateScope } from './TemplateScope.js';

/**
 * Renders a compiled template by concatenation. Unknown variables and values the world
 * does not have yet stay as written (`{{stage.exfil.host}}`), so a mistake is visible.
 */
export function renderTemplate(t: CompiledTemplate, s: TemplateScope): string {
  if (t.length === 1 && typeof t[0] === 'string') return t[0];
  let out = '';
  for (const part of t) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    switch (part.v) {
      case 'host':
        out += s.host;
        break;
      case 'user':
        out += s.user;
        break;
      case 'domain':
        out += s.domain;
        break;
      case 'ip':
        out += s.ip;
        break;
      case 'targetHost':
        out += s.targetHost;
        break;
      case 'targetUser':
        out += s.targetUser;
        break;
      case 'hex8':
        out += hex8(s.random());
        break;
      case 'int':
        out += String(s.random() % 100_000);
        break;
      case 'popularDomain':
        out += s.popularDomain();
        break;
      case 'fileServer':
        out += s.fileServer;
        break;
      case 'dc':
        out += s.dc;
        break;
      case 'lsassPid':
        out += s.lsassPid;
        break;
      case 'indicator':
        out += s.indicator(part.name) ?? `{{indicator.${part.name}}}`;
        break;
      case 'stage':
        out += s.stage(part.id, part.field) ?? `{{stage.${part.id}.${part.field}}}`;
        break;
      case 'unknown':
        out += part.text;
        break;
      default: {
        const never: never = part;
        throw new Error(`unhandled template variable ${JSON.stringify(never)}`);
      }
    }
  }
  return out;
}
