/**
 * A lane or a phase: a new one named (the core gives it its size), an
 * existing one renamed and resized. Fields only one kind has come as `extra`.
 */
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_LIMITS } from '../../../shared/processmap/schema';
import { FormDialog } from '../../common/FormDialog';
import { TextField } from '../../common/TextField';
import { type Submission, useSubmission } from '../../common/useSubmission';
import { NumberField } from '../../voting/NumberField';

export interface SizeField {
  /** Also the word for its label under the dialog's `words`, which names the least size. */
  readonly name: 'height' | 'width';
  readonly min: number;
  readonly max: number;
  /** What the size field says, given what the form would say there. */
  readonly error: (formError: string | undefined) => string | undefined;
}

interface RankedItemDialogProps {
  /** `processMap.lanes` or `processMap.phases`: where the dialog's words are. */
  readonly words: 'processMap.lanes' | 'processMap.phases';
  /** The lane or phase to change; null adds one. */
  readonly item: { readonly name: string; readonly size: number } | null;
  readonly fields: readonly string[];
  readonly size: SizeField;
  readonly extra?: (form: Pick<Submission, 'errors' | 'fieldId'>) => ReactNode;
  /** Adds the item or changes it; `size` counts only for an existing one. */
  readonly save: (name: string, size: number) => Promise<void>;
  readonly onClose: () => void;
}

export function RankedItemDialog({ words, item, fields, size, extra, save, onClose }: RankedItemDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(item?.name ?? '');
  const [sizeText, setSizeText] = useState(String(item?.size ?? ''));
  const { pending, errors, fieldId, submit } = useSubmission(fields);

  const onSubmit = (): void => {
    void submit(async () => {
      await save(name.trim(), Number(sizeText));
      onClose();
    });
  };

  return (
    <FormDialog
      title={item ? t(`${words}.editTitle`, { name: item.name }) : t(`${words}.addTitle`)}
      submitLabel={item ? t(`${words}.save`) : t(`${words}.create`)}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <TextField id={fieldId('name')} label={t(`${words}.name`)} value={name} onChange={setName} error={errors.fields.name} maxLength={MAP_LIMITS.laneName} required />
      {extra?.({ errors, fieldId })}
      {item ? (
        <NumberField
          id={fieldId(size.name)}
          label={t(`${words}.${size.name}`, { minimum: size.min })}
          value={sizeText}
          onChange={setSizeText}
          min={size.min}
          max={size.max}
          error={size.error(errors.fields[size.name])}
          required
        />
      ) : null}
    </FormDialog>
  );
}
