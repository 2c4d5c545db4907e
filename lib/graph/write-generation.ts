/**
 * A per-process count of finished write units of work, for caches of derived data (the
 * collaborator search's skill index, entity summaries): a cache built at generation g is
 * current while the count is still g. Both adapters bump it when a write unit or a single
 * write statement ends, committed or not (a rolled-back unit changed nothing, but counting
 * it only costs a rebuild). Writes by other processes (other Neo4j app instances, a CLI
 * import) are not counted: caches that matter across processes also expire by age.
 */
const state = globalThis as { __rizomaWriteGeneration?: number };

/** The current generation. */
export function writeGeneration(): number {
  return state.__rizomaWriteGeneration ?? 0;
}

/** Records that a write unit of work ended. */
export function noteWriteEnded(): void {
  state.__rizomaWriteGeneration = writeGeneration() + 1;
}

/** Runs a write and records its end, whatever the outcome. */
export async function countingWrite<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    noteWriteEnded();
  }
}
