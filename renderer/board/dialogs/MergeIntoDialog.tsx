import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, ClusterId } from '../../../shared/board/schema';
import { useApi } from '../../api/ApiContext';
import { FormDialog } from '../../common/FormDialog';
import { SelectField } from '../../common/SelectField';
import { useSubmission } from '../../common/useSubmission';
import type { BoardModel } from '../model/boardModel';

/** "Slå ihop med …": this cluster's notes move into the chosen one, which keeps its heading. */
export function MergeIntoDialog({
  model,
  cluster,
  onClose,
  onDone,
}: {
  readonly model: BoardModel;
  readonly cluster: Cluster;
  readonly onClose: () => void;
  readonly onDone: (target: Cluster) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const others = model.clusters.filter((c) => c.id !== cluster.id);
  const [target, setTarget] = useState<string>(others[0]?.id ?? '');
  const { pending, errors, fieldId, submit } = useSubmission(['targetId']);

  const save = () =>
    submit(async () => {
      const merged = await api.invoke('cluster.merge', { targetId: target as ClusterId, sourceIds: [cluster.id] });
      onDone(merged);
    });

  return (
    <FormDialog
      title={t('clusters.mergeInto.title', { heading: cluster.heading })}
      submitLabel={t('clusters.mergeInto.submit')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <p>{t('clusters.mergeInto.lead')}</p>
      <SelectField
        id={fieldId('targetId')}
        label={t('clusters.mergeInto.label')}
        value={target}
        options={others.map((c) => ({ value: c.id as string, label: t('clusters.move.option', { heading: c.heading, count: model.members.get(c.id)?.length ?? 0 }) }))}
        onChange={setTarget}
        required
      />
    </FormDialog>
  );
}
