/** Header and list texts compare without case, spacing or punctuation: "Nr." is "Nr", "Roll / yrke" is "Roll/yrke". */
export function comparable(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv').replace(/[^\p{L}\p{N}]+/gu, '');
}
