'use client';

import { useCallback, useId, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { formatNumber } from '@/lib/i18n/format';
import { mapText, type MapKind } from '@/lib/i18n/map';
import type { Locale } from '@/lib/i18n/messages';
import { MapCanvas } from './map-canvas';
import { NeighbourhoodMapQuery, useMapQuery } from './map-data';
import { MapLegend } from './map-legend';
import { nodePath, type MapNodeType } from './map-model';
import { NodeFinder } from './node-finder';
import { useSigmaMap } from './use-sigma-map';
import styles from './map.module.css';

export interface NeighbourhoodMapClientProps {
  id: string;
  kind: MapKind;
  height: string;
  locale: Locale;
}

/** The client side of NeighbourhoodMap: fetches `neighbourhood(id, depth: 2)` and draws it. */
export function NeighbourhoodMapClient({ id, kind, height, locale }: NeighbourhoodMapClientProps) {
  const t = mapText[locale];
  const headingId = useId();
  const router = useRouter();
  const { state, retry } = useMapQuery(NeighbourhoodMapQuery, { id, depth: 2 }, id);
  const graph = state.status === 'ready' ? state.data.neighbourhood : null;
  // Only the profile itself, or nothing at all: there is no network to draw.
  const data = graph && graph.nodes.length > 1 ? graph : null;

  const open = useCallback(
    (node: { type: MapNodeType; slug: string }) => {
      const centre = data?.nodes.find((n) => n.id === id);
      if (centre && centre.type === node.type && centre.slug === node.slug) return;
      router.push(nodePath(node));
    },
    [data, id, router],
  );
  const map = useSigmaMap({ data, locale, centreId: id, embedded: true, onOpen: open });

  let overlay: ReactNode = null;
  if (state.status === 'loading') overlay = <p role="status">{t.loading}</p>;
  else if (state.status === 'error')
    overlay = (
      <div role="alert">
        <p>{t.error}</p>
        <button type="button" className="button" onClick={retry}>
          {t.retry}
        </button>
      </div>
    );
  else if (map.phase === 'layout') overlay = <p role="status">{t.layout}</p>;
  else if (map.phase === 'unsupported') overlay = <p role="status">{t.unsupported}</p>;

  const counts: Partial<Record<MapNodeType, number>> = {};
  for (const n of data?.nodes ?? []) counts[n.type] = (counts[n.type] ?? 0) + 1;
  const summary = data ? t.summary(data.nodes.length, data.edges.length) : null;

  return (
    <section className={styles.neighbourhood} aria-labelledby={headingId}>
      <h2 id={headingId}>{t.neighbourhood.title}</h2>
      <p className={styles.muted}>{t.neighbourhood.intro[kind]}</p>
      {graph && !data ? (
        <p className={styles.empty}>{t.neighbourhood.empty}</p>
      ) : (
        <>
          <p className={styles.summary} aria-live="polite">
            {summary ? `${summary}. ${t.neighbourhood.centre}` : '\u00a0'}
          </p>
          {data?.truncated && <p className={styles.note}>{t.neighbourhood.truncated}</p>}
          <MapCanvas containerRef={map.containerRef} ready={map.phase === 'ready'} onZoom={map.zoom} label={t.canvasLabel(summary ?? t.loading)} height={height} overlay={overlay} />
          {data && (
            <>
              <MapLegend
                title={t.legend}
                level={3}
                sizeNote={t.legendSize}
                typeNames={t.types}
                counts={counts}
                formatCount={(n) => formatNumber(n, locale)}
              />
              <details className={styles.details}>
                <summary>{t.neighbourhood.details}</summary>
                <NodeFinder nodes={data.nodes} locale={locale} texts={t.finder} typeNames={t.type} onChoose={map.focus} />
              </details>
            </>
          )}
        </>
      )}
    </section>
  );
}
