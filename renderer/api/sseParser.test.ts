import { describe, expect, it } from 'vitest';
import { createSseParser } from './sseParser';

function collect(chunks: string[]): string[] {
  const out: string[] = [];
  const push = createSseParser((data) => out.push(data));
  for (const chunk of chunks) push(chunk);
  return out;
}

describe('createSseParser', () => {
  it('emits one message per blank-line-terminated block', () => {
    expect(collect(['data: {"a":1}\n\ndata: {"b":2}\n\n'])).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('ignores comments used as keep-alive', () => {
    expect(collect([': ping\n\n', 'data: x\n\n', ': ping\n\n'])).toEqual(['x']);
  });

  it('joins chunks split in the middle of a line', () => {
    expect(collect(['da', 'ta: {"re', 'ason":"undo"}\n', '\n'])).toEqual(['{"reason":"undo"}']);
  });

  it('accepts CRLF line endings, even split between chunks', () => {
    expect(collect(['data: one\r', '\n\r\n', 'data: two\r\n\r\n'])).toEqual(['one', 'two']);
  });

  it('joins multi-line data with newlines and skips other fields', () => {
    expect(collect(['event: change\nid: 4\ndata: a\ndata: b\n\n'])).toEqual(['a\nb']);
  });

  it('does not emit an unfinished message', () => {
    expect(collect(['data: half'])).toEqual([]);
  });
});
