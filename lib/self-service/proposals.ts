import { asNode, textOrNull } from '../graph/fields';
import type { GraphStore } from '../graph/store';
import { entityProposal, relationshipProposal, toProposalEnd, type ProposalEnd, type ProposalRecord } from './model';
import * as q from './queries';

/**
 * What a person's account proposed and how it stands, newest first: entities still
 * waiting or rejected (with the staff's note), and relationship proposals in any state.
 */
export async function listProposals(store: GraphStore, personId: string): Promise<ProposalRecord[]> {
  const { entities, relationships, ends } = await store.read(async (tx) => {
    const entityRows = await tx.run(q.proposedEntitiesOfPerson, { id: personId });
    const relationshipRows = await tx.run(q.proposalsOfPerson, { id: personId });
    const endIds = new Set<string>();
    for (const row of relationshipRows) {
      const n = asNode(row.n);
      for (const key of ['fromId', 'toId']) {
        const id = textOrNull(n, key);
        if (id) endIds.add(id);
      }
    }
    const endRows = endIds.size > 0 ? await tx.run(q.proposalEnds, { ids: [...endIds] }) : [];
    return { entities: entityRows, relationships: relationshipRows, ends: endRows };
  });
  const endById = new Map<string, ProposalEnd>(ends.map((r) => {
    const end = toProposalEnd(asNode(r.n));
    return [end.id, end];
  }));
  const all = [
    ...entities.map((r) => entityProposal(asNode(r.n))),
    ...relationships.flatMap((r) => relationshipProposal(asNode(r.n), endById) ?? []),
  ];
  return all.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
}
