import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/i18n';
import type { Translate } from '../i18n/translate';
import { removalMessage } from './removalMessage';

async function translator(lng: 'sv' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng, interpolation: { escapeValue: false } });
  return instance.t.bind(instance) as Translate;
}

describe('removal message', () => {
  it('says what happens to notes, open-round dots and closed-round dots, in Swedish and English', async () => {
    const impact = { notes: 4, openDots: 2, openRounds: [2], keptDots: 3 };
    expect(removalMessage(await translator('sv'), 'sv', 'Anna Berg', impact)).toBe(
      'Ta bort Anna Berg från workshoppen? 4 lappar som Anna Berg har skrivit finns kvar men visas utan namn. ' +
        '2 prickar i pågående omgång 2 tas bort. ' +
        '3 prickar i avslutade omgångar finns kvar som från en borttagen deltagare, så resultaten där ändras inte.',
    );
    expect(removalMessage(await translator('en'), 'en', 'Anna Berg', { notes: 1, openDots: 5, openRounds: [2, 3], keptDots: 1 })).toBe(
      'Remove Anna Berg from the workshop? 1 post-it written by Anna Berg stays, but is shown without a name. ' +
        '5 dots in open rounds 2 and 3 are taken away. ' +
        '1 dot in closed rounds stays, as from a removed participant, so the results there do not change.',
    );
  });

  it('leaves out what the person does not have, and says so when that is everything', async () => {
    const sv = await translator('sv');
    expect(removalMessage(sv, 'sv', 'Eva', { notes: 0, openDots: 0, openRounds: [], keptDots: 2 })).toBe(
      'Ta bort Eva från workshoppen? 2 prickar i avslutade omgångar finns kvar som från en borttagen deltagare, så resultaten där ändras inte.',
    );
    expect(removalMessage(sv, 'sv', 'Eva', { notes: 0, openDots: 0, openRounds: [], keptDots: 0 })).toBe('Ta bort Eva från workshoppen? Inga lappar eller prickar påverkas.');
  });
});
