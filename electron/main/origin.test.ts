import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedRequest, isAppUrl, isGrantedPermission } from './origin';

describe('isAppUrl', () => {
  it('accepts the app origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://samverkstad/assets/index.js?x=1#y')).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://samverkstad.evil/index.html',
    'app://samverkstad:8080/index.html',
    'app://user@samverkstad/index.html',
    'https://samverkstad/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('allows only in-process schemes besides the app', () => {
    expect(isAllowedRequest('app://samverkstad/index.html')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:app://samverkstad/1234')).toBe(true);
  });

  it('blocks all outbound network', () => {
    for (const url of ['https://example.com/', 'http://127.0.0.1:4780/api', 'ws://localhost/', 'ftp://x/', 'file:///tmp/x']) {
      expect(isAllowedRequest(url)).toBe(false);
    }
  });
});

describe('isGrantedPermission', () => {
  it('lets our own pages go full screen', () => {
    expect(isGrantedPermission('fullscreen', `${APP_ENTRY_URL}#/projector/x`)).toBe(true);
  });

  it('refuses every other permission, and full screen to anything else', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) expect(isGrantedPermission(permission, APP_ENTRY_URL)).toBe(false);
    for (const url of ['https://example.com/', 'app://samverkstad.evil/index.html', '']) expect(isGrantedPermission('fullscreen', url)).toBe(false);
  });
});
