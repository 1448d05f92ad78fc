import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';
import { fieldAria } from './fieldAria';

export interface TextAreaFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly maxLength?: number;
  readonly rows?: number;
  readonly required?: boolean;
}

export function TextAreaField({ id, label, value, onChange, error, maxLength, rows = 4, required }: TextAreaFieldProps) {
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} required={required} />
      <textarea
        id={id}
        name={id}
        className="field__control field__control--textarea"
        value={value}
        rows={rows}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        {...fieldAria(id, error, required)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
