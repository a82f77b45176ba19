import { randomUUID } from 'node:crypto';
import { tlpMarking, type TlpLevel } from './tlp.js';

/** Indicator kinds a team can share, with their STIX pattern. */
export type IndicatorKind = 'ipv4' | 'domain' | 'url' | 'sha256' | 'md5' | 'email' | 'filename';

/** One indicator to share. */
export interface SharedIndicator {
  readonly kind: IndicatorKind;
  readonly value: string;
  readonly description?: string;
}

/** A STIX pattern string literal: quotes and backslashes escaped. */
function literal(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The STIX 2.1 pattern that matches an indicator. */
export function stixPattern(i: SharedIndicator): string {
  switch (i.kind) {
    case 'ipv4':
      return `[ipv4-addr:value = ${literal(i.value)}]`;
    case 'domain':
      return `[domain-name:value = ${literal(i.value)}]`;
    case 'url':
      return `[url:value = ${literal(i.value)}]`;
    case 'sha256':
      return `[file:hashes.'SHA-256' = ${literal(i.value.toLowerCase())}]`;
    case 'md5':
      return `[file:hashes.MD5 = ${literal(i.value.toLowerCase())}]`;
    case 'email':
      return `[email-addr:value = ${literal(i.value)}]`;
    case 'filename':
      return `[file:name = ${literal(i.value)}]`;
    default: {
      const never: never = i.kind;
      throw new Error(`unknown indicator kind ${String(never)}`);
    }
  }
}

/**
 * A STIX 2.1 bundle: an identity for the sharing team (opaque, no internal ids), one
 * indicator per value, the TLP 2.0 marking definition, each indicator marked with it.
 */
export function buildBundle(
  indicators: readonly SharedIndicator[],
  tlp: TlpLevel,
  sharer: string,
  at: string,
) {
  const marking = tlpMarking(tlp);
  const identity = {
    type: 'identity',
    spec_version: '2.1',
    id: `identity--${randomUUID()}`,
    created: at,
    modified: at,
    name: sharer,
    identity_class: 'organization',
  };
  const objects = indicators.map((i) => ({
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${randomUUID()}`,
    created: at,
    modified: at,
    created_by_ref: identity.id,
    name: `${i.kind}: ${i.value}`,
    ...(i.description ? { description: i.description } : {}),
    indicator_types: ['malicious-activity'],
    pattern: stixPattern(i),
    pattern_type: 'stix',
    valid_from: at,
    object_marking_refs: [marking.id],
  }));
  return {
    type: 'bundle',
    id: `bundle--${randomUUID()}`,
    objects: [marking, identity, ...objects],
  };
}
