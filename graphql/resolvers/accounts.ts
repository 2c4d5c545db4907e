import { InvalidCursorError } from '@/lib/directory/connection';
import { changeAccountRole, changeAccountState, listAccounts, revokeAccountSessions, type AccountFilter } from '@/lib/accounts/admin';
import { changePassword } from '@/lib/accounts/change-password';
import { confirmAccountDeletion, declineAccountDeletion, listDeletionRequests } from '@/lib/accounts/deletion';
import {
  acceptInvitation,
  findInvitablePeople,
  invitePerson,
  listInvitations,
  lookupInvitation,
  revokeInvitation,
  type InviteInput,
} from '@/lib/accounts/invitations';
import type { AccountRecord, InvitationState } from '@/lib/accounts/model';
import type { GraphQLContext } from '../context';
import { badInput } from '../errors';

type Ctx = GraphQLContext;

/** Invitations, password change, account administration and deletion requests: thin calls into lib/accounts. */
export const accountResolvers = {
  Query: {
    invitations: (_: unknown, args: { state?: InvitationState | null }, { store, viewer }: Ctx) => listInvitations(store, viewer, args.state ?? null),
    invitation: (_: unknown, args: { token: string }, { store }: Ctx) => lookupInvitation(store, args.token),
    invitablePeople: (_: unknown, args: { query: string }, { store, viewer }: Ctx) => findInvitablePeople(store, viewer, args.query),
    async accounts(_: unknown, args: AccountFilter, { store, viewer }: Ctx) {
      try {
        return await listAccounts(store, viewer, args);
      } catch (error) {
        if (error instanceof InvalidCursorError) throw badInput(error.message, error.field);
        throw error;
      }
    },
    deletionRequests: (_: unknown, __: unknown, { store, viewer }: Ctx) => listDeletionRequests(store, viewer),
  },
  Account: {
    person: (account: AccountRecord, _: unknown, { loaders }: Ctx) => (account.personId ? loaders.person.load(account.personId) : null),
  },
  Mutation: {
    invitePerson: (_: unknown, args: { input: InviteInput }, { store, viewer }: Ctx) => invitePerson(store, viewer, args.input),
    revokeInvitation: (_: unknown, args: { id: string }, { store, viewer }: Ctx) => revokeInvitation(store, viewer, args.id),
    acceptInvitation: (_: unknown, args: { input: { token: string; password: string } }, { store }: Ctx) => acceptInvitation(store, args.input),
    changePassword: (_: unknown, args: { input: { currentPassword: string; newPassword: string } }, { store, viewer }: Ctx) =>
      changePassword(store, viewer, args.input),
    setAccountRole: (_: unknown, args: { input: { accountId: string; role: string; version: number } }, { store, viewer }: Ctx) =>
      changeAccountRole(store, viewer, args.input),
    setAccountState: (_: unknown, args: { input: { accountId: string; state: string; version: number } }, { store, viewer }: Ctx) =>
      changeAccountState(store, viewer, args.input),
    revokeAccountSessions: (_: unknown, args: { accountId: string }, { store, viewer }: Ctx) => revokeAccountSessions(store, viewer, args.accountId),
    confirmAccountDeletion: (_: unknown, args: { personId: string }, { store, viewer }: Ctx) => confirmAccountDeletion(store, viewer, args.personId),
    declineAccountDeletion: (_: unknown, args: { input: { personId: string; reason: string } }, { store, viewer }: Ctx) =>
      declineAccountDeletion(store, viewer, args.input),
  },
};
