/**
 * Lost-write check: every id a write acknowledged must be in the store. Staff read any
 * record by id in any state (curationEntity), so the check asks for each acknowledged id,
 * 15 to a request (the alias cap), a few requests at a time.
 */
import { mustQuery } from './http.mjs';

const PER_REQUEST = 15;
const PARALLEL = 4;

function batchQuery(batch) {
  const params = batch.map((_, i) => `$k${i}: EntityKind!, $i${i}: ID!`).join(', ');
  const fields = batch.map((_, i) => `e${i}: curationEntity(kind: $k${i}, id: $i${i}) { id state }`).join(' ');
  return `query SoakVerify(${params}) { ${fields} }`;
}

/**
 * Which of `ids` (id → EntityKind) the store lacks. Resolves with { checked, found, missing }.
 * A failing request throws: "could not check" must never read as "nothing lost".
 */
export async function findMissing(base, staffCookie, ids) {
  const entries = [...ids.entries()];
  const batches = [];
  for (let i = 0; i < entries.length; i += PER_REQUEST) batches.push(entries.slice(i, i + PER_REQUEST));
  const missing = [];
  let next = 0;
  async function worker() {
    while (next < batches.length) {
      const batch = batches[next++];
      const variables = Object.fromEntries(batch.flatMap(([id, kind], i) => [[`k${i}`, kind], [`i${i}`, id]]));
      const data = await mustQuery(base, { cookie: staffCookie, query: batchQuery(batch), variables });
      batch.forEach(([id], i) => {
        if (data[`e${i}`]?.id !== id) missing.push(id);
      });
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { checked: entries.length, found: entries.length - missing.length, missing };
}

/** How many items wait in the moderation queue, per kind (staff). */
export async function pendingCounts(base, staffCookie) {
  const data = await mustQuery(base, { cookie: staffCookie, query: '{ moderationCounts { total byKind { kind count } } }' });
  return Object.fromEntries(data.moderationCounts.byKind.map((k) => [k.kind, k.count]));
}
