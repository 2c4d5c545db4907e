'use client';

import { useRef, useState, type KeyboardEvent } from 'react';
import type { SearchType } from '@/graphql/generated/graphql';
import type { Locale } from '@/lib/i18n/messages';
import { mergeAuditText } from '@/lib/i18n/merge-audit';
import { useSuggestions } from '../api/use-suggestions';
import { onComboboxKey } from '../combobox-keys';
import { postOperation } from '../moderation/post';
import { MergePickQuery } from './operations';
import styles from './merge.module.css';

interface Choice {
  id: string;
  name: string;
}

export interface MergePickerProps {
  id: string;
  /** The form field (a GET parameter) that carries the chosen id. */
  name: string;
  label: string;
  type: SearchType;
  locale: Locale;
  initial?: Choice | null;
}

/**
 * Chooses one entity of a kind by name: an ARIA combobox whose options come from the
 * site search as you type. The chosen id travels in a hidden input named `name`.
 */
export function MergePicker({ id, name, label, type, locale, initial = null }: MergePickerProps) {
  const t = mergeAuditText[locale];
  const listboxId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const suggestions = useSuggestions(async (query, signal) => {
    const outcome = await postOperation(MergePickQuery, { query, types: [type] }, signal);
    if (!outcome.ok) return null;
    return outcome.data.search.groups.flatMap((g) => g.hits.map((h) => ({ id: h.entity.id, name: h.entity.name })));
  });
  const { text, options, status } = suggestions;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<Choice | null>(initial);
  const inputRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);

  function onChange(next: string) {
    suggestions.onChange(next);
    setOpen(true);
    setActive(-1);
  }

  function choose(choice: Choice) {
    setChosen(choice);
    setOpen(false);
    setActive(-1);
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
      </div>
    );
  }

  const note = status === 'loading' ? t.pickerSearching : status === 'failed' ? t.pickerFailed : status === 'ready' && options.length === 0 ? t.pickerNone : '';
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
          aria-expanded={expanded && options.length > 0}
          aria-controls={listboxId}
          aria-activedescendant={active >= 0 ? `${listboxId}-${active}` : undefined}
          aria-describedby={hintId}
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
        <p className={styles.hint} role="status" aria-live="polite">
          {expanded ? note : ''}
        </p>
      </div>
    </div>
  );
}
