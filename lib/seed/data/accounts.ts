import type { SeedAccount } from '../types';

/** The demo accounts: a member, an organization's manager (a member who manages Associazione Ponti Solidali), staff and an admin. The passwords are public demo credentials, documented for the demo only. */
export const accounts: SeedAccount[] = [
  { email: 'membro@rizoma.example', password: 'rizoma-membro-2026', role: 'MEMBER', person: 'karim-benali' },
  { email: 'gestore@rizoma.example', password: 'rizoma-gestore-2026', role: 'MEMBER', person: 'francesca-deluca' },
  { email: 'staff@rizoma.example', password: 'rizoma-staff-2026', role: 'STAFF', person: 'matteo-loiacono' },
  { email: 'admin@rizoma.example', password: 'rizoma-admin-2026', role: 'ADMIN', person: 'chiara-ventura' },
];
