import { FieldError } from '../common/FieldError';
import { FieldLabel } from '../common/FieldLabel';
import { fieldAria } from '../common/fieldAria';

export interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly min: number;
  readonly max: number;
  readonly error?: string | undefined;
  readonly required?: boolean;
}

/** A whole-number field; the text is kept as typed so a half-typed value is not overwritten. */
export function NumberField({ id, label, value, onChange, min, max, error, required }: NumberFieldProps) {
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} required={required} />
      <input
        id={id}
        name={id}
        type="number"
        inputMode="numeric"
        className="field__control field__control--number"
        value={value}
        min={min}
        max={max}
        step={1}
        onChange={(event) => onChange(event.target.value)}
        {...fieldAria(id, error, required)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
