export function FieldLabel({ htmlFor, label, required }: { readonly htmlFor: string; readonly label: string; readonly required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="field__label">
      {label}
      {required ? (
        <span className="field__required" aria-hidden="true">
          *
        </span>
      ) : null}
    </label>
  );
}
