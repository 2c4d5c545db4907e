'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { moderationText } from '@/lib/i18n/moderation';
import type { Locale } from '@/lib/i18n/messages';
import { postOperation, type OperationProblem } from './post';

/**
 * Sends a proposal and keeps what the form shows: pending, the API's problem (for the
 * field it names), the success status. On success the form is emptied and the page is
 * refreshed, so "my proposals" lists the new one.
 */
export function useProposal<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, locale: Locale, nameOf: (data: T) => string) {
  const router = useRouter();
  const t = moderationText[locale];
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<OperationProblem | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function submit(variables: V, form: HTMLFormElement): Promise<boolean> {
    setPending(true);
    setProblem(null);
    setStatus(null);
    const outcome = await postOperation(document, variables);
    setPending(false);
    if (!outcome.ok) {
      setProblem(outcome.problem);
      // Take the keyboard to the field at fault (or leave it where it is).
      const field = outcome.problem.field?.split('.')[0];
      const target = field ? form.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`) : null;
      target?.focus();
      return false;
    }
    form.reset();
    setStatus(t.sent(nameOf(outcome.data)));
    router.refresh();
    return true;
  }

  /** A problem found in the browser, before sending (e.g. nothing chosen in a picker). */
  function localProblem(field: string, message: string) {
    setStatus(null);
    setProblem({ code: 'LOCAL', field, message });
  }

  return { pending, problem, status, submit, localProblem };
}
