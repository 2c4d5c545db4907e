'use client';

import { useCallback, useMemo, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { useRouter, useSearchParams } from 'next/navigation';
import { formatNumber } from '@/lib/i18n/format';
import { mapText } from '@/lib/i18n/map';
import type { Locale } from '@/lib/i18n/messages';
import { MAP_PATH } from '@/lib/routes';
import { MapCanvas } from './map-canvas';
import { EcosystemMapQuery, useMapQuery } from './map-data';
import { MapLegend } from './map-legend';
import { MAP_NODE_TYPES, mapFilterQuery, nodePath, parseMapFilter, TYPE_STYLE, type MapFilter, type MapNodeType } from './map-model';
import { NodeFinder } from './node-finder';
import { useSigmaMap } from './use-sigma-map';
import styles from './map.module.css';

export interface SectorOption {
  slug: string;
  name: string;
}

export interface EcosystemMapProps {
  locale: Locale;
  /** Every public sector, for the sector filter, in display order. */
  sectors: readonly SectorOption[];
}

function countByType(nodes: readonly { type: MapNodeType }[]): Partial<Record<MapNodeType, number>> {
  const counts: Partial<Record<MapNodeType, number>> = {};
  for (const n of nodes) counts[n.type] = (counts[n.type] ?? 0) + 1;
  return counts;
}

/**
 * The whole community as a network, with filters by node type and sector kept in the
 * URL (/mappa?tipo=persone&tipo=progetti&settore=video), so a view can be shared. The
 * filter form is a plain GET form: without JavaScript it reloads the page; with it the
 * URL is updated in place and only the map data is fetched again.
 */
export function EcosystemMap({ locale, sectors }: EcosystemMapProps) {
  const t = mapText[locale];
  const router = useRouter();
  const searchParams = useSearchParams();
  const sectorSlugs = useMemo(() => sectors.map((s) => s.slug), [sectors]);
  const filter: MapFilter = parseMapFilter(
    { tipo: searchParams.getAll('tipo'), settore: searchParams.getAll('settore') },
    sectorSlugs,
  );
  const filterKey = mapFilterQuery(filter);
  const variables = { filter: { types: filter.types, sectors: filter.sector ? [filter.sector] : [] } };
  const { state, retry } = useMapQuery(EcosystemMapQuery, variables, filterKey);
  const data = state.status === 'ready' ? state.data.ecosystem : null;

  const open = useCallback((node: { type: MapNodeType; slug: string }) => router.push(nodePath(node)), [router]);
  const map = useSigmaMap({ data, locale, onOpen: open });

  const showFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = parseMapFilter(
      { tipo: form.getAll('tipo').map(String), settore: form.getAll('settore').map(String) },
      sectorSlugs,
    );
    const query = mapFilterQuery(next);
    window.history.pushState(null, '', query ? `${MAP_PATH}?${query}` : MAP_PATH);
  };
  const showAll = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    window.history.pushState(null, '', MAP_PATH);
  };

  const summary = data ? t.summary(data.nodes.length, data.edges.length) : null;
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
  else if (data && data.nodes.length === 0) overlay = <p role="status">{t.empty}</p>;
  else if (map.phase === 'layout') overlay = <p role="status">{t.layout}</p>;
  else if (map.phase === 'unsupported') overlay = <p role="status">{t.unsupported}</p>;

  return (
    <div className={styles.ecosystem}>
      {/* Keyed by the filter so its controls follow the URL (back button, shared links). */}
      <form key={filterKey} method="get" action={MAP_PATH} onSubmit={showFilter} className={styles.filters} aria-label={t.filters.label}>
        <fieldset>
          <legend>{t.filters.types}</legend>
          <div className={styles.checks}>
            {MAP_NODE_TYPES.map((type) => (
              <label key={type}>
                <input
                  type="checkbox"
                  name="tipo"
                  value={TYPE_STYLE[type].param}
                  defaultChecked={filter.types.length === 0 || filter.types.includes(type)}
                />
                <span aria-hidden="true" className={styles.swatch} style={{ background: TYPE_STYLE[type].color }} />
                {t.types[type]}
              </label>
            ))}
          </div>
          <p className={styles.muted}>{t.filters.typesHint}</p>
        </fieldset>
        <div className={styles.sector}>
          <label htmlFor="map-sector">{t.filters.sector}</label>
          <select id="map-sector" name="settore" defaultValue={filter.sector ?? ''}>
            <option value="">{t.filters.allSectors}</option>
            {sectors.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button">
            {t.filters.apply}
          </button>
          {filterKey !== '' && (
            <a href={MAP_PATH} onClick={showAll}>
              {t.filters.reset}
            </a>
          )}
        </div>
      </form>

      <p className={styles.summary} aria-live="polite">
        {summary ?? '\u00a0'}
      </p>
      {data?.truncated && <p className={styles.note}>{t.truncated}</p>}

      <div className={styles.layout}>
        <MapCanvas
          containerRef={map.containerRef}
          ready={map.phase === 'ready'}
          onZoom={map.zoom}
          label={t.canvasLabel(summary ?? t.loading)}
          height="min(70vh, 44rem)"
          overlay={overlay}
          zoom={{ in: t.zoomIn, out: t.zoomOut, reset: t.zoomReset }}
        />
        <div className={styles.side}>
          {data && (
            <MapLegend
              title={t.legend}
              level={2}
              sizeNote={t.legendSize}
              typeNames={t.types}
              counts={countByType(data.nodes)}
              formatCount={(n) => formatNumber(n, locale)}
            />
          )}
          <h2 className={styles.legendTitle}>{t.finder.title}</h2>
          {data ? (
            <NodeFinder key={filterKey} nodes={data.nodes} locale={locale} texts={t.finder} typeNames={t.type} onChoose={map.focus} />
          ) : (
            <p className={styles.muted}>{state.status === 'error' ? t.error : t.loading}</p>
          )}
        </div>
      </div>
    </div>
  );
}
