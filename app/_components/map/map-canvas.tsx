'use client';

import type { ReactNode, RefObject } from 'react';
import type { SigmaMap } from './use-sigma-map';
import styles from './map.module.css';

export interface MapCanvasProps {
  /** Where sigma draws (useSigmaMap's containerRef). */
  containerRef: RefObject<HTMLDivElement | null>;
  /** Whether the drawing is there to zoom. */
  ready: boolean;
  onZoom: SigmaMap['zoom'];
  /** What the drawing shows, for assistive technology (the canvas itself says nothing). */
  label: string;
  /** CSS height of the drawing. */
  height: string;
  /** A message over the drawing (loading, layout, error...), or null. */
  overlay: ReactNode;
  /** Zoom buttons; left out for small embedded maps. */
  zoom?: { in: string; out: string; reset: string };
}

/** The box sigma draws in, with a status message over it and optional zoom buttons. */
export function MapCanvas({ containerRef, ready, onZoom, label, height, overlay, zoom }: MapCanvasProps) {
  return (
    <div className={styles.stage}>
      <div ref={containerRef} className={styles.canvas} style={{ height }} role="img" aria-label={label} />
      {overlay !== null && <div className={styles.overlay}>{overlay}</div>}
      {zoom && ready && (
        <div className={styles.zoom}>
          <button type="button" onClick={() => onZoom('in')} aria-label={zoom.in} title={zoom.in}>
            <span aria-hidden="true">+</span>
          </button>
          <button type="button" onClick={() => onZoom('out')} aria-label={zoom.out} title={zoom.out}>
            <span aria-hidden="true">−</span>
          </button>
          <button type="button" onClick={() => onZoom('reset')} aria-label={zoom.reset} title={zoom.reset}>
            <span aria-hidden="true">⤢</span>
          </button>
        </div>
      )}
    </div>
  );
}
