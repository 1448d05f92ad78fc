import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster } from '../../../shared/board/schema';
import { useApi } from '../../api/ApiContext';
import { FormDialog } from '../../common/FormDialog';
import { TextAreaField } from '../../common/TextAreaField';
import { TextField } from '../../common/TextField';
import { useSubmission } from '../../common/useSubmission';
import { StrengthsEditor } from './StrengthsEditor';

const DESCRIPTION_MAX = 4000;

/** The deeper dialogue on one cluster: a description of the challenge and the strengths that already exist. */
export function ClusterDialogueDialog({
  cluster,
  noteCount,
  onClose,
  onDone,
}: {
  readonly cluster: Cluster;
  readonly noteCount: number;
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [heading, setHeading] = useState(cluster.heading);
  const [description, setDescription] = useState(cluster.description);
  const [strengths, setStrengths] = useState<string[]>([...cluster.strengths]);
  const { pending, errors, fieldId, submit } = useSubmission(['heading', 'description', 'strengths']);

  const save = () =>
    submit(async () => {
      await api.invoke('cluster.update', {
        id: cluster.id,
        heading,
        description,
        strengths: strengths.map((s) => s.trim()).filter(Boolean),
      });
      onDone();
    });

  return (
    <FormDialog
      title={t('clusters.dialogue.title', { heading: cluster.heading })}
      submitLabel={t('common.save')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <p className="muted">{t('clusters.dialogue.lead', { count: noteCount })}</p>
      <TextField
        id={fieldId('heading')}
        label={t('fields.heading')}
        value={heading}
        onChange={setHeading}
        error={errors.fields.heading}
        required
        maxLength={120}
      />
      <TextAreaField
        id={fieldId('description')}
        label={t('fields.description')}
        value={description}
        onChange={setDescription}
        error={errors.fields.description}
        maxLength={DESCRIPTION_MAX}
        rows={5}
      />
      <StrengthsEditor value={strengths} onChange={setStrengths} error={errors.fields.strengths} />
    </FormDialog>
  );
}
