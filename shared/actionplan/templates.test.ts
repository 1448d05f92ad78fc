import { describe, expect, it } from 'vitest';
import { planTemplates } from './schema';
import { templateAreas } from './templates';

const shape = (template: (typeof planTemplates)[number], language: 'sv' | 'en') =>
  templateAreas(template, language).map((area) => ({ goals: area.goals.length, activities: area.activities.map((a) => [a.goal, a.responsibleHuvudman]) }));

describe('plan templates', () => {
  it('have the same structure in Swedish and English', () => {
    for (const template of planTemplates) expect(shape(template, 'en')).toEqual(shape(template, 'sv'));
  });

  it('give the regional plan its five areas and the gap analysis its joint areas; every activity points at an existing delmål', () => {
    expect(templateAreas('empty', 'sv')).toEqual([]);
    expect(templateAreas('los_regional', 'sv').map((a) => a.title)).toEqual([
      'Riktlinjer och rutiner för utskrivningen',
      'Tryggt mottagande i hemmet',
      'Digitalt stöd för utskrivningen',
      'Uppföljning och utvärdering',
      'Gemensam kommunikation',
    ]);
    expect(templateAreas('gap_analysis', 'sv')).toHaveLength(5);
    for (const template of planTemplates) {
      for (const area of templateAreas(template, 'sv')) {
        expect(area.goals.length).toBeGreaterThan(0);
        for (const activity of area.activities) if (activity.goal !== null) expect(activity.goal).toBeLessThan(area.goals.length);
      }
    }
  });
});
