import { NextRequest } from 'next/server';
import { graphqlHandler } from '@/graphql/server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Sends a POST to the /api/graphql route handler exactly as Next.js would hand it over. */
export async function postGraphQL<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const req = new NextRequest('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const res = await graphqlHandler(req);
  return { status: res.status, headers: res.headers, body: await res.json() };
}

/** Sends a GET to the route handler with the query in the URL. */
export async function getGraphQL(query: string, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const url = new URL('http://localhost/api/graphql');
  url.searchParams.set('query', query);
  const res = await graphqlHandler(new NextRequest(url, { method: 'GET', headers }));
  return { status: res.status, headers: res.headers, body: await res.json() };
}
