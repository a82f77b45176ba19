import type { ActionRecord } from '@kunren/domain';
import { EngineError } from '../errors/EngineError.js';
import { durationMs } from '../sim/sampleDistribution.js';
import type { Sim } from '../sim/Sim.js';
import { resolveHost } from '../steps/resolveHost.js';
import { refreshServices } from './refreshServices.js';
import { resolveTarget } from './resolveTarget.js';
import { withdrawAfter } from './withdrawAfter.js';

/**
 * Takes a response action at the world's current time: checks the action id and target
 * (EngineError with the fix otherwise), records it, and schedules its effect after its
 * execution time. A restore takes the host down for that time.
 */
export function applyAction(sim: Sim, record: ActionRecord): void {
  const m = sim.model;
  const now = sim.state.now;
  if (record.at > now) {
    throw new EngineError(
      'engine.action.time',
      `action ${record.seq} is at ${record.at} ms but the world is at ${now} ms`,
      'run the world up to the action time first (runUntil(at)), then apply it',
    );
  }
  const action = m.actions.get(record.action);
  if (!action) {
    throw new EngineError(
      'engine.action.unknown',
      `no response action "${record.action}"`,
      `actions are: ${[...m.actions.keys()].join(', ')}`,
    );
  }
  const target = resolveTarget(sim, action, record.target);
  const effectAt = now + durationMs(action.executionTime);
  const a = sim.state.defence.actions.length;
  sim.state.defence.actions.push({
    seq: record.seq,
    at: now,
    action: action.id,
    kind: action.kind,
    target,
    effectAt,
    status: 'executing',
    result: '',
  });
  if (action.kind === 'restore-from-backup') {
    const h = resolveHost(m, target);
    const hs = sim.state.hosts[h];
    if (hs && m.hosts[h]!.spec.backup !== false) {
      hs.restoringUntil = Math.max(hs.restoringUntil, effectAt);
      refreshServices(sim, now);
      withdrawAfter(sim, now, { host: h });
    }
  }
  sim.schedule(effectAt, { k: 'effect', a });
}
