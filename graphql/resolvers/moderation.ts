import { InvalidCursorError } from '@/lib/directory/connection';
import type { ModerationKind } from '@/lib/moderation/model';
import {
  proposeCollaboration,
  proposeContribution,
  proposeMembership,
  proposeOrganization,
  proposeProject,
} from '@/lib/moderation/propose';
import { moderationCounts, moderationQueue, myProposals } from '@/lib/moderation/queue';
import { approveItem, rejectItem } from '@/lib/moderation/review';
import type { GraphQLContext } from '../context';
import { badInput } from '../errors';

type Ctx = GraphQLContext;

interface QueueArgs {
  kind?: ModerationKind | null;
  first?: number | null;
  after?: string | null;
}

interface ReviewArgs {
  kind: ModerationKind;
  id: string;
  version: number;
  reason?: string | null;
}

/** Member proposals and the staff moderation queue: thin calls into lib/moderation. */
export const moderationResolvers = {
  Query: {
    async moderationQueue(_: unknown, args: QueueArgs, { store, viewer }: Ctx) {
      try {
        return await moderationQueue(store, viewer, args);
      } catch (error) {
        if (error instanceof InvalidCursorError) throw badInput(error.message, error.field);
        throw error;
      }
    },
    moderationCounts: (_: unknown, __: unknown, { store, viewer }: Ctx) => moderationCounts(store, viewer),
    myProposals: (_: unknown, __: unknown, { store, viewer }: Ctx) => myProposals(store, viewer),
  },
  Mutation: {
    proposeProject: async (_: unknown, { input }: { input: unknown }, { store, viewer }: Ctx) => ({
      item: await proposeProject(store, viewer, input),
    }),
    proposeOrganization: async (_: unknown, { input }: { input: unknown }, { store, viewer }: Ctx) => ({
      item: await proposeOrganization(store, viewer, input),
    }),
    proposeMembership: async (_: unknown, args: { organizationId: string; input: unknown }, { store, viewer }: Ctx) => ({
      item: await proposeMembership(store, viewer, args.organizationId, args.input),
    }),
    proposeContribution: async (_: unknown, args: { projectId: string; input: unknown }, { store, viewer }: Ctx) => ({
      item: await proposeContribution(store, viewer, args.projectId, args.input),
    }),
    proposeCollaboration: async (
      _: unknown,
      args: { organizationId: string; partnerOrganizationId: string; input: unknown },
      { store, viewer }: Ctx,
    ) => ({
      item: await proposeCollaboration(store, viewer, args.organizationId, args.partnerOrganizationId, args.input),
    }),
    approve: async (_: unknown, { kind, id, version }: ReviewArgs, { store, viewer }: Ctx) => ({
      item: await approveItem(store, viewer, { kind, id, version }),
    }),
    reject: async (_: unknown, { kind, id, version, reason }: ReviewArgs, { store, viewer }: Ctx) => ({
      item: await rejectItem(store, viewer, { kind, id, version, reason }),
    }),
  },
};
