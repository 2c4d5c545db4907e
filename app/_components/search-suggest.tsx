'use client';

import { print } from 'graphql';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { graphql } from '@/graphql/generated';
import type { SearchSuggestQuery } from '@/graphql/generated/graphql';
import type { Locale } from '@/lib/i18n/messages';
import { searchText } from '@/lib/i18n/search';
import { searchPath } from '@/lib/search/address';
import { hitDetail, hitName } from '@/lib/search/hit-detail';
import { MAX_QUERY_LENGTH } from '@/lib/search/plan';
import { entityPath } from '@/lib/routes';
import styles from './search.module.css';

const SuggestQuery = graphql(`
  query SearchSuggest($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      total
      groups {
        type
        totalCount
        hits {
          entity {
            __typename
            id
            slug
            name
            ... on Person {
              headline
            }
            ... on Organization {
              organizationKind: kind
            }
            ... on Project {
              summary
            }
            ... on Skill {
              nameEn
            }
            ... on Sector {
              nameEn
            }
            ... on Event {
              eventKind: kind
            }
          }
        }
      }
    }
  }
`);

const QUERY_TEXT = print(SuggestQuery);
/** Wait this long after the last keystroke before asking. */
const DEBOUNCE_MS = 150;
/** Suggestions start at two characters: one letter matches too much to help. */
const MIN_LENGTH = 2;
const HITS_PER_TYPE = 4;

type Group = SearchSuggestQuery['search']['groups'][number];
type Status = 'idle' | 'loading' | 'ready' | 'failed' | 'tooLong';

interface Option {
  id: string;
  /** Position among all options, for the highlighted one. */
  index: number;
  href: string;
  name: string;
  detail: string | null;
}

interface OptionGroup {
  type: Group['type'];
  headingId: string;
  options: Option[];
}

export interface SearchSuggestProps {
  inputId: string;
  name: string;
  placeholder: string;
  defaultValue?: string;
  locale: Locale;
}

async function fetchSuggestions(query: string, signal: AbortSignal): Promise<SearchSuggestQuery['search']> {
  const res = await fetch('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY_TEXT, variables: { query, first: HITS_PER_TYPE } }),
    signal,
  });
  const body = (await res.json()) as { data?: SearchSuggestQuery | null; errors?: unknown[] };
  if (!res.ok || body.errors?.length || !body.data) throw new Error('search failed');
  return body.data.search;
}

/**
 * The site search input with suggestions as you type (ARIA combobox with a grouped
 * listbox). Without JavaScript it is a plain input of the surrounding GET form; Enter
 * with no suggestion highlighted submits that form to the results page.
 */
