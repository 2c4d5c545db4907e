'use client';

import { useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Locale } from '@/lib/i18n/messages';
import { matchingText } from '@/lib/i18n/matching';
import { onComboboxKey } from '../combobox-keys';
import { localName } from '../profile/localized';
import { matchSkills, type SkillOption } from './skill-match';
import styles from './matching.module.css';

export interface SkillPickerProps {
  /** Every skill that can be chosen (names and aliases in both languages). */
  options: SkillOption[];
  /** Slugs chosen so far (from the address). */
  selected: string[];
  /** Per chosen slug, the address without it: removing a chip works before scripts run. */
  removeHrefs: Record<string, string>;
  /** Name of the hidden input each chip submits. */
  name: string;
  /** Name of the text input, submitted when text is left unchosen (resolved on the server). */
  textName: string;
  max: number;
  locale: Locale;
}

/** Suggestions start at two characters: one letter matches too much to help. */
const MIN_LENGTH = 2;

/**
 * Chooses skills for a GET form: a combobox suggesting skills by name or alias in both
 * languages (ARIA combobox + listbox, arrows, Enter, Escape), the chosen ones as
 * removable chips each submitting a hidden input. Without scripts the chips still submit,
 * their remove links still work, and typed text is resolved to a skill by the page.
 */
export function SkillPicker({ options, selected, removeHrefs, name, textName, max, locale }: SkillPickerProps) {
  const t = matchingText[locale].picker;
  const inputId = useId();
  const hintId = useId();
  const listboxId = useId();
  const bySlug = useMemo(() => new Map(options.map((o) => [o.slug, o])), [options]);
  const [chosen, setChosen] = useState<string[]>(() => selected);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  const full = chosen.length >= max;
  const query = text.trim();
  const suggestions = query.length >= MIN_LENGTH ? matchSkills(options, query).filter((o) => !chosen.includes(o.slug)) : [];
  const expanded = open && query.length >= MIN_LENGTH && !full;
  const labelOf = (slug: string) => {
    const option = bySlug.get(slug);
    return option ? localName(option, locale) : slug;
  };

  function choose(option: SkillOption) {
    if (chosen.includes(option.slug) || full) return;
    setChosen([...chosen, option.slug]);
    setText('');
    setActive(-1);
    setOpen(false);
    setAnnouncement(t.added(localName(option, locale)));
  }

  function remove(slug: string, event: MouseEvent) {
    event.preventDefault();
    setChosen(chosen.filter((s) => s !== slug));
    setAnnouncement(t.removed(labelOf(slug)));
    document.getElementById(inputId)?.focus();
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

  const activeId = expanded && active >= 0 && suggestions[active] ? `${listboxId}-${suggestions[active].slug}` : undefined;
  const showNoMatch = expanded && suggestions.length === 0;

  return (
    <fieldset className={styles.picker}>
      <legend>{t.legend}</legend>
      <p id={hintId} className={styles.hint}>
        {full ? t.full(max) : t.hint}
      </p>
      <p className="visually-hidden" id={`${listboxId}-chosen`}>
        {t.chosen}
      </p>
      {chosen.length === 0 ? (
        <p className={styles.muted}>{t.none}</p>
      ) : (
        <ul className={styles.chips} aria-labelledby={`${listboxId}-chosen`} data-testid="chosen-skills">
          {chosen.map((slug) => (
            <li key={slug} className={styles.chip}>
              <input type="hidden" name={name} value={slug} />
              <span>{labelOf(slug)}</span>
              <a
                href={removeHrefs[slug] ?? '#'}
                className={styles.chipRemove}
                aria-label={t.remove(labelOf(slug))}
                title={t.remove(labelOf(slug))}
                onClick={(e) => remove(slug, e)}
              >
                <span aria-hidden="true">×</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.combo}>
        <label htmlFor={inputId}>{t.inputLabel}</label>
        <input
          id={inputId}
          name={textName}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded && (suggestions.length > 0 || showNoMatch)}
          aria-controls={listboxId}
          aria-activedescendant={activeId}
          aria-describedby={hintId}
          placeholder={t.placeholder}
          value={text}
          disabled={full}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          onChange={(e) => {
            setText(e.target.value);
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
              const other = locale === 'en' ? option.name : option.nameEn;
              const label = localName(option, locale);
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
                  <span className={styles.optionName}>{label}</span>
                  {other && other !== label && <span className={styles.optionDetail}>{other}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </fieldset>
  );
}
