import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Huvudman, Participant } from '../../shared/participant/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';
import { huvudmanOptions } from './huvudmanOptions';
import { OrganisationField } from './OrganisationField';
import { validateParticipant } from './validateParticipant';

const FIELDS = ['name', 'organisation', 'huvudman', 'role'] as const;

export interface EditParticipantDialogProps {
  readonly participant: Participant;
  readonly suggestions: readonly string[];
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

export function EditParticipantDialog({ participant, suggestions, onClose, onSaved }: EditParticipantDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState(participant.name);
  const [organisation, setOrganisation] = useState(participant.organisation);
  const [huvudman, setHuvudman] = useState<Huvudman>(participant.huvudman);
  const [role, setRole] = useState(participant.role);
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      const fields = validateParticipant({ name, organisation, huvudman, role });
      await api.invoke('participant.update', { id: participant.id, ...fields });
      onSaved();
    });
  };

  return (
    <FormDialog
      title={t('participants.edit.title')}
      submitLabel={t('common.save')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={save}
      onClose={onClose}
    >
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
    </FormDialog>
  );
}
