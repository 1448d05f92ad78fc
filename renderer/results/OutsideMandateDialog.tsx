import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../shared/outcome/schema';
import type { ItemKind } from '../../shared/voting/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextAreaField } from '../common/TextAreaField';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';

const FIELDS = ['handedTo', 'comment'] as const;

export interface OutsideMandateDialogProps {
  readonly workshopId: WorkshopId;
  readonly item: { readonly id: string; readonly kind: ItemKind; readonly title: string };
  readonly outcome: Outcome | null;
  readonly onClose: () => void;
}

/** Notes that a question lies outside the group's mandate, and who it is handed over to. */
export function OutsideMandateDialog({ workshopId, item, outcome, onClose }: OutsideMandateDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const marked = outcome?.status === 'outside_mandate';
  const [handedTo, setHandedTo] = useState(marked ? outcome.handedTo : '');
  const [comment, setComment] = useState(marked ? outcome.comment : '');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const decide = (status: 'outside_mandate' | null): void => {
    void submit(async () => {
      await api.invoke('outcome.set', { workshopId, itemId: item.id, kind: item.kind, status, handedTo: status ? handedTo : '', comment: status ? comment : '' });
      onClose();
    });
  };

  return (
    <FormDialog
      title={t('results.outside.title', { title: item.title })}
      submitLabel={t('common.save')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={() => decide('outside_mandate')}
      onClose={onClose}
      hasRequiredFields={false}
    >
      <p className="dialog__message">{t('results.outside.lead')}</p>
      <TextField id={fieldId('handedTo')} label={t('results.outside.handedTo')} value={handedTo} onChange={setHandedTo} error={errors.fields.handedTo} maxLength={200} />
      <TextAreaField id={fieldId('comment')} label={t('results.outside.comment')} value={comment} onChange={setComment} error={errors.fields.comment} maxLength={1000} rows={3} />
      {marked ? (
        <p>
          <button type="button" className="button button--small button--danger-quiet" onClick={() => decide(null)}>
            {t('results.outside.clear')}
          </button>
        </p>
      ) : null}
    </FormDialog>
  );
}
