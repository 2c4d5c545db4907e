/**
 * Test helper process (tests/reliability/shutdown.test.ts, checklist test 63): serves the
 * real GraphQL route handler over node:http with the real start-up module and store, and
 * shuts down on SIGTERM the way `next start` does (node_modules/next/dist/server/lib/
 * start-server.js: stop accepting, wait for the requests in flight, then exit 143), its
 * handler installed before ours as Next's is installed before instrumentation runs.
 * Prints `listening <port>`, then `inflight <n>` each time 10 more requests are being served.
 */
import http from 'node:http';
import { NextRequest } from 'next/server';
import { graphqlHandler } from '@/graphql/server';
import { readyStore } from '@/lib/server/ready';
import { startServerStore } from '@/lib/server/start';
import { community } from '@/lib/seed/data';
import { loadCommunity } from '@/lib/seed/load';

let inflight = 0;
const server = http.createServer((req, res) => {
  inflight += 1;
  if (inflight % 10 === 0) console.log(`inflight ${inflight}`);
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const request = new NextRequest(`http://127.0.0.1${req.url ?? '/'}`, { method: req.method, headers, body: Buffer.concat(chunks) });
    void graphqlHandler(request)
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => {
        res.writeHead(500);
        res.end();
      })
      .finally(() => (inflight -= 1));
  });
});

process.on('SIGTERM', () => server.close(() => process.exit(143)));

async function main() {
  await startServerStore();
  // Writes since the last checkpoint, so a clean close has a write-ahead log to fold in.
  const { store } = await readyStore();
  await loadCommunity(store, community);
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
  });
}
void main();
