/**
 * Relay-style connections over offset pages. Cursors are opaque to clients
 * (base64url of "o:<offset>") and validated on the way in.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  offset: number;
  limit: number;
}

export class InvalidCursorError extends Error {
  constructor(readonly field: 'after' | 'first', message: string) {
    super(message);
    this.name = 'InvalidCursorError';
  }
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match) throw new InvalidCursorError('after', 'The cursor is not one this API gave out');
  return Number(match[1]);
}

/** Turns `first`/`after` into an offset and a limit, clamping the page size to 1..100. */
export function toPage({ first, after }: PageRequest): Page {
  if (first !== undefined && first !== null && (!Number.isInteger(first) || first < 0)) {
    throw new InvalidCursorError('first', '`first` must be a whole number, 0 or more');
  }
  const limit = Math.min(Math.max(first ?? DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
  const offset = after ? decodeCursor(after) + 1 : 0;
  return { offset, limit };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Builds a connection from one page of nodes and the total count. */
export function toConnection<T>(nodes: readonly T[], page: Page, totalCount: number): Connection<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
