import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from './origin';
import { projectorDisplay, projectorWindowUrl } from './projector';

const id = '2f1c8a52-8a54-4a8e-9a0e-1c2d3e4f5a6b';

describe('projectorWindowUrl', () => {
  it('opens a workshop\'s projector view of our own app', () => {
    expect(projectorWindowUrl(`${APP_ENTRY_URL}#/projector/${id}`)).toBe(`${APP_ENTRY_URL}#/projector/${id}`);
  });

  it.each([
    APP_ENTRY_URL,
    `${APP_ENTRY_URL}#/`,
    `${APP_ENTRY_URL}#/workshop/${id}`,
    `${APP_ENTRY_URL}#/projector/`,
    `${APP_ENTRY_URL}#/projector/${id}/x`,
    `${APP_ENTRY_URL}#/projector/${id}?next=https://example.com`,
    `${APP_ENTRY_URL}#/projector/${id}%2F..`,
    `${APP_ENTRY_URL}?x=1#/projector/${id}`,
    `app://samverkstad/other.html#/projector/${id}`,
    `app://samverkstad/#/projector/${id}`,
    `app://samverkstad.evil/index.html#/projector/${id}`,
    `app://user@samverkstad/index.html#/projector/${id}`,
    `app://samverkstad:8080/index.html#/projector/${id}`,
    `https://samverkstad/index.html#/projector/${id}`,
    `http://127.0.0.1:4780/#/projector/${id}`,
    `javascript:alert(1)//#/projector/${id}`,
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(projectorWindowUrl(url)).toBeNull();
  });
});

describe('projectorDisplay', () => {
  const screen = (id: number, x: number) => ({ id, bounds: { x, y: 0, width: 1920, height: 1080 } });

  it('picks a display other than the primary one', () => {
    expect(projectorDisplay([screen(1, 0), screen(2, 1920)], 1)).toEqual(screen(2, 1920));
    expect(projectorDisplay([screen(2, 1920), screen(1, 0)], 1)?.id).toBe(2);
  });

  it('has none with a single screen', () => {
    expect(projectorDisplay([screen(1, 0)], 1)).toBeNull();
    expect(projectorDisplay([], 1)).toBeNull();
  });
});
