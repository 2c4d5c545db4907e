'use client';

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n/messages';
import { selfServiceText } from '@/lib/i18n/self-service';
import { matchSkills, type SkillOption } from '../matching/skill-match';
import { onComboboxKey } from '../combobox-keys';
import { localName } from '../profile/localized';
import styles from './self-service.module.css';

/** A published skill the member can add: the picker's option plus the id the API needs. */
export interface SkillChoice extends SkillOption {
  id: string;
}

/** Suggestions start at two characters, as in the collaborator finder's picker. */
const MIN_LENGTH = 2;

/**
 * Chooses ONE skill by typing: an ARIA combobox suggesting skills by name or alias in
 * both languages (the matching of the collaborator finder, `matchSkills`), with arrows,
 * Enter and Escape. Choosing fills the input with the skill's name; editing it clears
 * the choice.
 */
export function SkillCombobox({
  options,
  locale,
  onChoose,
  onClear,
}: {
  options: SkillChoice[];
  locale: Locale;
  onChoose(option: SkillChoice): void;
  onClear(): void;
}) {
  const t = selfServiceText[locale].skills;
  const inputId = useId();
  const hintId = useId();
  const listboxId = useId();
  const bySlug = useMemo(() => new Map(options.map((o) => [o.slug, o])), [options]);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const query = text.trim();
  const suggestions = chosen === null && query.length >= MIN_LENGTH ? matchSkills(options, query) : [];
  const expanded = open && chosen === null && query.length >= MIN_LENGTH;
  const showNoMatch = expanded && suggestions.length === 0;

  function choose(option: SkillOption) {
    const full = bySlug.get(option.slug);
    if (!full) return;
    setText(localName(full, locale));
    setChosen(full.slug);
    setOpen(false);
    setActive(-1);
    onChoose(full);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // With nothing highlighted, Enter submits the form (the page resolves typed text).
    onComboboxKey(event, {
      count: suggestions.length,
      expanded,
      active,
      setActive,
      setOpen,
      choose: (i) => {
        const option = suggestions[i];
        if (option) choose(option);
      },
    });
  }

  const activeOption = expanded && active >= 0 ? suggestions[active] : undefined;

  return (
    <div className={styles.combo}>
      <label htmlFor={inputId}>{t.pick}</label>
      <p id={hintId} className={styles.hint}>
        {t.pickHint}
      </p>
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded && (suggestions.length > 0 || showNoMatch)}
        aria-controls={listboxId}
        aria-activedescendant={activeOption ? `${listboxId}-${activeOption.slug}` : undefined}
        aria-describedby={hintId}
        placeholder={t.pickPlaceholder}
        value={text}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        onChange={(e) => {
          setText(e.target.value);
          if (chosen !== null) {
            setChosen(null);
            onClear();
          }
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      <div className={styles.popup} hidden={!expanded || (suggestions.length === 0 && !showNoMatch)}>
        {showNoMatch && <p className={styles.popupNote}>{t.noMatch(query)}</p>}
        <ul id={listboxId} role="listbox" aria-label={t.options} className={styles.listbox}>
          {suggestions.map((option, index) => {
            const label = localName(option, locale);
            const other = locale === 'en' ? option.name : option.nameEn;
            return (
              <li
                key={option.slug}
                id={`${listboxId}-${option.slug}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? `${styles.option} ${styles.optionActive}` : styles.option}
                // Keep the focus in the input, so the combobox stays the one focused control.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => (index === active ? undefined : setActive(index))}
                onClick={() => choose(option)}
              >
                <span>{label}</span>
                {other && other !== label && <span className={styles.optionDetail}>{other}</span>}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
