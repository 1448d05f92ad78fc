import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveRendererFile } from './renderer-files';

const root = path.resolve('/srv/app/dist/renderer');

describe('resolveRendererFile', () => {
  it('maps paths inside the renderer folder', () => {
    expect(resolveRendererFile(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveRendererFile(root, '/assets/a%20b.css')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it.each([
    '/../main.cjs',
    '/assets/../../preload.cjs',
    '/%2e%2e/main.cjs',
    '/%2e%2e%2fmain.cjs',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/a/../../b',
  ])('refuses traversal %s', (pathname) => {
    expect(resolveRendererFile(root, pathname)).toBeNull();
  });

  it('refuses NUL bytes and malformed escapes', () => {
    expect(resolveRendererFile(root, '/index.html%00.png')).toBeNull();
    expect(resolveRendererFile(root, '/%E0%A4%A')).toBeNull();
  });

  it('keeps an encoded backslash inside the root', () => {
    // On Windows "..\\main.cjs" is a traversal and is refused; on POSIX it is an
    // ordinary (missing) file name inside the root. Either way it stays put.
    const resolved = resolveRendererFile(root, '/..%5cmain.cjs');
    if (resolved !== null) expect(path.dirname(resolved)).toBe(root);
  });
});

describe('contentTypeFor', () => {
  it('serves scripts with a JavaScript MIME type', () => {
    expect(contentTypeFor('x/index-abc.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('font.WOFF2')).toBe('font/woff2');
    expect(contentTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});
