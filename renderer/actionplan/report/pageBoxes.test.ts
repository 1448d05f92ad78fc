import { describe, expect, it } from 'vitest';
import { cssString, pageBoxesCss, pageParts } from './pageBoxes';

describe('print page boxes', () => {
  it('keep ordinary names readable and escape anything that could end the string or the rule', () => {
    expect(cssString('Ronneby kommun – LOS 2027')).toBe('"Ronneby kommun – LOS 2027"');
    expect(cssString('Åsa "x"; } @page {')).toBe('"Åsa \\22 x\\22 ; \\7d  \\40 page \\7b "');
    expect(cssString('a\\b\n</style>')).toBe('"a\\5c b\\a \\3c /style\\3e "');
  });

  it('split the page template around the numbers', () => {
    expect(pageParts('Sida {{page}} av {{pages}}')).toEqual(['Sida ', ' av ', '']);
    expect(pageParts('{{page}} / {{pages}}')).toEqual(['', ' / ', '']);
  });

  it('put programme, date and page numbers in the margin boxes of an A4 page', () => {
    const css = pageBoxesCss({ topLeft: 'Program – Plan', topRight: '2027-03-15', page: ['Sida ', ' av ', ''] });
    expect(css).toContain('size: A4;');
    expect(css).toContain('@top-left { content: "Program – Plan";');
    expect(css).toContain('@top-right { content: "2027-03-15";');
    expect(css).toContain('@bottom-right { content: "Sida " counter(page) " av " counter(pages) "";');
  });

  it('turn the page across for wide tables', () => {
    expect(pageBoxesCss({ topLeft: 'P', topRight: 'D', page: ['', '/', ''], landscape: true })).toContain('size: A4 landscape;');
    expect(pageBoxesCss({ topLeft: 'P', topRight: 'D', page: ['', '/', ''], landscape: true, paper: 'A3' })).toContain('size: A3 landscape;');
  });

  it('turn named pages across inside a portrait report, after the rule for every page', () => {
    const css = pageBoxesCss({ topLeft: 'P', topRight: 'D', page: ['', '/', ''], landscapePages: ['plan-report-map'] });
    expect(css).toContain('size: A4;');
    expect(css.indexOf('@page plan-report-map { size: A4 landscape; }')).toBeGreaterThan(css.indexOf('size: A4;'));
  });
});
