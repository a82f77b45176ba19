import { parseDuration, type Scenario } from '@kunren/domain';
import { EngineError } from '../errors/EngineError.js';
import { createWorld } from '../world/createWorld.js';
import type { GroundTruth } from '../world/GroundTruth.js';
import type { Observation } from '../world/Observation.js';
import type { World } from '../world/World.js';
import type { Score } from './Score.js';
import type { Submission } from './ScoreInput.js';
import { resolvedKeys } from './scoreTasks.js';
import { scoreTeam } from './scoreTeam.js';

/** How one team's run went. */
export interface TeamRun {
  readonly score: Score;
  readonly truth: GroundTruth;
  readonly observation: Observation;
  /** Telemetry records the world emitted. */
  readonly events: number;
}

/** The team both reference runs play as: the same world, so only the team's play differs. */
export const REFERENCE_TEAM = 'reference';

/** Runs a world to `t`, counting records and reporting progress every 20,000 outputs. */
function drain(world: World, t: number, progress: (simMs: number) => void): number {
  let events = 0;
  let n = 0;
  for (const o of world.runUntil(t)) {
    if (o.type === 'event') events++;
    if (++n % 20_000 === 0) progress(o.at);
  }
  progress(t);
  return events;
}

/** Runs the scenario for a team that does nothing. */
function playIdle(scenario: Scenario, seed: number, progress: (simMs: number) => void): TeamRun {
  const world = createWorld(scenario, { seed, team: REFERENCE_TEAM });
  const events = drain(world, world.lengthMs, progress);
  const truth = world.truth();
  const observation = world.observe();
  const score = scoreTeam({
    scenario,
    truth,
    observations: observation,
    submissions: [],
    hintsUsed: [],
  });
  return { score, truth, observation, events };
}

/**
 * Plays the scenario's reference `solution` (each action at its time, its target template
 * resolved in the world) and a team that does nothing, in the same world (seed and team), and
 * scores both. The perfect team answers every task with its resolved key when it takes its
 * first action, its text answers and report graded in full. Throws an EngineError naming the
 * solution step when one cannot be applied.
 */
export function playReferenceSolution(
  scenario: Scenario,
  seed: number,
  onProgress: (simMsDone: number) => void = () => {},
): { perfect: TeamRun; idle: TeamRun } {
  const idle = playIdle(scenario, seed, onProgress);
  const world = createWorld(scenario, { seed, team: REFERENCE_TEAM });
  const length = world.lengthMs;
  const progress = (t: number): void => onProgress(length + t);
  const steps = scenario.solution
    .map((s, i) => ({ s, i, at: parseDuration(s.at) ?? 0 }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  let events = 0;
  let seq = 0;
  for (const { s, at } of steps) {
    events += drain(world, Math.min(at, length), progress);
    const target = world.resolve(s.target);
    try {
      world.apply({ seq: ++seq, at: world.now, action: s.action, target, by: REFERENCE_TEAM });
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      throw new EngineError(
        e.id,
        `solution step ${seq} (${s.action} ${target} at ${s.at}): ${e.problem}`,
        e.fix,
      );
    }
  }
  events += drain(world, length, progress);
  const truth = world.truth();
  const observation = world.observe();
  const firstAt = steps[0]?.at ?? length;
  const lastAt = steps[steps.length - 1]?.at ?? length;
  const submissions: Submission[] = scenario.tasks.map((task) => {
    const keys =
      resolvedKeys(task, scenario, truth) ??
      resolvedKeys(task, scenario, idle.truth) ??
      task.answer.key;
    return task.answer.type === 'text'
      ? { task: task.id, at: firstAt, answer: keys.join('\n'), evaluatorCredit: 1 }
      : { task: task.id, at: firstAt, answer: keys.join(', ') };
  });
  const score = scoreTeam({
    scenario,
    truth,
    observations: observation,
    submissions,
    hintsUsed: [],
    report: { score: 1, at: lastAt },
  });
  return { perfect: { score, truth, observation, events }, idle };
}
