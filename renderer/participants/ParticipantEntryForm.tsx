/**
 * Fast entry: participants often arrive as a list on paper, a few at a time
 * from the same organisation. Enter in any field saves the person, clears
 * name and role, keeps organisation and huvudman, and puts the cursor back
 * in the name field for the next one. Ctrl+Z in the emptied field takes the
 * person just added back out.
 */
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useEmptyFieldHistory } from '../actions/useEmptyFieldHistory';
import { useApi } from '../api/ApiContext';
import { ErrorAlert } from '../common/ErrorAlert';
import { useSubmission } from '../common/useSubmission';
import { type ParticipantDraft, ParticipantInputs } from './ParticipantInputs';
import { validateParticipant } from './validateParticipant';

const FIELDS = ['name', 'organisation', 'huvudman', 'role'] as const;

export interface ParticipantEntryFormProps {
  readonly workshopId: WorkshopId;
  readonly suggestions: readonly string[];
  readonly onAdded: () => void;
}

export function ParticipantEntryForm({ workshopId, suggestions, onAdded }: ParticipantEntryFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState<ParticipantDraft>({ name: '', organisation: '', huvudman: 'kommun', role: '' });
  // The name, not the sentence, so the sentence reads in the language shown now.
  const [added, setAdded] = useState<string | null>(null);
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const busy = useRef(false);
  const emptyFieldHistory = useEmptyFieldHistory();

  const add = (): void => {
    if (busy.current) return;
    busy.current = true;
    setAdded(null);
    void submit(async () => {
      const fields = validateParticipant(draft);
      const created = await api.invoke('participant.create', { workshopId, ...fields });
      setDraft((current) => ({ ...current, name: '', role: '' }));
      setAdded(created.name);
      onAdded();
      document.getElementById(fieldId('name'))?.focus();
    }).finally(() => {
      busy.current = false;
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    add();
  };

  // Text fields submit on Enter by themselves; a select does not.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Enter' && event.target instanceof HTMLSelectElement && !event.nativeEvent.isComposing) {
      event.preventDefault();
      add();
      return;
    }
    emptyFieldHistory(event);
  };

  return (
    <form className="participant-entry" aria-labelledby={headingId} aria-describedby={hintId} noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
      <h3 id={headingId} className="participant-entry__title">
        {t('participants.entry.heading')}
      </h3>
      <p id={hintId} className="participant-entry__hint">
        {t('participants.entry.hint')}
      </p>
      <div className="participant-entry__fields">
        <ParticipantInputs
          draft={draft}
          onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
          fieldId={fieldId}
          errors={errors.fields}
          suggestions={suggestions}
        />
        <div className="participant-entry__submit">
          <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
            {t('participants.entry.add')}
          </button>
        </div>
      </div>
      {errors.general.length > 0 ? (
        <ErrorAlert>
          {errors.general.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </ErrorAlert>
      ) : null}
      <p className="visually-hidden" role="status">
        {added === null ? null : t('participants.entry.added', { name: added })}
      </p>
    </form>
  );
}
