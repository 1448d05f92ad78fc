/**
 * Submitting a form to the API: tracks the pending state and turns a
 * failure into per-field and general messages. After a validation failure
 * focus moves to the first invalid field, so its error is read out with it.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiFailure } from '../api/ApiFailure';
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
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const mounted = useRef(true);
  const fieldsRef = useRef(formFields);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const fieldId = useCallback((name: string) => `${formId}-${name}`, [formId]);

  useEffect(() => {
    const first = fieldsRef.current.find((name) => errors.fields[name]);
    if (first) document.getElementById(fieldId(first))?.focus();
  }, [errors, fieldId]);

  const submit = useCallback(
    async (work: () => Promise<void>) => {
      setPending(true);
      setErrors(NO_ERRORS);
      try {
        await work();
      } catch (failure) {
        if (mounted.current) setErrors(formErrors(t, toApiFailure(failure), fieldsRef.current));
      } finally {
        if (mounted.current) setPending(false);
      }
    },
    [t],
  );

  return { pending, errors, fieldId, submit };
}
