import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';
import { fieldAria } from './fieldAria';

export interface SelectOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface SelectFieldProps<V extends string> {
  readonly id: string;
  readonly label: string;
  readonly value: V;
  readonly options: readonly SelectOption<V>[];
  readonly onChange: (value: V) => void;
  readonly error?: string | undefined;
  readonly required?: boolean;
}

export function SelectField<V extends string>({ id, label, value, options, onChange, error, required }: SelectFieldProps<V>) {
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} required={required} />
      <select
        id={id}
        name={id}
        className="field__control field__control--select"
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
        {...fieldAria(id, error, required)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