export function SearchSuggest({ inputId, name, placeholder, defaultValue, locale }: SearchSuggestProps) {
  const t = searchText[locale];
  const router = useRouter();
  const listboxId = useId();
  const hintId = useId();
  const [value, setValue] = useState(defaultValue ?? '');
  const [status, setStatus] = useState<Status>('idle');
  const [groups, setGroups] = useState<OptionGroup[]>([]);
  const [asked, setAsked] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<AbortController | undefined>(undefined);

  // Nothing may answer after the component is gone.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  const optionCount = groups.reduce((n, g) => n + g.options.length, 0);
  const seeAll: Option = { id: `${listboxId}-all`, index: optionCount, href: searchPath(asked), name: t.suggest.seeAll(asked), detail: null };
  const options = groups.length > 0 ? [...groups.flatMap((g) => g.options), seeAll] : [];
  const expanded = open && status !== 'idle';

  function toGroups(search: SearchSuggestQuery['search']): OptionGroup[] {
    let index = 0;
    return search.groups.map((group) => ({
      type: group.type,
      headingId: `${listboxId}-${group.type}`,
      options: group.hits.map(({ entity }) => ({
        id: `${listboxId}-${entity.__typename}-${entity.id}`,
        index: index++,
        href: entityPath(entity.__typename, entity.slug),
        name: hitName(entity, locale),
        detail: hitDetail(entity, locale),
      })),
    }));
  }

  async function ask(query: string) {
    const controller = new AbortController();
    inFlight.current = controller;
    setStatus('loading');
    try {
      const search = await fetchSuggestions(query, controller.signal);
      if (controller.signal.aborted) return;
      setGroups(toGroups(search));
      setAsked(query);
      setActive(-1);
      setStatus('ready');
    } catch {
      if (controller.signal.aborted) return;
      setGroups([]);
      setStatus('failed');
    }
  }

  function onChange(next: string) {
    setValue(next);
    setOpen(true);
    // Whatever is on its way answers a query no longer in the box.
    clearTimeout(timer.current);
    inFlight.current?.abort();
    const query = next.trim();
    if (query.length < MIN_LENGTH) {
      setGroups([]);
      setActive(-1);
      setStatus('idle');
      return;
    }
    if ([...query].length > MAX_QUERY_LENGTH) {
      setGroups([]);
      setActive(-1);
      setStatus('tooLong');
      return;
    }
    timer.current = setTimeout(() => void ask(query), DEBOUNCE_MS);
  }

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function go(option: Option) {
    close();
    router.push(option.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (options.length === 0) return;
        event.preventDefault();
        setOpen(true);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // From "nothing highlighted", down goes to the first option and up to the last.
        setActive((current) => (current < 0 ? (step > 0 ? 0 : options.length - 1) : (current + step + options.length) % options.length));
        return;
      }
      case 'Enter': {
        const option = expanded ? options[active] : undefined;
        // No highlighted option: the form submits to the results page as usual.
        if (option) {
          event.preventDefault();
          go(option);
        }
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (value) {
          event.preventDefault();
          onChange('');
        }
        return;
      case 'Tab':
        close();
        return;
    }
  }

  const activeId = expanded && active >= 0 ? options[active]?.id : undefined;
  const message =
    status === 'loading' && options.length === 0
      ? t.suggest.loading
      : status === 'ready' && options.length === 0
        ? t.suggest.none(asked)
        : status === 'failed'
          ? t.suggest.failed
          : status === 'tooLong'
            ? t.tooLong(MAX_QUERY_LENGTH)
            : null;
  const visible = expanded && (options.length > 0 || message !== null);
  const announcement = !visible ? '' : status === 'ready' && optionCount > 0 ? `${t.suggest.listLabel}: ${t.results(optionCount)}` : (message ?? '');

  return (
    <div className={styles.combo}>
      <input
        id={inputId}
        name={name}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={visible}
        aria-controls={listboxId}
        aria-activedescendant={activeId}
        aria-describedby={hintId}
        placeholder={placeholder}
        value={value}
        maxLength={MAX_QUERY_LENGTH * 2}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={close}
      />
      <span id={hintId} className="visually-hidden">
        {t.suggest.hint}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
      <div className={styles.popup} hidden={!visible}>
        {message && (
          <p className={status === 'tooLong' || status === 'failed' ? styles.popupAlert : styles.popupNote}>{message}</p>
        )}
        <div
          id={listboxId}
          role="listbox"
          aria-label={t.suggest.listLabel}
          aria-busy={status === 'loading'}
          className={status === 'loading' ? `${styles.listbox} ${styles.stale}` : styles.listbox}
        >
          {groups.map((group) => (
            <div key={group.type} role="group" aria-labelledby={group.headingId} className={styles.group}>
              <div role="presentation" id={group.headingId} className={styles.groupHeading}>
                {t.groups[group.type]}
              </div>
              {group.options.map((option) => (
                <OptionRow key={option.id} option={option} active={active} onPick={go} onHover={setActive} />
              ))}
            </div>
          ))}
          {options.length > 0 && (
            <OptionRow option={seeAll} active={active} onPick={go} onHover={setActive} seeAll />
          )}
        </div>
      </div>
    </div>
  );
}

function OptionRow({
  option,
  active,
  onPick,
  onHover,
  seeAll = false,
}: {
  option: Option;
  active: number;
  onPick: (option: Option) => void;
  onHover: (index: number) => void;
  seeAll?: boolean;
}) {
  const { index } = option;
  const selected = index === active;
  return (
    <div
      id={option.id}
      role="option"
      aria-selected={selected}
      className={[styles.option, selected ? styles.optionActive : '', seeAll ? styles.optionAll : ''].join(' ')}
      // Keep the focus in the input, so the combobox stays the one focused control.
      onMouseDown={(e) => e.preventDefault()}
      onMouseMove={() => (selected ? undefined : onHover(index))}
      onClick={() => onPick(option)}
    >
      <span className={styles.optionName}>{option.name}</span>
      {option.detail && <span className={styles.optionDetail}>{option.detail}</span>}
    </div>
  );
}
