/**
 * A scheduled piece of work, as plain data (so the queue snapshots as JSON). `u` is a user
 * index, `h` a host index, `s` a stage index, `i` a step or item index.
 */
export type Job =
  /** Plans a local day: each person's logon and logoff. */
  | { readonly k: 'day' }
  | { readonly k: 'logon'; readonly u: number; readonly until: number }
  | { readonly k: 'logoff'; readonly u: number }
  /** Session work; `g` is the session generation it belongs to (stale chains stop). */
  | { readonly k: 'browse'; readonly u: number; readonly g: number }
  | { readonly k: 'mail'; readonly u: number; readonly g: number }
  | { readonly k: 'share'; readonly u: number; readonly i: number; readonly g: number }
  | { readonly k: 'routine'; readonly u: number; readonly i: number; readonly g: number }
  | { readonly k: 'admin'; readonly u: number; readonly g: number }
  /** A routine that runs at all hours (`when: always`), independent of sessions. */
  | { readonly k: 'always'; readonly u: number; readonly i: number }
  | { readonly k: 'scheduled'; readonly h: number; readonly i: number }
  | { readonly k: 'web' }
  | { readonly k: 'stage'; readonly s: number }
  | { readonly k: 'step'; readonly s: number; readonly i: number; readonly run: number }
  | { readonly k: 'beacon'; readonly b: number }
  | { readonly k: 'exfil'; readonly x: number }
  | { readonly k: 'react'; readonly r: Reaction }
  | { readonly k: 'effect'; readonly a: number }
  | { readonly k: 'inject'; readonly i: number; readonly via: 'time' | 'stage' | 'action' };

/** A delayed adversary reaction to a containment. */
export type Reaction =
  | { readonly kind: 'fallback-c2'; readonly indicator: string; readonly fallback: string }
  | { readonly kind: 'reenter'; readonly host: number }
  | { readonly kind: 'restart'; readonly host: number }
  | { readonly kind: 'go-quiet' }
  | { readonly kind: 'redump'; readonly user: string };
