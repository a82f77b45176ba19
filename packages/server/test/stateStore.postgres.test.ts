import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openStateStore } from '../src/state/openStateStore.js';
import { describeStateStore } from './stateStore.conformance.js';

const url = process.env.KUNREN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
let schema = '';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describeStateStore('PostgreSQL', {
  open: async () => {
    schema = `kunren_test_${randomUUID().replace(/-/g, '')}`;
    await admin(`CREATE SCHEMA ${schema}`);
    return openStateStore({ kind: 'postgres', url, schema });
  },
  dispose: () => admin(`DROP SCHEMA ${schema} CASCADE`),
});
