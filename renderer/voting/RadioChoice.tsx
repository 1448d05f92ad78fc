export interface RadioChoiceProps {
  readonly name: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onSelect: () => void;
}

/** One radio button with its label wrapped around it, so the whole line is the target. */
export function RadioChoice({ name, label, checked, onSelect }: RadioChoiceProps) {
  return (
    <label className="prio-choice">
      <input type="radio" name={name} checked={checked} onChange={onSelect} />
      {label}
    </label>
  );
}
