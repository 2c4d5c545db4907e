'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import type { Locale } from '@/lib/i18n/messages';
import { selfServiceText } from '@/lib/i18n/self-service';
import { generalMessage, sendOperation } from './send-operation';

const WithdrawGivenMutation = graphql(`
  mutation WithdrawGivenEndorsement($personId: ID!, $skillId: ID!) {
    withdrawEndorsement(personId: $personId, skillId: $skillId) {
      summary {
        skillId
        byMe
      }
    }
  }
`);

/** Withdraws an endorsement the member gave, then re-renders the page without it. */
export function WithdrawEndorsementButton(props: { personId: string; skillId: string; label: string; locale: Locale }) {
  const all = selfServiceText[props.locale];
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');

  async function withdraw() {
    setPending(true);
    setError('');
    const outcome = await sendOperation(WithdrawGivenMutation, { personId: props.personId, skillId: props.skillId });
    setPending(false);
    if (outcome.ok) router.refresh();
    else setError(generalMessage(outcome.errors, all.errors));
  }

  return (
    <>
      <button type="button" className="button secondary" aria-label={props.label} disabled={pending} onClick={() => void withdraw()}>
        {all.endorsements.withdraw}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
