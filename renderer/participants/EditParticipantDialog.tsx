import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/participant/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { useSubmission } from '../common/useSubmission';
import { type ParticipantDraft, ParticipantInputs } from './ParticipantInputs';
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
  const [draft, setDraft] = useState<ParticipantDraft>(() => ({
    name: participant.name,
    organisation: participant.organisation,
    huvudman: participant.huvudman,
    role: participant.role,
  }));
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      const fields = validateParticipant(draft);
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
      <ParticipantInputs
        draft={draft}
        onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
        fieldId={fieldId}
        errors={errors.fields}
        suggestions={suggestions}
      />
    </FormDialog>
  );
}
