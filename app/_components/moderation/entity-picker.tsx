'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { moderationText } from '@/lib/i18n/moderation';
import type { Locale } from '@/lib/i18n/messages';
import { PickEntityQuery } from './operations';
import { postOperation } from './post';
import styles from './moderation.module.css';

interface Choice {
  id: string;
  name: string;
}

type Status = 'idle' | 'loading' | 'ready' | 'failed';

const DEBOUNCE_MS = 150;
const MIN_LENGTH = 2;

export interface EntityPickerProps {
  id: string;
  /** The form field that carries the chosen id. */
  name: string;
  label: string;
  type: 'ORGANIZATION' | 'PROJECT';
  locale: Locale;
  error?: ReactNode;
  /** Ids that may not be chosen (e.g. the first organization of a collaboration). */
  exclude?: readonly string[];
}

/**
 * Chooses a public organization or project by name: an ARIA combobox whose options come
 * from the site search as you type. The chosen id travels in a hidden input named `name`.
 */
export function EntityPicker({ id, name, label, type, locale, error, exclude = [] }: EntityPickerProps) {
  const t = moderationText[locale];
  const listboxId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Choice[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<Choice | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<AbortController | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  // A reset of the surrounding form empties the choice too.
  useEffect(() => {
    const form = inputRef.current?.form ?? changeRef.current?.form;
    if (!form) return;
    const onReset = () => {
      setChosen(null);
      setText('');
      setOptions([]);
      setStatus('idle');
    };
    form.addEventListener('reset', onReset);
    return () => form.removeEventListener('reset', onReset);
  }, [chosen]);

  async function ask(query: string) {
    const controller = new AbortController();
    inFlight.current = controller;
    setStatus('loading');
    try {
      const outcome = await postOperation(PickEntityQuery, { query, types: [type] }, controller.signal);
      if (controller.signal.aborted) return;
      if (!outcome.ok) {
        setStatus('failed');
        return;
      }
      const hits = outcome.data.search.groups.flatMap((g) => g.hits.map((h) => ({ id: h.entity.id, name: h.entity.name })));
      setOptions(hits.filter((h) => !exclude.includes(h.id)));
      setActive(-1);
      setStatus('ready');
    } catch {
      // Aborted: a newer query is on its way.
    }
  }

  function onChange(next: string) {
    setText(next);
    setOpen(true);
    clearTimeout(timer.current);
    inFlight.current?.abort();
    const query = next.trim();
    if (query.length < MIN_LENGTH) {
      setOptions([]);
      setStatus('idle');
      return;
    }
    timer.current = setTimeout(() => void ask(query.slice(0, 100)), DEBOUNCE_MS);
  }

  function choose(choice: Choice) {
    setChosen(choice);
    setOpen(false);
    setActive(-1);
    // Focus moves to the "change" button that replaces the input.
    requestAnimationFrame(() => changeRef.current?.focus());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const option = options[active];
      if (open && option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  }

  if (chosen) {
    return (
      <div className={styles.field}>
        <span className={styles.pseudoLabel} id={`${id}-label`}>
          {label}
        </span>
        <input type="hidden" name={name} value={chosen.id} />
        <p className={styles.chosen} data-testid={`${id}-chosen`}>
          <span>{t.pickerChosen(chosen.name)}</span>{' '}
          <button
            ref={changeRef}
            type="button"
            className="link-button"
            aria-describedby={`${id}-label`}
            onClick={() => {
              setChosen(null);
              requestAnimationFrame(() => inputRef.current?.focus());
            }}
          >
            {t.pickerChange}
          </button>
        </p>
        {error ? <p className={styles.fieldError}>{error}</p> : null}
      </div>
    );
  }

  const expanded = open && status !== 'idle';
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className={styles.hint}>
        {t.pickerHint}
      </p>
      <div className={styles.picker}>
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={active >= 0 ? `${listboxId}-${active}` : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          maxLength={100}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => setOpen(true)}
        />
        <ul id={listboxId} role="listbox" aria-label={label} className={styles.options} hidden={!expanded || options.length === 0}>
          {options.map((option, i) => (
            <li
              key={option.id}
              id={`${listboxId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? styles.optionActive : styles.option}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.name}
            </li>
          ))}
        </ul>
        <p role="status" className={styles.optionNote}>
          {expanded && status === 'ready' && options.length === 0 ? t.pickerNone : expanded && status === 'failed' ? t.pickerFailed : ''}
        </p>
      </div>
      {error ? (
        <p id={errorId} className={styles.fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
