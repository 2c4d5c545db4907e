'use client';

import { useState } from 'react';
import { graphql } from '@/graphql/generated';
import type { Locale } from '@/lib/i18n/messages';
import { selfServiceText } from '@/lib/i18n/self-service';
import { generalMessage, sendOperation } from './send-operation';
import styles from './self-service.module.css';

const EndorseMutation = graphql(`
  mutation EndorseSkill($personId: ID!, $skillId: ID!) {
    endorse(personId: $personId, skillId: $skillId) {
      summary {
        skillId
        count
        byMe
      }
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawSkillEndorsement($personId: ID!, $skillId: ID!) {
    withdrawEndorsement(personId: $personId, skillId: $skillId) {
      summary {
        skillId
        count
        byMe
      }
    }
  }
`);

export interface EndorseButtonProps {
  personId: string;
  skillId: string;
  skillName: string;
  byMe: boolean;
  count: number;
  locale: Locale;
}

/**
 * A toggle (aria-pressed) to endorse a skill of someone else's profile or withdraw the
 * endorsement, with the number of members endorsing it. The state shown is the API's answer.
 */
export function EndorseButton({ personId, skillId, skillName, byMe: initialByMe, count: initialCount, locale }: EndorseButtonProps) {
  const all = selfServiceText[locale];
  const t = all.endorsements;
  const [state, setState] = useState({ byMe: initialByMe, count: initialCount });
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');

  async function toggle() {
    setPending(true);
    setMessage('');
    const variables = { personId, skillId };
    const outcome = state.byMe ? await sendOperation(WithdrawMutation, variables) : await sendOperation(EndorseMutation, variables);
    setPending(false);
    if (!outcome.ok) {
      setMessage(generalMessage(outcome.errors, all.errors));
      return;
    }
    const summary = 'endorse' in outcome.data ? outcome.data.endorse.summary : outcome.data.withdrawEndorsement.summary;
    setState({ byMe: summary.byMe, count: summary.count });
    setMessage(summary.byMe ? t.done(skillName) : t.undone(skillName));
  }

  return (
    <span className={styles.endorse} data-testid={`endorse-${skillId}`}>
      <button type="button" className={styles.endorseButton} aria-pressed={state.byMe} disabled={pending} onClick={() => void toggle()}>
        <span aria-hidden="true">{state.byMe ? '✓ ' : '+ '}</span>
        {t.endorse}
        <span className="visually-hidden"> {skillName}</span>
      </button>
      {state.count > 0 && <span className={styles.endorseCount}>{t.count(state.count)}</span>}
      <span className="visually-hidden" role="status">
        {message}
      </span>
    </span>
  );
}
