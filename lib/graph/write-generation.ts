/**
 * Per-process counts of finished write units of work, for caches of derived data (the
 * collaborator search's skill index, the search index, public records): a cache built at
 * generation g is current while the count is still g. Both adapters bump them when a
 * write unit or a single write statement ends, committed or not (a rolled-back unit
 * changed nothing, but counting it only costs a rebuild). Writes by other processes
 * (other Neo4j app instances, a CLI import) are not counted: caches that matter across
 * processes also expire by age.
 *
 * Two counts: every write, and the writes that may change data the process caches
 * (public records, the skill and search indexes, accounts for the session check). A unit
 * declares `effect: 'proposal'` only when all it writes is a member's proposal (a PENDING
 * node or a Proposal node, and its audit entry), which no cache holds: the caches then
 * survive it, so a stream of proposals does not rebuild them all the time.
 */
export type WriteEffect = 'any' | 'proposal';

const state = globalThis as { __rizomaWriteGeneration?: number; __rizomaDataGeneration?: number };

/** How many write units have ended in this process. */
export function writeGeneration(): number {
  return state.__rizomaWriteGeneration ?? 0;
}

/** How many write units that may change cached data (all but proposals) have ended in this process. */
export function dataGeneration(): number {
  return state.__rizomaDataGeneration ?? 0;
}

/** Records that a write unit of work ended. */
export function noteWriteEnded(effect: WriteEffect = 'any'): void {
  state.__rizomaWriteGeneration = writeGeneration() + 1;
  if (effect !== 'proposal') state.__rizomaDataGeneration = dataGeneration() + 1;
}

/** Runs a write and records its end, whatever the outcome. */
export async function countingWrite<T>(work: () => Promise<T>, effect: WriteEffect = 'any'): Promise<T> {
  try {
    return await work();
  } finally {
    noteWriteEnded(effect);
  }
}
