import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';

const FIELDS = ['label'] as const;

interface TextDialogProps {
  readonly title: string;
  readonly initial: string;
  readonly maxLength: number;
  readonly submitLabel?: string;
  readonly onSave: (text: string) => Promise<unknown>;
  readonly onClose: () => void;
}

/** One line of text for the map: an element's label, an arrow's text, or a new element's label. */
export function TextDialog({ title, initial, maxLength, submitLabel, onSave, onClose }: TextDialogProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const save = (): void => {
    void submit(async () => {
      await onSave(text);
      onClose();
    });
  };
  return (
    <FormDialog title={title} submitLabel={submitLabel ?? t('processMap.label.save')} pending={pending} generalErrors={errors.general} onSubmit={save} onClose={onClose} hasRequiredFields={false}>
      <TextField id={fieldId('label')} label={t('processMap.label.field')} value={text} onChange={setText} error={errors.fields.label} maxLength={maxLength} />
    </FormDialog>
  );
}
