import { MAP_NODE_TYPES, nodeSize, TYPE_STYLE, type MapNodeType } from './map-model';
import styles from './map.module.css';

export interface MapLegendProps {
  title: string;
  /** The heading level that fits where the legend sits. */
  level: 2 | 3;
  sizeNote: string;
  typeNames: Readonly<Record<MapNodeType, string>>;
  /** Nodes of each type on the map; types without nodes are left out. */
  counts: Readonly<Partial<Record<MapNodeType, number>>>;
  formatCount(n: number): string;
}

/** What the colours and sizes mean, in words: colour is never the only cue. */
export function MapLegend({ title, level, sizeNote, typeNames, counts, formatCount }: MapLegendProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const types = MAP_NODE_TYPES.filter((t) => (counts[t] ?? 0) > 0);
  return (
    <div className={styles.legend}>
      <Heading className={styles.legendTitle}>{title}</Heading>
      <ul>
        {types.map((type) => {
          // The swatch grows with the type's base size, as the nodes do (never below 8 px).
          const size = Math.max(8, Math.round(nodeSize(type, 0) * 2.4));
          return (
            <li key={type}>
              <span
                aria-hidden="true"
                className={styles.swatch}
                style={{ background: TYPE_STYLE[type].color, width: size, height: size }}
              />
              {typeNames[type]} <span className={styles.muted}>({formatCount(counts[type] ?? 0)})</span>
            </li>
          );
        })}
      </ul>
      <p className={styles.muted}>{sizeNote}</p>
    </div>
  );
}
