import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';

/** What sign-in and session checks read of an account. */
export type AccountRow = {
  id: string;
  email: string;
  passwordHash: string | null;
  role: string;
  state: string;
  tokenVersion: number | null;
  personId: string | null;
  personName: string | null;
};

const ACCOUNT_FIELDS = `a.id AS id, a.email AS email, a.passwordHash AS passwordHash, a.role AS role, a.state AS state,
  a.tokenVersion AS tokenVersion, p.id AS personId, p.name AS personName`;

export const accountByEmail = defineQuery<AccountRow>(
  'auth.accountByEmail',
  `MATCH (a:${NODE.Account}) WHERE a.email = $email
   OPTIONAL MATCH (a)-[:${REL.IS}]->(p:${NODE.Person})
   RETURN ${ACCOUNT_FIELDS} LIMIT 1`,
);

export const accountById = defineQuery<AccountRow>(
  'auth.accountById',
  `MATCH (a:${NODE.Account} {id: $id})
   OPTIONAL MATCH (a)-[:${REL.IS}]->(p:${NODE.Person})
   RETURN ${ACCOUNT_FIELDS}`,
);

export const recordSignIn = defineQuery('auth.recordSignIn', {
  kuzu: `MATCH (a:${NODE.Account} {id: $id}) SET a.lastSignInAt = timestamp($at), a.failedSignIns = 0`,
  neo4j: `MATCH (a:${NODE.Account} {id: $id}) SET a.lastSignInAt = datetime($at), a.failedSignIns = 0`,
});

export const recordFailedSignIn = defineQuery(
  'auth.recordFailedSignIn',
  `MATCH (a:${NODE.Account} {id: $id}) SET a.failedSignIns = coalesce(a.failedSignIns, 0) + 1`,
);

export const replacePasswordHash = defineQuery(
  'auth.replacePasswordHash',
  `MATCH (a:${NODE.Account} {id: $id}) SET a.passwordHash = $passwordHash`,
);

/** Revokes every token issued before: sessions carry the version they were issued at. */
export const bumpTokenVersion = defineQuery<{ tokenVersion: number }>(
  'auth.bumpTokenVersion',
  `MATCH (a:${NODE.Account} {id: $id})
   SET a.tokenVersion = coalesce(a.tokenVersion, 0) + 1
   RETURN a.tokenVersion AS tokenVersion`,
);
