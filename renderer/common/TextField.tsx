import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';
import { fieldAria } from './fieldAria';

export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly type?: 'text' | 'date';
}

export function TextField({ id, label, value, onChange, error, required, maxLength, type = 'text' }: TextFieldProps) {
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} required={required} />
      <input
        id={id}
        name={id}
        type={type}
        className="field__control"
        value={value}
        maxLength={maxLength}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        {...fieldAria(id, error, required)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
