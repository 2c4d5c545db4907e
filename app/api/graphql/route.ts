import type { NextRequest } from 'next/server';
import { graphqlHandler } from '@/graphql/server';

export const dynamic = 'force-dynamic';

export function GET(req: NextRequest) {
  return graphqlHandler(req);
}

export function POST(req: NextRequest) {
  return graphqlHandler(req);
}
