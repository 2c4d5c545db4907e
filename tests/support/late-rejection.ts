/**
 * Test helper process (tests/reliability/faults.test.ts, checklist test 65): a server with
 * the start-up process handlers whose handler answers, then lets a promise reject with
 * nobody listening, as a resolver's stray promise would. Prints `listening <port>`.
 */
import http from 'node:http';
import { installProcessHandlers } from '@/lib/server/start';

installProcessHandlers();
const server = http.createServer((req, res) => {
  res.end('ok');
  if (req.url === '/reject-late') {
    setTimeout(() => {
      void Promise.reject(new Error('a stray promise failed after its response was sent'));
    }, 5);
  }
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
