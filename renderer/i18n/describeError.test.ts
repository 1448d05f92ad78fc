import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/ApiFailure';
import { errorMessage, formErrors } from './describeError';
import { resources } from './i18n';
import type { Translate } from './translate';

let t: Translate;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
  t = instance.t.bind(instance) as Translate;
});

const validation = (details: unknown) => new ApiFailure({ code: 'validation_failed', message: 'x', details });

describe('errorMessage', () => {
  it('translates by code, never showing the server message', () => {
    expect(errorMessage(t, new ApiFailure({ code: 'not_found', message: 'Programme 42 missing' }))).toBe(
      'It no longer exists. It may have been deleted.',
    );
  });

  it('names the field, character and position of a refused character, even without a form', () => {
    const failure = validation([
      { path: ['text'], code: 'custom', message: 'x', params: { reason: 'forbidden_character', character: 'U+FFFE', position: 4 } },
    ]);
    expect(errorMessage(t, failure)).toBe(
      'The text in the field Text contains a character that cannot be saved (U+FFFE, character number 4). Remove the character and try again. Nothing has been saved.',
    );
  });
});

describe('formErrors', () => {
  it('puts each issue next to its field with the field name', () => {
    const errors = formErrors(
      t,
      validation([
        { path: ['name'], code: 'too_small', minimum: 1, origin: 'string', message: 'Too small' },
        { path: ['area'], code: 'too_big', maximum: 120, origin: 'string', message: 'Too big' },
        { path: ['date'], code: 'invalid_format', format: 'date', message: 'Invalid' },
      ]),
      ['name', 'area', 'date'],
    );
    expect(errors.fields).toEqual({
      name: 'Name: must not be empty',
      area: 'Municipality/area: is too long',
      date: 'Date: is not valid',
    });
    expect(errors.general).toEqual([]);
  });

  it('names a refused character next to its field', () => {
    const errors = formErrors(
      t,
      validation([
        { path: ['strengths', 2], code: 'custom', message: 'x', params: { reason: 'forbidden_character', character: 'U+0007', position: 1 } },
      ]),
      ['strengths'],
    );
    expect(errors.fields).toEqual({
      strengths: 'Strengths and tools that already exist: contains a character that cannot be saved (U+0007, character number 1). Remove it and try again',
    });
  });

  it('reads a bare too_small issue (no minimum) as an empty field', () => {
    const errors = formErrors(t, validation([{ path: ['title'], code: 'too_small', message: 'x' }]), ['title']);
    expect(errors.fields).toEqual({ title: 'Title: must not be empty' });
  });

  it('reads a missing value as a choice not made, and a wrong type as invalid', () => {
    const errors = formErrors(
      t,
      validation([
        { path: ['likelihood'], code: 'invalid_type', message: 'Invalid input: expected number, received undefined' },
        { path: ['consequence'], code: 'invalid_type', message: 'Invalid input: expected number, received string' },
      ]),
      ['likelihood', 'consequence'],
    );
    expect(errors.fields).toEqual({ likelihood: 'Likelihood: must be chosen', consequence: 'Consequence: is not valid' });
  });

  it('keeps issues for fields the form does not have as general messages', () => {
    const errors = formErrors(t, validation([{ path: ['id'], code: 'invalid_format', message: 'bad' }]), ['name']);
    expect(errors.general).toEqual(['Id: is not valid']);
  });

  it('names the rule a custom issue broke, and reads unknown rules as invalid', () => {
    const errors = formErrors(
      t,
      validation([
        { path: ['due'], code: 'custom', message: 'beforeStart' },
        { path: ['healthReason'], code: 'too_small', minimum: 1, origin: 'string', message: 'x' },
        { path: ['start'], code: 'custom', message: 'Some developer text' },
      ]),
      ['due', 'healthReason', 'start'],
    );
    expect(errors.fields).toEqual({
      due: 'Due date: cannot be before the start date',
      healthReason: 'Reason for amber or red: must not be empty',
      start: 'Start date: is not valid',
    });
  });

  it('falls back to the code message when details are missing', () => {
    const errors = formErrors(t, new ApiFailure({ code: 'internal', message: 'boom' }), ['name']);
    expect(errors.general).toEqual(['Something went wrong. Try again, and restart the app if it keeps happening.']);
  });
});
