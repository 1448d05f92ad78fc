import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../common/format';
import { resources } from '../i18n/i18n';
import type { Translate } from '../i18n/translate';
import { planWords } from './planWords';

describe('planWords', () => {
  it('says per row what translating per row would say', async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'sv', interpolation: { escapeValue: false } });
    const t = instance.t.bind(instance) as Translate;
    const words = planWords(t, 'sv');
    expect(words.status.ej_paborjad).toBe('Ej påbörjad');
    expect(words.health.rod).toBe('Röd');
    expect(words.overdue).toBe('Försenad');
    expect(words.open('Utbilda personalen')).toBe(t('plan.activity.open', { what: 'Utbilda personalen' }));
    expect(words.edit('Utbilda personalen')).toBe('Redigera Utbilda personalen');
    expect(words.schedule('2027-03-15', '2027-04-30')).toBe(`${formatCalendarDate('2027-03-15', 'sv')} – ${formatCalendarDate('2027-04-30', 'sv')}`);
    expect(words.schedule(null, null)).toBe('');
  });
});

describe('planWords for områden and delmål', () => {
  it('names their buttons as the translation would', async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
    const t = instance.t.bind(instance) as Translate;
    const words = planWords(t, 'en');
    expect(words.area.deleteNamed('Digital support')).toBe(t('plan.area.deleteNamed', { title: 'Digital support' }));
    expect(words.goal.moveDown('Routines agreed')).toBe(t('plan.goal.moveDown', { title: 'Routines agreed' }));
    expect(words.newActivityIn('Digital support')).toBe('New activity in Digital support');
    expect(words.caption('Routines agreed')).toBe('Activities: Routines agreed');
    expect(words.columns.health).toBe(t('plan.activity.columns.health'));
    expect(words.progress.label('60 %')).toBe(t('plan.progress.label', { figure: '60 %' }));
    expect(words.progress.howNamed('Routines agreed')).toBe(t('plan.progress.howNamed', { name: 'Routines agreed' }));
  });
});
