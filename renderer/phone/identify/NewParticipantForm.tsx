import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { huvudmanValues, PARTICIPANT_LIMITS, type Huvudman } from '../../../shared/participant/schema';
import { SelectField } from '../../common/SelectField';
import { TextField } from '../../common/TextField';
import type { PhoneSession } from '../session';

export function NewParticipantForm({ busy, act }: { readonly busy: boolean; readonly act: PhoneSession['act'] }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [huvudman, setHuvudman] = useState<Huvudman>('kommun');
  const [nameError, setNameError] = useState<string>();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') {
      setNameError(t('validation.fieldReason', { field: t('fields.name'), reason: t('validation.empty') }));
      return;
    }
    setNameError(undefined);
    void act('phone.identify', { as: 'new', fields: { name: name.trim(), organisation: organisation.trim(), huvudman } });
  };

  return (
    <section aria-labelledby="phone-identify-add">
      <h2 id="phone-identify-add">{t('phone.identify.addHeading')}</h2>
      <form className="phone-form" onSubmit={submit} noValidate>
        <TextField id="phone-new-name" label={t('fields.name')} value={name} onChange={setName} required maxLength={PARTICIPANT_LIMITS.name} error={nameError} />
        <TextField id="phone-new-organisation" label={t('fields.organisation')} value={organisation} onChange={setOrganisation} maxLength={PARTICIPANT_LIMITS.organisation} />
        <SelectField
          id="phone-new-huvudman"
          label={t('fields.huvudman')}
          value={huvudman}
          onChange={setHuvudman}
          options={huvudmanValues.map((value) => ({ value, label: t(`huvudman.${value}`) }))}
        />
        <button type="submit" className="button button--primary phone-wide">
          {t('phone.identify.add')}
        </button>
      </form>
    </section>
  );
}
