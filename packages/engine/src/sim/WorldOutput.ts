import type { EcsEvent } from '@kunren/domain';

/**
 * What `World.runUntil` yields, in non-decreasing `at` (sim ms) order:
 * - `event`: one ECS telemetry record (what the team's SIEM receives);
 * - `inject`: a counterpart's message fires (the server delivers the scenario's inject `id`);
 * - `stage`: the adversary started or finished a stage (ground truth: instructors only);
 * - `action`: a response action's effect landed (`done`) or could not (`failed`).
 */
export type WorldOutput =
  | { readonly type: 'event'; readonly at: number; readonly event: EcsEvent }
  | {
      readonly type: 'inject';
      readonly at: number;
      readonly id: string;
      readonly from: string;
      readonly via: 'time' | 'stage' | 'action';
    }
  | {
      readonly type: 'stage';
      readonly at: number;
      readonly id: string;
      readonly status: 'started' | 'done' | 'failed';
      readonly host: string;
    }
  | {
      readonly type: 'action';
      readonly at: number;
      readonly seq: number;
      readonly action: string;
      readonly target: string;
      readonly status: 'done' | 'failed';
      readonly result: string;
    };
