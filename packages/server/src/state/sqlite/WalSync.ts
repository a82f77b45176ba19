import { Worker } from 'node:worker_threads';

/** The syncing thread: keeps the file open, `fdatasync`s it on each request, answers. */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
let fd;
parentPort.on('message', () => {
  let error = null;
  try {
    fd ??= fs.openSync(workerData, 'r');
    fs.fdatasyncSync(fd);
  } catch (e) {
    error = String(e && e.message ? e.message : e);
    if (fd !== undefined) try { fs.closeSync(fd); } catch {}
    fd = undefined;
  }
  parentPort.postMessage(error);
});
`;

/**
 * Syncs one file (SQLite's WAL) to disk on a thread of its own: neither the event loop nor
 * libuv's thread pool (where DuckDB's queries run, and would queue the sync behind them)
 * waits for the disk. Requests made while a sync runs share the next one (group sync).
 */
export class WalSync {
  private readonly worker: Worker;
  private waiting: { resolve: () => void; reject: (e: Error) => void }[] = [];
  private running: { resolve: () => void; reject: (e: Error) => void }[] | undefined;

  constructor(file: string) {
    this.worker = new Worker(SOURCE, { eval: true, workerData: file });
    this.worker.unref();
    this.worker.on('message', (error: string | null) => {
      const done = this.running ?? [];
      this.running = undefined;
      for (const w of done)
        if (error === null) w.resolve();
        else w.reject(new Error(`cannot sync ${file}: ${error}`));
      this.next();
    });
    this.worker.on('error', (e) => {
      for (const w of [...(this.running ?? []), ...this.waiting]) w.reject(e);
      this.running = undefined;
      this.waiting = [];
    });
  }

  /** Resolves once everything written to the file before the call is on disk. */
  sync(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.running) this.next();
    });
  }

  /** Stops the thread (after the syncs asked for). */
  async close(): Promise<void> {
    if (this.running || this.waiting.length > 0) await this.sync().catch(() => undefined);
    await this.worker.terminate();
  }

  private next(): void {
    if (this.waiting.length === 0) return;
    this.running = this.waiting;
    this.waiting = [];
    this.worker.postMessage(null);
  }
}
