import type { EcsEvent } from '@kunren/domain';

/** What a log parser yields for each record: an ECS event, or a rejection with its reason. */
export type ParseItem =
  | { readonly kind: 'event'; readonly event: EcsEvent; readonly line: number }
  | { readonly kind: 'rejected'; readonly line: number; readonly reason: string };
