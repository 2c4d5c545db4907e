import { currentLocale } from '@/lib/i18n/locale';
import type { MapKind } from '@/lib/i18n/map';
import { NeighbourhoodMapClient } from './neighbourhood-map-client';

export interface NeighbourhoodMapProps {
  /** The entity's id (not its slug). */
  id: string;
  kind: MapKind;
  /** CSS height of the drawing; 22rem by default. */
  height?: string;
}

/**
 * A profile's two-hop neighbourhood as a small network map, in its own titled section.
 * A server component (it reads the viewer's language) around the client map; mount it
 * in a profile page: `<NeighbourhoodMap id={person.id} kind="Person" />`.
 */
export async function NeighbourhoodMap({ id, kind, height = '22rem' }: NeighbourhoodMapProps) {
  const locale = await currentLocale();
  return <NeighbourhoodMapClient id={id} kind={kind} height={height} locale={locale} />;
}
