import { communityStats, findById, findBySlug, findHub, listSectors } from '@/lib/directory/read';
import type { GraphQLContext } from '../context';

type SlugArgs = { slug: string };

/** Root lookups: thin calls into the directory service. */
export const queryResolvers = {
  Query: {
    node: (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => findById(ctx.store, id),
    stats: (_: unknown, __: unknown, ctx: GraphQLContext) => communityStats(ctx.store),
    sectors: (_: unknown, __: unknown, ctx: GraphQLContext) => listSectors(ctx.store),
    hub: (_: unknown, __: unknown, ctx: GraphQLContext) => findHub(ctx.store),
    person: (_: unknown, { slug }: SlugArgs, ctx: GraphQLContext) => findBySlug(ctx.store, 'Person', slug),
    organization: (_: unknown, { slug }: SlugArgs, ctx: GraphQLContext) => findBySlug(ctx.store, 'Organization', slug),
    skill: (_: unknown, { slug }: SlugArgs, ctx: GraphQLContext) => findBySlug(ctx.store, 'Skill', slug),
    sector: (_: unknown, { slug }: SlugArgs, ctx: GraphQLContext) => findBySlug(ctx.store, 'Sector', slug),
    project: (_: unknown, { slug }: SlugArgs, ctx: GraphQLContext) => findBySlug(ctx.store, 'Project', slug),
    event: (_: unknown, { slug }: SlugArgs, ctx: GraphQLContext) => findBySlug(ctx.store, 'Event', slug),
  },
  Node: {
    __resolveType: (record: { kind: string }) => record.kind,
  },
  Entity: {
    __resolveType: (record: { kind: string }) => record.kind,
  },
};
