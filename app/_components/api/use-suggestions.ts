'use client';

import { useEffect, useRef, useState } from 'react';

export type SuggestionStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** Suggestions start at two characters: one letter matches too much to help. */
const MIN_LENGTH = 2;
const DEBOUNCE_MS = 150;
const MAX_QUERY = 100;

/**
 * The text of a suggesting input and the options the API suggests for it: debounced
 * (150 ms), from two characters on, each new query aborting the one in flight, so only
 * the answer to the latest text is shown. `fetchChoices` returns null when the API
 * refused (status "failed"); it is read at each query, so it may close over props.
 */
export function useSuggestions<C>(fetchChoices: (query: string, signal: AbortSignal) => Promise<C[] | null>) {
  const [text, setText] = useState('');
  const [options, setOptions] = useState<C[]>([]);
  const [status, setStatus] = useState<SuggestionStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<AbortController | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  async function ask(query: string) {
    const controller = new AbortController();
    inFlight.current = controller;
    setStatus('loading');
    try {
      const choices = await fetchChoices(query, controller.signal);
      if (controller.signal.aborted) return;
      if (!choices) {
        setStatus('failed');
        return;
      }
      setOptions(choices);
      setStatus('ready');
    } catch {
      // Aborted: a newer query is on its way.
    }
  }

  /** The input's new text: suggestions for it follow after the debounce. */
  function onChange(next: string) {
    setText(next);
    clearTimeout(timer.current);
    inFlight.current?.abort();
    const query = next.trim();
    if (query.length < MIN_LENGTH) {
      setOptions([]);
      setStatus('idle');
      return;
    }
    timer.current = setTimeout(() => void ask(query.slice(0, MAX_QUERY)), DEBOUNCE_MS);
  }

  /** Back to an empty input (a form reset). */
  function reset() {
    clearTimeout(timer.current);
    inFlight.current?.abort();
    setText('');
    setOptions([]);
    setStatus('idle');
  }

  return { text, options, status, onChange, reset };
}
