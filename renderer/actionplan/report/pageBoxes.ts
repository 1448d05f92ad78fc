/**
 * The printed report's running header and footer, as CSS page-margin boxes
 * (Chromium 131+, so Electron 45 and current Chrome): programme and plan
 * top left, the date top right, "Sida n av m" bottom right. Page rules
 * cannot read the DOM, so the texts are written into the rule as CSS
 * strings, escaped so no name can end the string or the rule.
 */
export interface PageBoxTexts {
  readonly topLeft: string;
  readonly topRight: string;
  /** Before the page number, between it and the page count, after it: "Sida ", " av ", "". */
  readonly page: readonly [before: string, between: string, after: string];
  /** Wide tables (the risk register's) print across the page. */
  readonly landscape?: boolean;
  /** A process map may need the larger sheet. */
  readonly paper?: 'A4' | 'A3';
  /**
   * Named pages (CSS `page: name`) printed landscape within a portrait
   * report. They are written into this same sheet: Chromium lets a
   * constructed sheet's @page rule win over a named one from a stylesheet file.
   */
  readonly landscapePages?: readonly string[];
}

const SAFE = /[\p{L}\p{N} .,:;·–—()/_-]/u;

export function cssString(text: string): string {
  const escaped = [...text].map((char) => (SAFE.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `)).join('');
  return `"${escaped}"`;
}

export function pageBoxesCss({ topLeft, topRight, page: [before, between, after], landscape = false, paper = 'A4', landscapePages = [] }: PageBoxTexts): string {
  return [
    '@media print {',
    '  @page {',
    `    size: ${paper}${landscape ? ' landscape' : ''};`,
    '    margin: 18mm 14mm 16mm;',
    `    @top-left { content: ${cssString(topLeft)}; font: 9pt system-ui, sans-serif; color: #444444; }`,
    `    @top-right { content: ${cssString(topRight)}; font: 9pt system-ui, sans-serif; color: #444444; }`,
    `    @bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}; font: 9pt system-ui, sans-serif; }`,
    '  }',
    ...landscapePages.map((name) => `  @page ${name} { size: ${paper} landscape; }`),
    '}',
  ].join('\n');
}

/** Splits a translated "Sida {{page}} av {{pages}}" into the texts around the two numbers. */
export function pageParts(template: string): PageBoxTexts['page'] {
  const [before = '', rest = ''] = template.split('{{page}}');
  const [between = '', after = ''] = rest.split('{{pages}}');
  return [before, between, after];
}
