import {
  ecosystemGraph,
  MAX_NEIGHBOURHOOD_DEPTH,
  neighbourhoodGraph,
  type EcosystemFilter,
  type MapNodeType,
} from '@/lib/map/graph';
import type { GraphQLContext } from '../context';
import { badInput } from '../errors';

const MAX_SECTORS = 20;
const MAX_TEXT = 100;

type EcosystemArgs = { filter?: { sectors?: readonly string[] | null; types?: readonly MapNodeType[] | null } | null };
type NeighbourhoodArgs = { id: string; depth?: number | null };

/** Checks the ecosystem filter; an absent or empty list means no narrowing. */
function ecosystemFilter(args: EcosystemArgs): EcosystemFilter {
  const sectors = [...new Set(args.filter?.sectors ?? [])];
  if (sectors.length > MAX_SECTORS) throw badInput(`At most ${MAX_SECTORS} sectors at a time`, 'filter.sectors');
  if (sectors.some((s) => s.length === 0 || s.length > MAX_TEXT)) throw badInput('Not a sector slug', 'filter.sectors');
  return { sectors, types: [...new Set(args.filter?.types ?? [])] };
}

function neighbourhoodDepth(depth: number | null | undefined): 1 | 2 {
  const value = depth ?? 1;
  if (value !== 1 && value !== MAX_NEIGHBOURHOOD_DEPTH) {
    throw badInput(`depth must be between 1 and ${MAX_NEIGHBOURHOOD_DEPTH}`, 'depth');
  }
  return value;
}

/** The ecosystem map: thin calls into lib/map. */
export const mapResolvers = {
  Query: {
    ecosystem: (_: unknown, args: EcosystemArgs, ctx: GraphQLContext) => ecosystemGraph(ctx.store, ecosystemFilter(args)),
    neighbourhood: (_: unknown, { id, depth }: NeighbourhoodArgs, ctx: GraphQLContext) => {
      const hops = neighbourhoodDepth(depth);
      if (id.length > MAX_TEXT) throw badInput('Not an entity id', 'id');
      return neighbourhoodGraph(ctx.store, id, hops);
    },
  },
};
