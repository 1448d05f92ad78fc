import { useTranslation } from 'react-i18next';
import type { ParticipantFields } from '../../shared/participant/schema';
import { SelectField } from '../common/SelectField';
import { TextField } from '../common/TextField';
import { huvudmanOptions } from './huvudmanOptions';
import { OrganisationField } from './OrganisationField';

export type ParticipantDraft = ParticipantFields;

export interface ParticipantInputsProps {
  readonly draft: ParticipantDraft;
  readonly onChange: (patch: Partial<ParticipantDraft>) => void;
  readonly fieldId: (field: keyof ParticipantDraft) => string;
  readonly errors: Partial<Record<keyof ParticipantDraft, string>>;
  readonly suggestions: readonly string[];
}

/** The four participant fields, shared by fast entry and the edit dialog. */
export function ParticipantInputs({ draft, onChange, fieldId, errors, suggestions }: ParticipantInputsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField id={fieldId('name')} label={t('fields.name')} value={draft.name} onChange={(name) => onChange({ name })} error={errors.name} required />
      <OrganisationField
        id={fieldId('organisation')}
        label={t('fields.organisation')}
        value={draft.organisation}
        onChange={(organisation) => onChange({ organisation })}
        suggestions={suggestions}
        error={errors.organisation}
      />
      <SelectField
        id={fieldId('huvudman')}
        label={t('fields.huvudman')}
        value={draft.huvudman}
        onChange={(huvudman) => onChange({ huvudman })}
        options={huvudmanOptions(t)}
        error={errors.huvudman}
        required
      />
      <TextField id={fieldId('role')} label={t('fields.role')} value={draft.role} onChange={(role) => onChange({ role })} error={errors.role} />
    </>
  );
}
