import { randomUUID } from 'node:crypto';
import type { Viewer } from '@/lib/auth/viewer';
import type { GraphStore } from '@/lib/graph/store';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives: who asks, the store, and this request's loaders. */
export interface GraphQLContext {
  requestId: string;
  viewer: Viewer | null;
  store: GraphStore;
  loaders: Loaders;
}

/** A fresh context for one request. */
export function createContext(store: GraphStore, viewer: Viewer | null, requestId: string = randomUUID()): GraphQLContext {
  return { requestId, viewer, store, loaders: createLoaders(store) };
}
