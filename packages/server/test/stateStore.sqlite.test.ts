import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStateStore } from '../src/state/openStateStore.js';
import { describeStateStore } from './stateStore.conformance.js';

let dir = '';
describeStateStore('SQLite', {
  open: () => {
    dir = mkdtempSync(join(tmpdir(), 'kunren-state-'));
    return openStateStore({ kind: 'sqlite', file: join(dir, 'state.sqlite') });
  },
  dispose: async () => rmSync(dir, { recursive: true, force: true }),
});

describeStateStore('SQLite, durable against process crash only', {
  open: () => {
    dir = mkdtempSync(join(tmpdir(), 'kunren-state-'));
    return openStateStore({
      kind: 'sqlite',
      file: join(dir, 'state.sqlite'),
      durability: 'process-crash',
    });
  },
  dispose: async () => rmSync(dir, { recursive: true, force: true }),
});
