import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '@kunren/domain';
import { resolveAnswerKey, scoreTeam, type ObservedAction, type ScoreInput } from '../src/index.js';
import { loadFlagship, perfectAnswers, truthOf } from './scoringFixture.js';

const H = 3_600_000;
let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadFlagship();
});

function input(over: Partial<ScoreInput> & Pick<ScoreInput, 'truth'>): ScoreInput {
  return { scenario, observations: { actions: [] }, submissions: [], hintsUsed: [], ...over };
}

function component(score: ReturnType<typeof scoreTeam>, id: string) {
  const c = score.components.find((x) => x.id === id);
  if (!c) throw new Error(`no component ${id}`);
  return c;
}

function act(seq: number, at: number, action: string, target: string): ObservedAction {
  return { seq, at, action, target, status: 'done' };
}

describe('scoreTeam', () => {
  it('an idle team facing a full campaign earns nothing and loses the impact weight', () => {
    const score = scoreTeam(input({ truth: truthOf(scenario, { reached: 22 }) }));
    expect(component(score, 'tasks').points).toBe(0);
    expect(component(score, 'detection').points).toBe(0);
    expect(component(score, 'containment').points).toBe(0);
    expect(component(score, 'containment').explanation).toMatch(/implants still check in/);
    expect(component(score, 'impact').points).toBe(-scenario.scoring.weights.impact);
    expect(component(score, 'impact').explanation).toMatch(/MB exfiltrated/);
    expect(score.total).toBe(0);
    expect(score.metrics.stagesReached).toBe(22);
    expect(score.metrics.timeToDetect).toBeUndefined();
  });

  it('every task answered with its resolved key earns the whole task weight', () => {
    const truth = truthOf(scenario, { reached: 22 });
    const score = scoreTeam(input({ truth, submissions: perfectAnswers(scenario, truth, 30 * H) }));
    expect(component(score, 'tasks').points).toBe(scenario.scoring.weights.tasks);
    expect(score.tasks.every((t) => t.credit === 1)).toBe(true);
  });

  it('the task component is the share of task points of the tasks answered right', () => {
    const truth = truthOf(scenario, { reached: 22 });
    const all = perfectAnswers(scenario, truth, 30 * H);
    const total = scenario.tasks.reduce((a, t) => a + t.points, 0);
    fc.assert(
      fc.property(fc.subarray(all), (subset) => {
        const score = scoreTeam(input({ truth, submissions: subset }));
        const expected = subset.reduce(
          (a, s) => a + (scenario.tasks.find((t) => t.id === s.task)?.points ?? 0),
          0,
        );
        const want = Math.round(((scenario.scoring.weights.tasks * expected) / total) * 100) / 100;
        expect(component(score, 'tasks').points).toBeCloseTo(want, 2);
      }),
      { numRuns: 40 },
    );
  });

  it('a wrong answer earns nothing, and a defanged right one earns the points', () => {
    const truth = truthOf(scenario, { reached: 22 });
    const c2 = truth.indicators.c2Domain as string;
    const wrong = scoreTeam(
      input({ truth, submissions: [{ task: 'c2-domain', at: 12 * H, answer: 'www.google.com' }] }),
    );
    expect(wrong.tasks.find((t) => t.task === 'c2-domain')?.points).toBe(0);
    const defanged = c2.replace(/\./g, '[.]').toUpperCase();
    const right = scoreTeam(
      input({ truth, submissions: [{ task: 'c2-domain', at: 12 * H, answer: defanged }] }),
    );
    expect(right.tasks.find((t) => t.task === 'c2-domain')?.credit).toBe(1);
  });

  it('hints cost their penalty once each, and a task never goes below zero', () => {
    const truth = truthOf(scenario, { reached: 22 });
    const task = scenario.tasks.find((t) => t.id === 'c2-domain');
    const penalties = (task?.hints ?? []).map((h) => h.penalty);
    const submissions = perfectAnswers(scenario, truth, 12 * H).filter(
      (s) => s.task === 'c2-domain',
    );
    const hinted = scoreTeam(
      input({
        truth,
        submissions,
        hintsUsed: [
          { task: 'c2-domain', hint: 0 },
          { task: 'c2-domain', hint: 0 },
          { task: 'c2-domain', hint: 1 },
        ],
      }),
    );
    const t = hinted.tasks.find((x) => x.task === 'c2-domain');
    expect(t?.hintPenalty).toBe((penalties[0] ?? 0) + (penalties[1] ?? 0));
    expect(t?.points).toBe((task?.points ?? 0) - (t?.hintPenalty ?? 0));
    const unanswered = scoreTeam(input({ truth, hintsUsed: [{ task: 'c2-domain', hint: 1 }] }));
    expect(unanswered.tasks.find((x) => x.task === 'c2-domain')?.points).toBe(0);
  });

  it('an answer after the allowed attempts does not count', () => {
    const truth = truthOf(scenario, { reached: 22 });
    const score = scoreTeam(
      input({
        truth,
        submissions: [
          { task: 'beacon-interval', at: 12 * H, answer: '1' },
          { task: 'beacon-interval', at: 13 * H, answer: '2' },
        ],
      }),
    );
    expect(score.tasks.find((t) => t.task === 'beacon-interval')?.credit).toBe(0);
  });

  it('naming one of two stolen accounts earns half the task', () => {
    const truth = truthOf(scenario, { reached: 22 });
    const score = scoreTeam(
      input({
        truth,
        submissions: [{ task: 'stolen-accounts', at: 40 * H, answer: 'MEC\\r.hidayat' }],
      }),
    );
    const t = score.tasks.find((x) => x.task === 'stolen-accounts');
    expect(t?.credit).toBe(0.5);
    expect(t?.points).toBe((t?.max ?? 0) / 2);
  });

  it('a text answer waits for an evaluator and then earns its credit', () => {
    const truth = truthOf(scenario, { reached: 22 });
    const waiting = scoreTeam(
      input({ truth, submissions: [{ task: 'incident-summary', at: 20 * H, answer: 'We saw…' }] }),
    );
    expect(waiting.tasks.find((t) => t.task === 'incident-summary')).toMatchObject({
      pending: true,
      points: 0,
    });
    const graded = scoreTeam(
      input({
        truth,
        submissions: [
          { task: 'incident-summary', at: 20 * H, answer: 'We saw…', evaluatorCredit: 0.7 },
        ],
      }),
    );
    const t = graded.tasks.find((x) => x.task === 'incident-summary');
    expect(t?.pending).toBe(false);
    expect(t?.points).toBeCloseTo((t?.max ?? 0) * 0.7, 6);
  });

  it('detecting later never scores more detection points', () => {
    const truth = truthOf(scenario, { reached: 22 });
    const c2 = truth.indicators.c2Domain as string;
    const detectAt = (h: number) =>
      component(
        scoreTeam(input({ truth, submissions: [{ task: 'c2-domain', at: h * H, answer: c2 }] })),
        'detection',
      ).points;
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 71 }), fc.integer({ min: 0, max: 30 }), (a, d) => {
        expect(detectAt(a)).toBeGreaterThanOrEqual(detectAt(Math.min(72, a + d)));
      }),
      { numRuns: 40 },
    );
    expect(detectAt(11)).toBeGreaterThan(0);
  });

  it('blocking the C2 domain counts as detection at the time of the block', () => {
    const truth = truthOf(scenario, { reached: 22 });
    const score = scoreTeam(
      input({
        truth,
        observations: {
          actions: [act(1, 13 * H, 'block-domain', truth.indicators.c2Domain as string)],
        },
      }),
    );
    expect(score.metrics.timeToDetect).toBe(3 * H);
    expect(component(score, 'detection').explanation).toMatch(/block-domain/);
  });

  it('cutting the adversary off before exfiltration beats doing it after', () => {
    const early = scoreTeam(
      input({ truth: truthOf(scenario, { reached: 8, containedAt: 16 * H }) }),
    );
    const late = scoreTeam(
      input({ truth: truthOf(scenario, { reached: 22, containedAt: 40 * H }) }),
    );
    expect(component(early, 'containment').points).toBeGreaterThan(
      component(late, 'containment').points,
    );
    expect(component(late, 'containment').explanation).toMatch(/after data had left/);
    expect(component(late, 'containment').points).toBeGreaterThan(0);
    expect(early.metrics.timeToContain).toBe(7 * H);
  });

  it('service downtime costs the rate of the action that caused it per hour', () => {
    const truth = truthOf(scenario, { reached: 14, containedAt: 26 * H });
    const services = [{ id: 'file-shares', downtimeMs: 5 * H }];
    const rate =
      scenario.responseActions.find((a) => a.id === 'isolate-host')?.downtimePerHour ?? 0;
    const score = scoreTeam(
      input({
        truth,
        observations: { actions: [act(1, 25 * H, 'isolate-host', 'fs01')], services },
      }),
    );
    expect(component(score, 'impact').points).toBeCloseTo(
      scenario.scoring.weights.impact - 5 * rate,
      6,
    );
    expect(score.metrics.downtimeMs).toBe(5 * H);
  });

  it('isolating a host the adversary never touched costs twice', () => {
    const truth = truthOf(scenario, { reached: 8 });
    const cost = scenario.responseActions.find((a) => a.id === 'isolate-host')?.cost ?? 0;
    const guilty = scoreTeam(
      input({ truth, observations: { actions: [act(1, 12 * H, 'isolate-host', 'ws-ic07')] } }),
    );
    const innocent = scoreTeam(
      input({ truth, observations: { actions: [act(1, 12 * H, 'isolate-host', 'ws-fin03')] } }),
    );
    expect(component(guilty, 'collateral').points).toBe(-cost);
    expect(component(innocent, 'collateral').points).toBe(-2 * cost);
    expect(component(innocent, 'collateral').explanation).toMatch(/ws-fin03/);
  });

  it('a failed action costs nothing', () => {
    const truth = truthOf(scenario, { reached: 8 });
    const score = scoreTeam(
      input({
        truth,
        observations: {
          actions: [{ ...act(1, 12 * H, 'isolate-host', 'nohost'), status: 'failed' }],
        },
      }),
    );
    expect(component(score, 'collateral').points).toBe(0);
  });

  it('the report earns the rubric share of its weight, clamped to 0–1', () => {
    const truth = truthOf(scenario, { reached: 8 });
    const w = scenario.scoring.weights.report;
    expect(component(scoreTeam(input({ truth, report: { score: 0.8 } })), 'report').points).toBe(
      Math.round(w * 0.8 * 100) / 100,
    );
    expect(component(scoreTeam(input({ truth, report: { score: 7 } })), 'report').points).toBe(w);
    expect(component(scoreTeam(input({ truth })), 'report').points).toBe(0);
  });

  it('notifying the national CERT sets the time to report', () => {
    const truth = truthOf(scenario, { reached: 8 });
    const score = scoreTeam(
      input({ truth, observations: { actions: [act(1, 15 * H, 'notify-cert', 'national-cert')] } }),
    );
    expect(score.metrics.timeToReport).toBe(5 * H);
  });

  it('the same input gives the same score', () => {
    const truth = truthOf(scenario, { reached: 22, containedAt: 50 * H });
    const i = input({ truth, submissions: perfectAnswers(scenario, truth, 20 * H).slice(0, 7) });
    expect(JSON.stringify(scoreTeam(i))).toBe(JSON.stringify(scoreTeam(i)));
  });
});

describe('resolveAnswerKey', () => {
  it('{{indicator.c2Domain}} resolves to the world’s value', () => {
    const truth = truthOf(scenario, { reached: 1 });
    expect(resolveAnswerKey('{{indicator.c2Domain}}', scenario, truth)).toBe(
      truth.indicators.c2Domain,
    );
  });

  it('{{stage.initial-access.host}} resolves to the stage’s host', () => {
    const truth = truthOf(scenario, { reached: 1 });
    expect(resolveAnswerKey('{{stage.initial-access.host}}', scenario, truth)).toBe('ws-ic07');
  });

  it('{{stage.exfiltration.host}} is unresolved while the stage has not happened', () => {
    const truth = truthOf(scenario, { reached: 3 });
    expect(resolveAnswerKey('{{stage.exfiltration.host}}', scenario, truth)).toBeUndefined();
  });

  it('{{random.hex8}} is never a valid key', () => {
    const truth = truthOf(scenario, { reached: 3 });
    expect(resolveAnswerKey('x{{random.hex8}}', scenario, truth)).toBeUndefined();
  });
});
