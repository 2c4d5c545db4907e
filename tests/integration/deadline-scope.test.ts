import { runWithDeadline, type DeadlineScope } from '@/lib/graph/deadline-scope';
import { defineQuery } from '@/lib/graph/query';
import { NODE } from '@/lib/graph/schema';
import { openTempKuzuStore } from '../support/temp-store';

/**
 * A request answered with 503 TIMEOUT must not write afterwards (lib/graph/deadline-scope.ts):
 * the store refuses to start a queued write unit, or to commit one, after the deadline.
 */
const createSector = defineQuery('test.deadline.createSector', `CREATE (:${NODE.Sector} {id: $id, slug: $id, name: $id, state: 'ACTIVE', version: 1})`);
const sectorCount = defineQuery<{ n: number }>('test.deadline.sectorCount', `MATCH (s:${NODE.Sector}) WHERE s.id STARTS WITH 'dl-' RETURN count(s) AS n`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a write queued behind a slow one is not started once its deadline has passed; one within its deadline is', async () => {
  const { store, cleanup } = await openTempKuzuStore();
  try {
    // The slow unit holds the write queue for 300 ms (no deadline: not a request).
    const slow = store.write(async (tx) => {
      await tx.run(createSector, { id: 'dl-slow' });
      await sleep(300);
    });
    const late = runWithDeadline(Date.now() + 100, () => store.write((tx) => tx.run(createSector, { id: 'dl-late' })));
    const inTime = runWithDeadline(Date.now() + 5000, () => store.write((tx) => tx.run(createSector, { id: 'dl-in-time' })));
    await slow;
    await expect(late).rejects.toMatchObject({ code: 'TIMEOUT' });
    await inTime;
    expect((await store.query(sectorCount))[0]?.n).toBe(2);
  } finally {
    await cleanup();
  }
});

test('a unit whose deadline passes while it runs is rolled back instead of committed', async () => {
  const { store, cleanup } = await openTempKuzuStore();
  try {
    const unit = runWithDeadline(Date.now() + 100, () =>
      store.write(async (tx) => {
        await tx.run(createSector, { id: 'dl-slow-unit' });
        await sleep(200);
      }),
    );
    await expect(unit).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect((await store.query(sectorCount))[0]?.n).toBe(0);
  } finally {
    await cleanup();
  }
});

test('a committed write marks its request, so the API answers it instead of 503 TIMEOUT', async () => {
  const { store, cleanup } = await openTempKuzuStore();
  try {
    const committed: DeadlineScope = { at: Date.now() + 5000, committed: false };
    await runWithDeadline(committed.at, () => store.write((tx) => tx.run(createSector, { id: 'dl-marked' })), committed);
    expect(committed.committed).toBe(true);

    const refused: DeadlineScope = { at: Date.now() - 1, committed: false };
    await expect(runWithDeadline(refused.at, () => store.write((tx) => tx.run(createSector, { id: 'dl-refused' })), refused)).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
    expect(refused.committed).toBe(false);
    // Reads are never refused: reading a committed result back after the deadline is allowed.
    expect((await runWithDeadline(refused.at, () => store.query(sectorCount), refused))[0]?.n).toBe(1);
  } finally {
    await cleanup();
  }
});
