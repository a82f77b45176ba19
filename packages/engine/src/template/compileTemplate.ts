/** A variable of the step template vocabulary (see `activity.ts` in the domain package). */
export type TemplateVar =
  | { readonly v: 'host' | 'user' | 'domain' | 'ip' | 'targetHost' | 'targetUser' }
  | { readonly v: 'hex8' | 'int' | 'popularDomain' | 'fileServer' | 'dc' | 'lsassPid' }
  | { readonly v: 'indicator'; readonly name: string }
  | { readonly v: 'stage'; readonly id: string; readonly field: 'host' | 'user' }
  | { readonly v: 'unknown'; readonly text: string };

/** A template split once into literal text and variables, so rendering is concatenation. */
export type CompiledTemplate = readonly (string | TemplateVar)[];

const SIMPLE: Record<string, TemplateVar> = {
  host: { v: 'host' },
  user: { v: 'user' },
  domain: { v: 'domain' },
  ip: { v: 'ip' },
  'target.host': { v: 'targetHost' },
  'target.user': { v: 'targetUser' },
  'random.hex8': { v: 'hex8' },
  'random.int': { v: 'int' },
  popularDomain: { v: 'popularDomain' },
  fileServer: { v: 'fileServer' },
  dc: { v: 'dc' },
  lsassPid: { v: 'lsassPid' },
};

/** Parses the name inside `{{…}}` into a variable. */
export function parseTemplateVar(name: string): TemplateVar {
  const simple = SIMPLE[name];
  if (simple !== undefined && Object.hasOwn(SIMPLE, name)) return simple;
  if (name.startsWith('indicator.')) return { v: 'indicator', name: name.slice(10) };
  const m = /^stage\.([a-z0-9][a-z0-9-]*)\.(host|user)$/.exec(name);
  if (m) return { v: 'stage', id: m[1] as string, field: m[2] as 'host' | 'user' };
  return { v: 'unknown', text: `{{${name}}}` };
}

/** Splits `C:\Users\{{user}}\{{random.hex8}}.tmp` into literals and variables. */
export function compileTemplate(text: string): CompiledTemplate {
  const out: (string | TemplateVar)[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) break;
    const close = text.indexOf('}}', open + 2);
    if (close < 0) break;
    if (open > i) out.push(text.slice(i, open));
    out.push(parseTemplateVar(text.slice(open + 2, close).trim()));
    i = close + 2;
  }
  if (i < text.length) out.push(text.slice(i));
  return out;
}

/** The names of the variables a template uses, e.g. `indicator.c2Domain`. */
export function templateVariables(text: string): string[] {
  const out: string[] = [];
  for (const part of compileTemplate(text)) {
    if (typeof part === 'string') continue;
    if (part.v === 'indicator') out.push(`indicator.${part.name}`);
    else if (part.v === 'stage') out.push(`stage.${part.id}.${part.field}`);
    else if (part.v === 'unknown') out.push(part.text.slice(2, -2));
    else out.push(part.v);
  }
  return out;
}
