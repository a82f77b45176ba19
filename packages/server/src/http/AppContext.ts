import type { Query } from '@kunren/hunt';
import type { LiveHub } from '../live/LiveHub.js';
import type { Presence } from '../live/Presence.js';
import type { Clock } from '../runtime/Clock.js';
import type { Runtime } from '../runtime/Runtime.js';
import type { StateStore } from '../state/StateStore.js';

/** A hunting-language parse: the query, or the parser's error with its span and fix. */
export type ParseResult =
  | { readonly ok: true; readonly query: Query }
  | {
      readonly ok: false;
      readonly error: {
        readonly id: string;
        readonly message: string;
        readonly span: { readonly start: number; readonly end: number };
        readonly hint?: string | undefined;
      };
    };

/** Limits applied per route. */
export interface Limits {
  /** Login attempts per IP per minute. */
  readonly loginPerMinute: number;
  /** Answer submissions per user per minute. */
  readonly answersPerMinute: number;
  /** Rows a hunt returns at most. */
  readonly huntMaxRows: number;
  /** Wall-clock limit of a hunt. */
  readonly huntTimeoutMs: number;
}

/** Everything route handlers use. */
export interface AppContext {
  readonly runtime: Runtime;
  readonly state: StateStore;
  readonly hub: LiveHub;
  /** Who has a live connection to this instance (team members shown online). */
  readonly presence: Presence;
  readonly clock: Clock;
  readonly parseQuery: (source: string) => ParseResult;
  readonly limits: Limits;
  readonly secureCookies: boolean;
}
