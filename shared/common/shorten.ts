/**
 * One line of at most `max` characters, for headings, dialog titles, labels
 * and status messages. A longer text ends with "…" after its last whole word
 * that fits; only a single word longer than half the room is cut inside.
 */
export function shorten(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const room = max - 1;
  const space = line.lastIndexOf(' ', room);
  const cut = space >= room / 2 ? space : room - (isLowSurrogate(line.charCodeAt(room)) ? 1 : 0);
  return `${line.slice(0, cut).replace(/[\s,.;:–—-]+$/u, '')}…`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
