import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StateStore, UserRecord } from '../src/state/StateStore.js';

/** Opens a fresh, empty store; `dispose` removes what it created. */
export interface StateStoreFactory {
  open(): Promise<StateStore>;
  dispose(): Promise<void>;
}

const clock = { status: 'ready', speed: 1, simAt: 0, wallAt: 0 } as const;

async function seedExercise(store: StateStore, teams = ['A', 'B']) {
  const exercise = await store.createExercise(
    {
      id: randomUUID(),
      name: 'drill',
      scenarioId: 'ministry-targeted-attack',
      scenarioPath: '/content/scenario.yaml',
      programmeId: null,
      roundId: null,
      clock,
      scoreboard: 'visible',
      frozenScores: null,
      branchedFrom: null,
      hintPolicy: 'instructor',
    },
    teams.map((name, i) => ({ id: randomUUID(), name, seed: 1000 + i, countryId: null })),
  );
  return { exercise, teams: await store.listTeams(exercise.id) };
}

function user(username: string, role: UserRecord['role'] = 'trainee') {
  return {
    id: randomUUID(),
    username,
    displayName: username,
    role,
    passwordHash: 'h',
    countryId: null,
  };
}

/** The state-store conformance suite: every adapter runs it unchanged. */
export function describeStateStore(name: string, factory: StateStoreFactory): void {
  describe(`state store conformance: ${name}`, () => {
    let store: StateStore;
    beforeEach(async () => {
      store = await factory.open();
    });
    afterEach(async () => {
      await store.close();
      await factory.dispose();
    });

    it('users round-trip and usernames are unique', async () => {
      const u = await store.createUser(user('a1'));
      expect(await store.getUser(u.id)).toEqual(u);
      expect(await store.getUserByUsername('a1')).toEqual(u);
      expect(await store.countUsers()).toBe(1);
      await expect(store.createUser({ ...user('a1'), id: randomUUID() })).rejects.toThrow();
      await store.setPassword(u.id, 'h2');
      expect((await store.getUser(u.id))?.passwordHash).toBe('h2');
    });

    it('sessions are created, found and deleted', async () => {
      const u = await store.createUser(user('s1'));
      const s = { id: 'sid', userId: u.id, csrf: 'c', createdAt: 'x', expiresAt: 'y' };
      await store.createSession(s);
      expect(await store.getSession('sid')).toEqual(s);
      await store.deleteSession('sid');
      expect(await store.getSession('sid')).toBeUndefined();
    });

    it('exercises keep their teams in order, clock and scoreboard', async () => {
      const programme = await store.createProgramme({ id: randomUUID(), name: 'ASEAN 2026' });
      expect(await store.listProgrammes()).toEqual([programme]);
      const { exercise, teams } = await seedExercise(store, ['C', 'A', 'B']);
      expect(teams.map((t) => t.name)).toEqual(['C', 'A', 'B']);
      expect(teams.map((t) => t.seed)).toEqual([1000, 1001, 1002]);
      expect(await store.getExercise(exercise.id)).toEqual(exercise);
      await store.setClock(exercise.id, {
        status: 'running',
        speed: 60,
        simAt: 3_600_000,
        wallAt: 1.7e12,
      });
      expect((await store.getExercise(exercise.id))?.clock).toEqual({
        status: 'running',
        speed: 60,
        simAt: 3_600_000,
        wallAt: 1.7e12,
      });
      await store.setScoreboard(exercise.id, 'frozen', [{ team: 'A', score: 3 }]);
      const frozen = await store.getExercise(exercise.id);
      expect(frozen?.scoreboard).toBe('frozen');
      expect(frozen?.frozenScores).toEqual([{ team: 'A', score: 3 }]);
    });

    it('an exercise keeps its hint policy, instructor by default until changed', async () => {
      const { exercise } = await seedExercise(store);
      expect((await store.getExercise(exercise.id))?.hintPolicy).toBe('instructor');
      await store.setHintPolicy(exercise.id, 'automatic');
      expect((await store.getExercise(exercise.id))?.hintPolicy).toBe('automatic');
      expect((await store.listExercises()).find((e) => e.id === exercise.id)?.hintPolicy).toBe(
        'automatic',
      );
    });

    it('team membership finds a user its teams', async () => {
      const { teams } = await seedExercise(store);
      const u = await store.createUser(user('b1'));
      await store.addMember(teams[1]!.id, u.id);
      await store.addMember(teams[1]!.id, u.id);
      expect((await store.teamsOfUser(u.id)).map((t) => t.name)).toEqual(['B']);
      expect(await store.listMembers(teams[1]!.id)).toEqual([u.id]);
    });

    it('action logs number each team from 1 and keep every append (property)', async () => {
      const { teams } = await seedExercise(store);
      const [a, b] = [teams[0]!.id, teams[1]!.id];
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ team: fc.boolean(), at: fc.nat(1e9), target: fc.string() }), {
            maxLength: 12,
          }),
          async (actions) => {
            const before = {
              [a]: (await store.listActions(a)).length,
              [b]: (await store.listActions(b)).length,
            };
            const acked = await Promise.all(
              actions.map((x) =>
                store.appendAction(x.team ? a : b, {
                  at: x.at,
                  action: 'isolate-host',
                  target: x.target,
                }),
              ),
            );
            for (const team of [a, b]) {
              const log = await store.listActions(team);
              expect(log.map((r) => r.seq)).toEqual(log.map((_, i) => i + 1));
              expect(log.length - before[team]!).toBe(
                actions.filter((x) => x.team === (team === a)).length,
              );
            }
            for (const r of acked) expect(r.seq).toBeGreaterThan(0);
          },
        ),
        { numRuns: 15 },
      );
    });

    it('truncating an action log removes only the actions after the time', async () => {
      const { teams } = await seedExercise(store);
      const t = teams[0]!.id;
      for (const at of [10, 20, 30, 40])
        await store.appendAction(t, { at, action: 'block-ip', target: `10.0.0.${at}`, by: 'u' });
      const removed = await store.truncateActions(t, 20);
      expect(removed.map((r) => r.at)).toEqual([30, 40]);
      expect((await store.listActions(t)).map((r) => [r.seq, r.at, r.by])).toEqual([
        [1, 10, 'u'],
        [2, 20, 'u'],
      ]);
      expect((await store.appendAction(t, { at: 25, action: 'x', target: 'y' })).seq).toBe(3);
    });

    it('submissions, hints and messages are kept per team in order', async () => {
      const { teams } = await seedExercise(store);
      const [a, b] = [teams[0]!.id, teams[1]!.id];
      for (const i of [1, 2, 3]) {
        await store.addSubmission({
          id: randomUUID(),
          teamId: a,
          taskId: 't1',
          userId: 'u',
          answer: `x${i}`,
          correct: i === 3,
          credit: i === 3 ? 1 : 0,
          simAt: i,
        });
        await store.addMessage({
          id: randomUUID(),
          teamId: a,
          kind: 'team',
          counterpartId: 'vendor',
          authorId: 'u',
          subject: `s${i}`,
          body: 'b',
          simAt: i,
        });
      }
      expect((await store.listSubmissions(a)).map((s) => [s.answer, s.correct])).toEqual([
        ['x1', false],
        ['x2', false],
        ['x3', true],
      ]);
      expect(await store.listSubmissions(b)).toEqual([]);
      expect((await store.listMessages(a)).map((m) => m.subject)).toEqual(['s1', 's2', 's3']);
      expect((await store.listMessages(a))[0]?.localized).toBeUndefined();
      const localized = { subject: { en: 'Re: s', ja: 'Re: s' }, body: { en: 'ok', ja: '了解' } };
      await store.addMessage({
        id: randomUUID(),
        teamId: b,
        kind: 'counterpart',
        counterpartId: 'vendor',
        authorId: null,
        subject: 'Re: s',
        body: 'ok',
        localized,
        simAt: 9,
      });
      expect((await store.listMessages(b))[0]?.localized).toEqual(localized);
      const hint = await store.addHint({
        id: randomUUID(),
        teamId: a,
        taskId: 't1',
        hintIndex: 0,
        status: 'requested',
        penalty: 5,
        decidedBy: null,
      });
      await expect(store.addHint({ ...hint, id: randomUUID() })).rejects.toThrow();
      expect((await store.decideHint(hint.id, 'granted', 'instr'))?.status).toBe('granted');
      expect((await store.decideHint(hint.id, 'denied', 'instr'))?.status).toBe('granted');
      expect((await store.listHints(a)).length).toBe(1);
    });

    it('a report draft is saved over, submitted once and graded', async () => {
      const { teams } = await seedExercise(store);
      const a = teams[0]!.id;
      expect(await store.getReport(a)).toBeUndefined();
      await store.saveReportDraft(a, { summary: 'v1' }, 'u1');
      const r = await store.saveReportDraft(a, { summary: 'v2', timeline: [] }, 'u2');
      expect(r.content).toEqual({ summary: 'v2', timeline: [] });
      expect(r.updatedBy).toBe('u2');
      const submitted = await store.submitReport(a);
      expect(submitted?.submittedAt).not.toBeNull();
      expect((await store.submitReport(a))?.submittedAt).toBe(submitted?.submittedAt);
      expect((await store.gradeReport(a, { total: 7 }))?.grade).toEqual({ total: 7 });
    });

    it('triage, shares, query log and audit log round-trip', async () => {
      const { exercise, teams } = await seedExercise(store);
      const a = teams[0]!.id;
      await store.setTriage({ teamId: a, alertId: 'al1', state: 'new', assignee: null });
      await store.setTriage({ teamId: a, alertId: 'al1', state: 'investigating', assignee: 'u1' });
      expect((await store.listTriage(a)).map((t) => [t.state, t.assignee])).toEqual([
        ['investigating', 'u1'],
      ]);
      await store.addShare({
        id: 's1',
        exerciseId: exercise.id,
        fromTeamId: a,
        toTeamIds: [teams[1]!.id],
        bundle: { type: 'bundle' },
      });
      expect((await store.listShares(exercise.id))[0]?.toTeamIds).toEqual([teams[1]!.id]);
      for (const q of ['q1', 'q2', 'q3'])
        await store.logQuery({
          id: randomUUID(),
          teamId: a,
          userId: 'u',
          query: q,
          simAt: 1,
          rows: 2,
          error: null,
        });
      expect((await store.listQueries(a, 2)).map((q) => q.query)).toEqual(['q2', 'q3']);
      await store.audit({
        userId: 'i',
        action: 'clock.pause',
        exerciseId: exercise.id,
        detail: { at: 5 },
      });
      await store.audit({
        userId: 'i',
        action: 'clock.resume',
        exerciseId: exercise.id,
        detail: null,
      });
      const audit = await store.listAudit(10);
      expect(audit.map((x) => x.action)).toEqual(['clock.pause', 'clock.resume']);
      expect(audit[0]?.detail).toEqual({ at: 5 });
    });
  });
}
