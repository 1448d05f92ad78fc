/**
 * Incremental parser for a text/event-stream body. Only the `data` field
 * matters to us: the server sends one JSON change event per message and
 * `: ping` comments to keep the connection alive. Chunks may split lines
 * anywhere, so unfinished text is carried over to the next push.
 */
export function createSseParser(onMessage: (data: string) => void): (chunk: string) => void {
  let buffer = '';
  let dataLines: string[] = [];

  const handleLine = (line: string): void => {
    if (line === '') {
      if (dataLines.length > 0) onMessage(dataLines.join('\n'));
      dataLines = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') dataLines.push(value);
  };

  return (chunk: string) => {
    buffer += chunk;
    // A lone trailing '\r' may be the first half of '\r\n'; wait for more.
    const splitAt = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
    const complete = buffer.slice(0, splitAt);
    const lines = complete.split(/\r\n|\r|\n/);
    const rest = lines.pop() ?? '';
    buffer = rest + buffer.slice(splitAt);
    for (const line of lines) handleLine(line);
  };
}
