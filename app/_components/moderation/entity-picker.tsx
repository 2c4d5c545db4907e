'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { moderationText } from '@/lib/i18n/moderation';
import type { Locale } from '@/lib/i18n/messages';
import { PickEntityQuery } from './operations';
import { useSuggestions } from '../api/use-suggestions';
import { onComboboxKey } from '../combobox-keys';
import { postOperation } from './post';
import styles from './moderation.module.css';

interface Choice {
  id: string;
  name: string;
}

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
  const suggestions = useSuggestions(async (query, signal) => {
    const outcome = await postOperation(PickEntityQuery, { query, types: [type] }, signal);
    if (!outcome.ok) return null;
    const hits = outcome.data.search.groups.flatMap((g) => g.hits.map((h) => ({ id: h.entity.id, name: h.entity.name })));
    return hits.filter((h) => !exclude.includes(h.id));
  });
  const { text, options, status } = suggestions;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<Choice | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);

  // A reset of the surrounding form empties the choice too.
  const { reset } = suggestions;
  useEffect(() => {
    const form = inputRef.current?.form ?? changeRef.current?.form;
    if (!form) return;
    const onReset = () => {
      setChosen(null);
      reset();
    };
    form.addEventListener('reset', onReset);
    return () => form.removeEventListener('reset', onReset);
  }, [chosen, reset]);

  function onChange(next: string) {
    suggestions.onChange(next);
    setOpen(true);
    setActive(-1);
  }

  function choose(choice: Choice) {
    setChosen(choice);
    setOpen(false);
    setActive(-1);
    // Focus moves to the "change" button that replaces the input.
    requestAnimationFrame(() => changeRef.current?.focus());
  }

  const expanded = open && status !== 'idle';
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    onComboboxKey(event, {
      count: options.length,
      expanded,
      active,
      setActive,
      setOpen,
      choose: (i) => {
        const option = options[i];
        if (option) choose(option);
      },
    });
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
