import { FieldError } from '../common/FieldError';
import { FieldLabel } from '../common/FieldLabel';
import { fieldAria } from '../common/fieldAria';

export interface OrganisationFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Names typed before; offered by the browser as the user types. */
  readonly suggestions: readonly string[];
  readonly error?: string | undefined;
}

/**
 * Free text with suggestions: the same organisation is written the same way
 * every time, which keeps lists and vote splits tidy, yet a new one can
 * still be typed.
 */
export function OrganisationField({ id, label, value, onChange, suggestions, error }: OrganisationFieldProps) {
  const listId = `${id}-suggestions`;
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} />
      <input
        id={id}
        name={id}
        type="text"
        className="field__control"
        value={value}
        list={listId}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        {...fieldAria(id, error, false)}
      />
      <datalist id={listId}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
