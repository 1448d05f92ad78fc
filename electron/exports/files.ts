export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const UNSAFE_IN_FILE_NAMES = new Set([...'\\/:*?"<>|']);

/** A name every OS accepts: no path or reserved characters, no control characters. */
export function safeFileName(title: string): string {
  const cleaned = [...title].map((c) => (UNSAFE_IN_FILE_NAMES.has(c) || c.charCodeAt(0) < 32 ? ' ' : c)).join('');
  return cleaned.replace(/\s+/g, ' ').trim().slice(0, 80) || 'samverkstad';
}
