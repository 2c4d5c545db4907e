import { findAccountById, revokeSessions } from '@/lib/auth/accounts';
import { requireViewer } from '@/lib/auth/permissions';
import type { GraphQLContext } from '../context';

export const viewerResolvers = {
  Query: {
    async me(_: unknown, __: unknown, { viewer, store }: GraphQLContext) {
      if (!viewer) return null;
      const account = await findAccountById(store, viewer.accountId);
      if (!account) return null;
      return { accountId: account.id, email: account.email, role: viewer.role, personId: viewer.personId };
    },
  },
  Me: {
    person(me: { personId: string | null }, _: unknown, { loaders }: GraphQLContext) {
      return me.personId ? loaders.person.load(me.personId) : null;
    },
  },
  Mutation: {
    async signOutEverywhere(_: unknown, __: unknown, { viewer, store }: GraphQLContext) {
      await revokeSessions(store, requireViewer(viewer).accountId);
      return true;
    },
  },
};
