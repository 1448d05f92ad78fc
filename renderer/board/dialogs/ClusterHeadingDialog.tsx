import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Point } from '../../../shared/board/layout';
import type { Cluster, NoteId } from '../../../shared/board/schema';
import type { WorkshopId } from '../../../shared/workshop/schema';
import { useApi } from '../../api/ApiContext';
import { FormDialog } from '../../common/FormDialog';
import { TextField } from '../../common/TextField';
import { useSubmission } from '../../common/useSubmission';

const HEADING_MAX = 120;

export type HeadingDialogMode =
  | {
      readonly kind: 'group';
      readonly workshopId: WorkshopId;
      readonly noteIds: readonly NoteId[];
      /** Where the new frame goes, worked out when it is created. */
      readonly place: () => Point;
    }
  | { readonly kind: 'rename'; readonly cluster: Cluster };

/** Asks for a cluster heading: for a new cluster of the selected notes ("Gruppera"), or to rename one. */
export function ClusterHeadingDialog({
  mode,
  onClose,
  onDone,
}: {
  readonly mode: HeadingDialogMode;
  readonly onClose: () => void;
  readonly onDone: (cluster: Cluster) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [heading, setHeading] = useState(mode.kind === 'rename' ? mode.cluster.heading : '');
  const { pending, errors, fieldId, submit } = useSubmission(['heading']);

  const save = () =>
    submit(async () => {
      const cluster =
        mode.kind === 'group'
          ? await api.invoke('cluster.create', { workshopId: mode.workshopId, heading, noteIds: [...mode.noteIds], position: mode.place() })
          : await api.invoke('cluster.update', { id: mode.cluster.id, heading });
      onDone(cluster);
    });

  return (
    <FormDialog
      title={mode.kind === 'group' ? t('clusters.group.title', { count: mode.noteIds.length }) : t('clusters.rename.title')}
      submitLabel={mode.kind === 'group' ? t('clusters.group.submit') : t('common.save')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <TextField
        id={fieldId('heading')}
        label={t('fields.heading')}
        value={heading}
        onChange={setHeading}
        error={errors.fields.heading}
        required
        maxLength={HEADING_MAX}
      />
    </FormDialog>
  );
}
