import type { Action } from '@/lib/auth/permissions';

/** The staff's tools, in the order the dashboard lists them, with the permission each needs. */
export const STAFF_TOOLS = [
  { key: 'moderation', href: '/staff/moderazione', action: 'entity.review' },
  { key: 'manage', href: '/staff/gestione', action: 'entity.edit' },
  { key: 'merge', href: '/staff/unisci', action: 'entity.merge' },
  { key: 'audit', href: '/staff/registro', action: 'audit.read' },
  { key: 'import', href: '/staff/importa', action: 'network.import' },
  { key: 'export', href: '/staff/esporta', action: 'network.export' },
  { key: 'invitations', href: '/staff/inviti', action: 'invitation.create' },
  { key: 'accounts', href: '/staff/account', action: 'account.manage' },
  { key: 'deletions', href: '/staff/cancellazioni', action: 'deletion.confirm' },
] as const satisfies readonly { key: string; href: string; action: Action }[];

export const MODERATION_PATH = '/staff/moderazione';
export const PROPOSE_PATH = '/proponi';

/** The queue's kinds as they appear in its address (`?tipo=progetti`). */
export const KIND_SLUGS = {
  SKILL: 'competenze',
  PROJECT: 'progetti',
  ORGANIZATION: 'organizzazioni',
  MEMBERSHIP: 'adesioni',
  CONTRIBUTION: 'contributi',
  COLLABORATION: 'collaborazioni',
} as const;
