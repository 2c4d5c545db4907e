/**
 * Store errors are recognised by every copy of lib/graph/errors: Next.js bundles the module
 * once per layer while the store is opened once per process, so the error a request meets
 * may come from another copy than the one its route checks against.
 */
import { GraphQLError } from 'graphql';

type ErrorsModule = typeof import('@/lib/graph/errors');

function freshCopy(): ErrorsModule {
  let copy: ErrorsModule | undefined;
  jest.isolateModules(() => {
    copy = jest.requireActual<ErrorsModule>('@/lib/graph/errors');
  });
  if (!copy) throw new Error('could not load a second copy');
  return copy;
}

describe('StoreError across module copies', () => {
  const home = freshCopy();
  const other = freshCopy();

  it('the two copies are distinct classes (the situation in a production bundle)', () => {
    expect(home.StoreError).not.toBe(other.StoreError);
  });

  it('an error from another copy is a StoreError here, with its code', () => {
    const busy = new other.StoreError('BUSY', 'saturated');
    expect(busy instanceof home.StoreError).toBe(true);
    expect(home.isRetryableStoreError(busy)).toBe(true);
    expect(home.isRetryableStoreError(new other.StoreError('QUERY', 'bad'))).toBe(false);
  });

  it('a subclass matches only its own errors, from any copy', () => {
    const locked = new other.StoreLockedError('/data');
    expect(locked instanceof home.StoreLockedError).toBe(true);
    expect(locked instanceof home.StoreError).toBe(true);
    expect(new other.StoreError('LOCKED', 'x') instanceof home.StoreLockedError).toBe(false);
  });

  it('look-alikes are not StoreErrors', () => {
    const fake = Object.assign(new Error('saturated'), { name: 'StoreError', code: 'BUSY' });
    expect(fake instanceof home.StoreError).toBe(false);
    expect((null as unknown) instanceof home.StoreError).toBe(false);
    expect(home.isRetryableStoreError({ code: 'BUSY' })).toBe(false);
  });

  it('the API answers a foreign copy’s BUSY with SERVICE_UNAVAILABLE, not a masked internal error', async () => {
    const { formatError } = await import('@/graphql/errors');
    const busy = new other.StoreError('BUSY', 'The store is saturated');
    const wrapped = new GraphQLError(busy.message, { originalError: busy, path: ['person'] });
    const formatted = formatError(wrapped.toJSON(), wrapped);
    expect(formatted.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });
});
