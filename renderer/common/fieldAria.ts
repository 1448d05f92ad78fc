/** The attributes that tie a control to its error message. */
export function fieldAria(id: string, error: string | undefined, required: boolean | undefined) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    'aria-required': required ? true : undefined,
  } as const;
}
