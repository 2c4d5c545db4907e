import { neo4jOptionsFromEnv, openNeo4jStore } from '@/lib/graph/neo4j';
import { describeStoreContract } from './store-contract';

const options = neo4jOptionsFromEnv(process.env);

if (options) {
  describeStoreContract(`Neo4j (${options.uri})`, {
    async open() {
      const store = openNeo4jStore(options);
      await store.migrate();
      return store;
    },
    async close(store) {
      await store.close();
    },
  });
} else {
  console.info(
    'Neo4j contract run skipped: NEO4J_URI is not set, so there is no Neo4j server to run it against. ' +
      'Set NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) to run the same suite on Neo4j.',
  );
  describe('GraphStore contract: Neo4j', () => {
    test.skip('skipped: NEO4J_URI is not set', () => {});
  });
}
