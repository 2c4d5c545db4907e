/**
 * Test helper process (tests/reliability/kill-mid-write.test.ts): opens the Kùzu store in
 * RIZOMA_DATA_DIR and writes one node after another, printing `ack <id>` on stdout only
 * once the write has committed, until the parent kills it with SIGKILL. Prints `ready`
 * with the time the open and migration took first.
 */
import fs from 'node:fs';
import { openKuzuStore } from '@/lib/graph/kuzu';
import { insertProbeSkill } from './fault-queries';

function say(line: string): void {
  // Synchronous, so a line is either wholly on the pipe or not at all when the kill lands.
  fs.writeSync(1, `${line}\n`);
}

async function main() {
  const prefix = process.env.WRITE_LOOP_PREFIX ?? 'kmw-';
  const started = performance.now();
  const store = openKuzuStore({ dataDir: process.env.RIZOMA_DATA_DIR ?? '', bufferPoolBytes: 128 * 1024 * 1024 });
  await store.migrate();
  say(`ready ${Math.round(performance.now() - started)}`);
  for (let i = 0; ; i++) {
    const id = `${prefix}${i}`;
    await store.mutate(insertProbeSkill, { id, name: `Probe ${id}` });
    say(`ack ${id}`);
  }
}
void main();
