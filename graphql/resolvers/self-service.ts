import DataLoader from 'dataloader';
import { can } from '@/lib/auth/permissions';
import type { PersonRecord } from '@/lib/directory/model';
import { endorse, endorsersOf, listEndorsements, withdrawEndorsement, type EndorsementRecord } from '@/lib/self-service/endorsements';
import type { ProfileRecord } from '@/lib/self-service/model';
import { cancelAccountDeletion, readProfile, requestAccountDeletion, updateMyProfile, updateProfile } from '@/lib/self-service/profile';
import { listProposals } from '@/lib/self-service/proposals';
import { proposeSkill, removeMySkill, setMySkill } from '@/lib/self-service/skills';
import type { GraphQLContext } from '../context';
import { personResolvers } from './person';

type Ctx = GraphQLContext;

/**
 * Who endorses which skill, per request (a DataLoader kept beside the request's context,
 * so a list of people costs one statement; never shared across requests).
 */
const endorserLoaders = new WeakMap<Ctx, DataLoader<string, Map<string, string[]>>>();
function endorsers(ctx: Ctx): DataLoader<string, Map<string, string[]>> {
  let loader = endorserLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((ids: readonly string[]) => endorsersOf(ctx.store, ids));
    endorserLoaders.set(ctx, loader);
  }
  return loader;
}

/** Endorsements with the other person and the skill loaded; links to people or skills no longer public are dropped. */
async function withPeopleAndSkills(rows: EndorsementRecord[], ctx: Ctx) {
  const [people, skills] = await Promise.all([
    ctx.loaders.person.loadMany(rows.map((r) => r.personId)),
    ctx.loaders.skill.loadMany(rows.map((r) => r.skillId)),
  ]);
  return rows.flatMap((row, i) => {
    const person = people[i];
    const skill = skills[i];
    if (person instanceof Error) throw person;
    if (skill instanceof Error) throw skill;
    return person && skill ? [{ person, skill, at: row.at }] : [];
  });
}

export const selfServiceResolvers = {
  Query: {
    myProfile: (_: unknown, __: unknown, { viewer, store }: Ctx) => (viewer?.personId ? readProfile(store, viewer.personId) : null),
  },
  Mutation: {
    updateMyProfile: async (_: unknown, args: { input: unknown }, { viewer, store }: Ctx) => ({
      profile: await updateMyProfile(store, viewer, args.input),
    }),
    updatePersonProfile: async (_: unknown, args: { personId: string; input: unknown }, { viewer, store }: Ctx) => ({
      profile: await updateProfile(store, viewer, args.personId, args.input),
    }),
    setMySkill: async (_: unknown, args: { skillId: string; level: number }, { viewer, store }: Ctx) => ({
      profile: await setMySkill(store, viewer, args),
    }),
    removeMySkill: async (_: unknown, args: { skillId: string }, { viewer, store }: Ctx) => ({
      profile: await removeMySkill(store, viewer, args),
    }),
    proposeSkill: async (_: unknown, args: { input: unknown }, { viewer, store }: Ctx) => ({
      proposal: await proposeSkill(store, viewer, args.input),
    }),
    endorse: async (_: unknown, args: { personId: string; skillId: string }, { viewer, store }: Ctx) => ({
      summary: await endorse(store, viewer, args),
    }),
    withdrawEndorsement: async (_: unknown, args: { personId: string; skillId: string }, { viewer, store }: Ctx) => ({
      summary: await withdrawEndorsement(store, viewer, args),
    }),
    requestAccountDeletion: async (_: unknown, __: unknown, { viewer, store }: Ctx) => ({
      profile: await requestAccountDeletion(store, viewer),
    }),
    cancelAccountDeletion: async (_: unknown, __: unknown, { viewer, store }: Ctx) => ({
      profile: await cancelAccountDeletion(store, viewer),
    }),
  },
  MyProfile: {
    // The same links as on the public Person, through the request's loaders.
    skills: (p: ProfileRecord, args: unknown, ctx: Ctx) => personResolvers.Person.skills(p, args, ctx),
    organizations: (p: ProfileRecord, args: unknown, ctx: Ctx) => personResolvers.Person.organizations(p, args, ctx),
    projects: (p: ProfileRecord, args: unknown, ctx: Ctx) => personResolvers.Person.projects(p, args, ctx),
    proposals: (p: ProfileRecord, _: unknown, ctx: Ctx) => listProposals(ctx.store, p.id),
    endorsementsGiven: async (p: ProfileRecord, _: unknown, ctx: Ctx) => withPeopleAndSkills(await listEndorsements(ctx.store, p.id, 'given'), ctx),
    endorsementsReceived: async (p: ProfileRecord, _: unknown, ctx: Ctx) =>
      withPeopleAndSkills(await listEndorsements(ctx.store, p.id, 'received'), ctx),
  },
  Person: {
    canEndorse: (p: PersonRecord, _: unknown, ctx: Ctx) => can(ctx.viewer, 'endorsement.give', { personId: p.id }),
    skillEndorsements: async (p: PersonRecord, _: unknown, ctx: Ctx) => {
      const bySkill = await endorsers(ctx).load(p.id);
      const me = ctx.viewer?.personId ?? null;
      return [...bySkill].map(([skillId, people]) => ({ skillId, count: people.length, byMe: me !== null && people.includes(me) }));
    },
  },
};
