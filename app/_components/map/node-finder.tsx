'use client';

import { useDeferredValue, useId, useMemo, useState } from 'react';
import Link from 'next/link';
import { foldText } from '@/lib/text/fold';
import { nodeLabel, nodePath, type MapNodeData, type MapNodeType } from './map-model';
import styles from './map.module.css';

/** The most options the list renders at once: typing narrows it. */
const MAX_OPTIONS = 300;

export interface NodeFinderTexts {
  search: string;
  list: string;
  count(shown: number, total: number): string;
  none: string;
  hint: string;
  degree(n: number): string;
  open(name: string): string;
}

export interface NodeFinderProps {
  nodes: readonly MapNodeData[];
  locale: string;
  texts: NodeFinderTexts;
  typeNames: Readonly<Record<MapNodeType, string>>;
  /** Called with the chosen node's id (null when the choice is cleared). */
  onChoose(id: string | null): void;
}

/**
 * The keyboard way into the map: a search box and a list box of the nodes on the map.
 * Choosing a node highlights it (and its neighbours) on the map and offers a link to
 * its profile; a canvas cannot do either for keyboard or screen-reader users.
 */
export function NodeFinder({ nodes, locale, texts, typeNames, onChoose }: NodeFinderProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const deferredQuery = useDeferredValue(query);

  const indexed = useMemo(() => nodes.map((node) => ({ node, name: nodeLabel(node, locale), key: foldText(nodeLabel(node, locale)) })), [nodes, locale]);
  const matches = useMemo(() => {
    const q = foldText(deferredQuery.trim());
    return q ? indexed.filter((entry) => entry.key.includes(q)) : indexed;
  }, [indexed, deferredQuery]);
  const shown = matches.slice(0, MAX_OPTIONS);
  const chosenEntry = chosen === null ? undefined : indexed.find((entry) => entry.node.id === chosen);

  const choose = (value: string) => {
    const next = value === '' ? null : value;
    setChosen(next);
    onChoose(next);
  };

  return (
    <div className={styles.finder}>
      <label htmlFor={`${id}-q`}>{texts.search}</label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        aria-describedby={`${id}-count`}
      />
      <label htmlFor={`${id}-list`}>{texts.list}</label>
      <p id={`${id}-count`} className={styles.muted} aria-live="polite">
        {matches.length === 0 ? texts.none : texts.count(shown.length, matches.length)}
      </p>
      <select
        id={`${id}-list`}
        size={8}
        value={chosenEntry ? chosenEntry.node.id : ''}
        onChange={(e) => choose(e.target.value)}
        aria-describedby={`${id}-hint`}
        className={styles.list}
      >
        {shown.map(({ node, name }) => (
          <option key={node.id} value={node.id}>
            {name} · {typeNames[node.type]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className={styles.muted}>
        {texts.hint}
      </p>
      {chosenEntry && (
        <p className={styles.chosen} aria-live="polite">
          <Link href={nodePath(chosenEntry.node)}>{texts.open(chosenEntry.name)}</Link>{' '}
          <span className={styles.muted}>
            · {typeNames[chosenEntry.node.type]} · {texts.degree(chosenEntry.node.degree)}
          </span>
        </p>
      )}
    </div>
  );
}
