import type { ResponseActionView } from '../../api/types.js';
import { serviceState, type ObservedAssets, type ObservedService } from './observedAssets.js';

/** What a response action will cost the organisation, to state before it is taken. */
export interface Consequence {
  /** Business services that stop (the target hosts them; those already down are left out). */
  readonly stops: readonly ObservedService[];
  /** People who depend on those services. */
  readonly people: number;
  /** True when the action takes a host off the network or down. */
  readonly disruptsHost: boolean;
  /** True when the action locks a person out. */
  readonly locksOut: boolean;
  /** Collateral-damage points the scenario charges. */
  readonly cost: number;
  readonly executionTime: string;
}

const HOST_DOWN = new Set(['isolate-host', 'restore-from-backup', 'patch-host']);
const LOCK_OUT = new Set(['disable-account', 'reset-password']);

/** The consequence of `action` on `target` in the organisation the team observes. */
export function consequenceOf(
  action: ResponseActionView,
  target: string,
  assets: ObservedAssets,
): Consequence {
  const disruptsHost = HOST_DOWN.has(action.kind);
  const host = target.trim().toLowerCase();
  const stops = disruptsHost
    ? assets.services.filter(
        (s) => serviceState(s) !== 'down' && s.hosts.some((h) => h.toLowerCase() === host),
      )
    : [];
  return {
    stops,
    people: stops.reduce((n, s) => n + (s.users ?? 0), 0),
    disruptsHost,
    locksOut: LOCK_OUT.has(action.kind),
    cost: action.cost,
    executionTime: action.executionTime,
  };
}
