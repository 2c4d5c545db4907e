/**
 * Imports every module that declares Cypher queries, so the registry is complete for
 * the lint test (tests/unit/cypher-lint.test.ts). Add each new queries module here.
 */
import './migrations';
import '../directory/queries';
import '../directory/collaborator-queries';
import '../seed/queries';
import './transfer-queries';
import '../directory/list-queries';
import '../search/queries';
import '../map/queries';
import '../matching/team-queries';
import '../matching/gap-queries';
import '../matching/queries';
import '../auth/account-queries';
import '../write/audit-queries';
import '../self-service/queries';
import '../accounts/queries';
import '../curation/entity-queries';
import '../curation/relationship-queries';
import '../moderation/queries';
import '../csv/queries';
import '../merge/node-queries';
import '../merge/skill-queries';
import '../merge/person-queries';
import '../merge/organization-queries';
import '../audit/queries';
import '../matching/skill-index-queries';
