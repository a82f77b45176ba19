import type { Server } from '../src/createServer.js';
import { addUser, login, type Session } from './harness.js';

/** A drill set up through the API: an instructor, teams A and B with one trainee each. */
export interface Drill {
  readonly exerciseId: string;
  readonly teams: { readonly A: string; readonly B: string };
  readonly instructor: Session;
  readonly a1: Session;
  readonly b1: Session;
}

/** Creates accounts and an exercise of the flagship for teams A (a1) and B (b1), via the API. */
export async function setUpDrill(server: Server): Promise<Drill> {
  await addUser(server, 'instructor', 'instructor');
  await addUser(server, 'a1', 'trainee');
  await addUser(server, 'b1', 'trainee');
  const instructor = await login(server, 'instructor');
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/exercises',
    headers: instructor.headers,
    payload: {
      name: 'Flagship drill',
      scenario: 'ministry-targeted-attack',
      teams: [
        { name: 'A', members: ['a1'] },
        { name: 'B', members: ['b1'] },
      ],
    },
  });
  if (res.statusCode !== 201) throw new Error(`create exercise: ${res.statusCode} ${res.body}`);
  const body = res.json() as { id: string; teams: { id: string; name: string }[] };
  const id = (name: string) => body.teams.find((t) => t.name === name)!.id;
  return {
    exerciseId: body.id,
    teams: { A: id('A'), B: id('B') },
    instructor,
    a1: await login(server, 'a1'),
    b1: await login(server, 'b1'),
  };
}

/** Sends a clock command as the instructor. */
export async function clock(server: Server, drill: Drill, payload: Record<string, unknown>) {
  const res = await server.app.inject({
    method: 'POST',
    url: `/api/exercises/${drill.exerciseId}/clock`,
    headers: drill.instructor.headers,
    payload,
  });
  if (res.statusCode !== 200)
    throw new Error(`clock ${JSON.stringify(payload)}: ${res.statusCode} ${res.body}`);
  return res.json() as { simTime: number; status: string };
}
