import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDbTelemetryStore, type TelemetryStore } from '@kunren/store';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { contentScenarios } from './adapters/contentScenarios.js';
import { engineAdapter } from './adapters/engineAdapter.js';
import { huntParser } from './adapters/huntParser.js';
import { sigmaAlerts } from './adapters/sigmaAlerts.js';
import type { AppContext, Limits, ParseResult } from './http/AppContext.js';
import { buildApp } from './http/buildApp.js';
import { Presence } from './live/Presence.js';
import { LiveHub } from './live/LiveHub.js';
import { OverviewBoard } from './live/OverviewBoard.js';
import type { AlertEvaluator } from './runtime/AlertEvaluator.js';
import { systemClock, type Clock } from './runtime/Clock.js';
import type { EnginePort } from './runtime/EnginePort.js';
import { Runtime } from './runtime/Runtime.js';
import { openStateStore, stateLocation, type StateLocation } from './state/openStateStore.js';
import type { StateStore } from './state/StateStore.js';

/** How to assemble a server. Everything but the data directory has a production default. */
export interface ServerOptions {
  /** Directory of `state.sqlite` and `telemetry.duckdb`. */
  readonly dataDir: string;
  /** The content directory (`scenarios/`, `rules/`). */
  readonly contentDir: string;
  /** Where state lives; default `DATABASE_URL` or `<dataDir>/state.sqlite`. */
  readonly state?: StateLocation;
  /** In-memory DuckDB instead of the file (tests). */
  readonly telemetryInMemory?: boolean;
  readonly clock?: Clock;
  readonly logger?: FastifyServerOptions['logger'];
  readonly limits?: Partial<Limits>;
  readonly secureCookies?: boolean;
  readonly engine?: EnginePort;
  readonly rules?: AlertEvaluator;
  readonly parseQuery?: (source: string) => ParseResult;
  readonly env?: NodeJS.ProcessEnv;
}

/** An assembled server: the app, its runtime and stores, and how to stop it. */
export interface Server {
  readonly app: FastifyInstance;
  readonly runtime: Runtime;
  readonly state: StateStore;
  readonly telemetry: TelemetryStore;
  readonly hub: LiveHub;
  /** The instructor's live board: `start()` it beside the runtime's timer (tests call `refresh()`). */
  readonly board: OverviewBoard;
  /** Rebuilds every exercise from the state store (call once before serving). */
  start(): Promise<void>;
  /** Stops ticking, closes connections and stores (graceful shutdown). */
  close(): Promise<void>;
}

/** The default limits. */
export const defaultLimits: Limits = {
  loginPerMinute: 10,
  answersPerMinute: 30,
  huntMaxRows: 5000,
  huntTimeoutMs: 10_000,
};

/** The composition root: stores, engine, rules, runtime and HTTP app wired together. */
export async function createServer(options: ServerOptions): Promise<Server> {
  mkdirSync(options.dataDir, { recursive: true });
  const state = await openStateStore(
    options.state ?? stateLocation(options.dataDir, options.env ?? process.env),
  );
  const telemetry = await DuckDbTelemetryStore.open(
    options.telemetryInMemory ? {} : { dir: options.dataDir },
  );
  const hub = new LiveHub();
  const clock = options.clock ?? systemClock;
  const runtime = new Runtime({
    state,
    telemetry,
    hub,
    clock,
    engine: options.engine ?? (await engineAdapter()),
    rules: options.rules ?? (await sigmaAlerts(join(options.contentDir, 'rules'))),
    scenarios: contentScenarios(options.contentDir),
    onError: (err) =>
      process.stderr.write(`kunren server: background telemetry append failed: ${String(err)}\n`),
  });
  const board = new OverviewBoard(runtime);
  let ready = false;
  const ctx: AppContext = {
    runtime,
    state,
    hub,
    presence: new Presence(),
    clock,
    parseQuery: options.parseQuery ?? (await huntParser()),
    limits: { ...defaultLimits, ...options.limits },
    secureCookies: options.secureCookies ?? false,
  };
  const app = await buildApp(ctx, { logger: options.logger ?? false, ready: () => ready });
  return {
    app,
    runtime,
    state,
    telemetry,
    hub,
    board,
    async start() {
      await runtime.load();
      ready = true;
    },
    async close() {
      ready = false;
      await board.stop();
      await runtime.stop();
      await app.close();
      await telemetry.close();
      await state.close();
    },
  };
}
