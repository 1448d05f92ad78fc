/**
 * Submitting a form to the API: tracks the pending state and turns a
 * failure into per-field and general messages. After a validation failure
 * focus moves to the first invalid field, so its error is read out with it.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiFailure, toApiFailure } from '../api/ApiFailure';
import { type FormErrors, formErrors } from '../i18n/describeError';

const NO_ERRORS: FormErrors = { fields: {}, general: [] };

export interface Submission {
  readonly pending: boolean;
  readonly errors: FormErrors;
  readonly fieldId: (name: string) => string;
  readonly submit: (work: () => Promise<void>) => Promise<void>;
}

export function useSubmission(formFields: readonly string[]): Submission {
  const { t } = useTranslation();
  const formId = useId();
  const [pending, setPending] = useState(false);
  // The failure is kept and its messages worked out when shown, so they follow a change of language.
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const errors = useMemo(() => (failure ? formErrors(t, failure, formFields) : NO_ERRORS), [failure, t, formFields]);
  const mounted = useRef(true);
  const fieldsRef = useRef(formFields);
  const focusedFor = useRef<ApiFailure | null>(null);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const fieldId = useCallback((name: string) => `${formId}-${name}`, [formId]);

  // Once per failure: the same errors in another language leave focus where it is.
  useEffect(() => {
    if (failure === focusedFor.current) return;
    focusedFor.current = failure;
    const first = fieldsRef.current.find((name) => errors.fields[name]);
    if (first) document.getElementById(fieldId(first))?.focus();
  }, [failure, errors, fieldId]);

  const submit = useCallback(
    async (work: () => Promise<void>) => {
      setPending(true);
      setFailure(null);
      try {
        await work();
      } catch (caught) {
        if (mounted.current) setFailure(toApiFailure(caught));
      } finally {
        if (mounted.current) setPending(false);
      }
    },
    [],
  );

  return { pending, errors, fieldId, submit };
}
