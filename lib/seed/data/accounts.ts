import type { SeedAccount } from '../types';

/** The three demo accounts. The passwords are public demo credentials, documented for the demo only. */
export const accounts: SeedAccount[] = [
  { email: 'membro@rizoma.example', password: 'rizoma-membro-2026', role: 'MEMBER', person: 'karim-benali' },
  { email: 'staff@rizoma.example', password: 'rizoma-staff-2026', role: 'STAFF', person: 'matteo-loiacono' },
  { email: 'admin@rizoma.example', password: 'rizoma-admin-2026', role: 'ADMIN', person: 'chiara-ventura' },
];
