/**
 * Fast entry: participants often arrive as a list on paper, a few at a time
 * from the same organisation. Enter in any field saves the person, clears
 * name and role, keeps organisation and huvudman, and puts the cursor back
 * in the name field for the next one.
 */
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Huvudman } from '../../shared/participant/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';
import { ErrorAlert } from '../common/ErrorAlert';
import { SelectField } from '../common/SelectField';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';
import { huvudmanOptions } from './huvudmanOptions';
import { OrganisationField } from './OrganisationField';
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
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [huvudman, setHuvudman] = useState<Huvudman>('kommun');
  const [role, setRole] = useState('');
  const [added, setAdded] = useState('');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const busy = useRef(false);

  const add = (): void => {
    if (busy.current) return;
    busy.current = true;
    setAdded('');
    void submit(async () => {
      const fields = validateParticipant({ name, organisation, huvudman, role });
      const created = await api.invoke('participant.create', { workshopId, ...fields });
      setName('');
      setRole('');
      setAdded(t('participants.entry.added', { name: created.name }));
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
    }
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
        <TextField id={fieldId('name')} label={t('fields.name')} value={name} onChange={setName} error={errors.fields.name} required />
        <OrganisationField
          id={fieldId('organisation')}
          label={t('fields.organisation')}
          value={organisation}
          onChange={setOrganisation}
          suggestions={suggestions}
          error={errors.fields.organisation}
        />
        <SelectField
          id={fieldId('huvudman')}
          label={t('fields.huvudman')}
          value={huvudman}
          onChange={setHuvudman}
          options={huvudmanOptions(t)}
          error={errors.fields.huvudman}
          required
        />
        <TextField id={fieldId('role')} label={t('fields.role')} value={role} onChange={setRole} error={errors.fields.role} />
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
        {added}
      </p>
    </form>
  );
}
