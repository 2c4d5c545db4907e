'use client';

import { useEffect, useId, useState } from 'react';
import type { CurationKind } from '@/lib/curation/kinds';
import type { CurationText } from '@/lib/i18n/curation';
import { PickerQuery } from './operations';
import { send } from './send';

type Option = { id: string; name: string; slug: string; state: string };

/**
 * Chooses a record to link: the kind (when the link takes two), a search box that asks
 * the staff list as you type, and a plain select of the matches (keyboard friendly).
 */
export function EntityPicker(props: {
  kinds: readonly CurationKind[];
  kindLabels: Record<CurationKind, string>;
  stateLabels: Record<string, string>;
  text: CurationText['picker'];
  excludeId: string;
  onChange: (target: { kind: CurationKind; id: string } | null) => void;
}) {
  const { kinds, onChange } = props;
  const uid = useId();
  const [kind, setKind] = useState<CurationKind>(kinds[0] ?? 'PERSON');
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const [selected, setSelected] = useState('');

  useEffect(() => {
    if (query.trim().length < 2) return;
    let current = true;
    const timer = setTimeout(async () => {
      setLoading(true);
      const outcome = await send(PickerQuery, { kind, query, first: 15 });
      if (!current) return;
      setLoading(false);
      const found = outcome.ok ? outcome.data.curationList.edges.map((e) => e.node).filter((n) => n.id !== props.excludeId) : [];
      setOptions(found);
      const first = found[0];
      setSelected(first?.id ?? '');
      onChange(first ? { kind, id: first.id } : null);
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, kind, props.excludeId, onChange]);

  const short = query.trim().length < 2;
  return (
    <>
      {kinds.length > 1 ? (
        <label>
          {props.text.kind}
          <select
            id={`${uid}-kind`}
            value={kind}
            onChange={(e) => {
              const next = kinds.find((k) => k === e.target.value) ?? kind;
              setKind(next);
              setOptions([]);
              setSelected('');
              onChange(null);
            }}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {props.kindLabels[k]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        {props.text.search}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" maxLength={200} aria-describedby={`${uid}-hint`} />
      </label>
      <span id={`${uid}-hint`} className="visually-hidden" aria-live="polite">
        {short ? props.text.prompt : loading ? props.text.searching : options.length === 0 ? props.text.noMatch : ''}
      </span>
      <label>
        {props.text.choose}
        <select
          value={selected}
          disabled={short || options.length === 0}
          onChange={(e) => {
            setSelected(e.target.value);
            onChange(e.target.value ? { kind, id: e.target.value } : null);
          }}
        >
          {short || options.length === 0 ? <option value="">{short ? props.text.prompt : loading ? props.text.searching : props.text.noMatch}</option> : null}
          {short
            ? null
            : options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.state === 'ACTIVE' ? o.name : `${o.name} (${props.stateLabels[o.state] ?? o.state})`}
                </option>
              ))}
        </select>
      </label>
    </>
  );
}
