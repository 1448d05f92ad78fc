/**
 * Line breaking for the PNG export (canvas has none): words are kept whole
 * where they fit, longer words are broken by character, the author's own
 * line breaks are kept, and text beyond maxLines ends the last line with "…".
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const all: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) all.push(line);
      let rest = word;
      while (rest.length > 1 && measure(rest) > maxWidth) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
        all.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    all.push(line);
    if (all.length > maxLines) break;
  }
  while (all.length > 1 && all[all.length - 1] === '') all.pop();
  if (all.length <= maxLines) return all;
  const lines = all.slice(0, maxLines);
  let last = `${(lines[maxLines - 1] ?? '').trimEnd()}…`;
  while (last.length > 1 && measure(last) > maxWidth) last = `${last.slice(0, -2)}…`;
  lines[maxLines - 1] = last;
  return lines;
}
