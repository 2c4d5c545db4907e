import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import type { ReadyReport } from '@/lib/bootstrap';
import type { CypherQuery } from '@/lib/graph/query';
import type { GraphStore, MigrationReport, QueryRunner } from '@/lib/graph/store';
import type { Engine, Params, Row } from '@/lib/graph/types';
import { readyStore } from '@/lib/server/ready';

/**
 * Shared set-up for the GraphQL checklist suites (../shared/RELIABILITY.md §G): one
 * seeded store per test file, the route handler called in-process, and stores that fail
 * on purpose, swapped in behind `readyStore()`.
 */

/** Opens (and seeds) the process's store in a temporary folder, with rate limits off. */
export async function openSeededApi(prefix: string): Promise<{ store: GraphStore; close(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `rizoma-${prefix}-`));
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  // Suites that test the limits turn them on explicitly.
  process.env.RIZOMA_RATE_LIMIT_ANONYMOUS = '0';
  process.env.RIZOMA_RATE_LIMIT_MEMBER = '0';
  const { store } = await readyStore();
  return {
    store,
    async close() {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const ready = globalThis as { __rizomaReady?: Promise<ReadyReport> };

/** Makes the route handler use `store` until the returned function is called. */
export async function useStore(store: GraphStore): Promise<() => void> {
  const original = ready.__rizomaReady;
  const report = await readyStore();
  ready.__rizomaReady = Promise.resolve({ ...report, store });
  return () => {
    ready.__rizomaReady = original;
  };
}

/** What a FaultStore does with each statement: throw this value, or never answer. */
export type Fault = { throws: unknown } | 'hang';

/**
 * A GraphStore whose every statement fails with the current fault (or hangs forever),
 * so resolvers meet driver, database and JavaScript errors where real ones arise.
 */
export class FaultStore implements GraphStore {
  fault: Fault = 'hang';
  /** Statements attempted. */
  calls = 0;

  constructor(private readonly inner: GraphStore) {}

  get engine(): Engine {
    return this.inner.engine;
  }

  get location(): string {
    return this.inner.location;
  }

  private fail<T>(): Promise<T> {
    this.calls++;
    const fault = this.fault;
    if (fault === 'hang') return new Promise<T>(() => undefined);
    return Promise.reject(fault.throws);
  }

  read<T>(_work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.fail();
  }

  write<T>(_work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.fail();
  }

  query<R extends Row>(_query: CypherQuery<R>, _params?: Params): Promise<R[]> {
    return this.fail();
  }

  mutate<R extends Row>(_query: CypherQuery<R>, _params?: Params): Promise<R[]> {
    return this.fail();
  }

  migrate(): Promise<MigrationReport> {
    return this.inner.migrate();
  }

  ping(): Promise<void> {
    return this.fail();
  }

  async close(): Promise<void> {}
}

/** A raw request to a route handler, for payloads postGraphQL cannot express. */
export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT';
  /** For GET: the search parameters; for POST: ignored. */
  params?: Record<string, string>;
  body?: string;
  headers?: Record<string, string>;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON, else null. */
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> } | null;
}

/** Sends a raw request to `handler` (the route handler by default) and reads the whole answer. */
export async function send(handler: (req: NextRequest) => Promise<Response>, request: RawRequest): Promise<RawResponse> {
  const url = new URL('http://localhost/api/graphql');
  for (const [key, value] of Object.entries(request.params ?? {})) url.searchParams.set(key, value);
  const init = { method: request.method, headers: request.headers ?? {}, ...(request.method === 'GET' ? {} : { body: request.body ?? '' }) };
  const res = await handler(new NextRequest(url, init));
  const text = await res.text();
  let json: RawResponse['json'] = null;
  try {
    json = JSON.parse(text) as RawResponse['json'];
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** The `extensions.code` of every error in a response. */
export function codesOf(res: { json?: RawResponse['json']; body?: RawResponse['json'] }): string[] {
  const body = res.json ?? res.body ?? null;
  return (body?.errors ?? []).map((e) => String(e.extensions?.code));
}
