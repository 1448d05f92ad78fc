import JSZip from 'jszip';

export interface DocxContent {
  /** Paragraphs outside tables, in order; a Word line break is "\n". */
  readonly paragraphs: string[];
  /** Each table as rows of cell texts; the first row is the header. */
  readonly tables: string[][][];
  /** Rows Word repeats at the top of each page, per table. */
  readonly headerRows: number[];
  readonly header: string;
  readonly footer: string;
  readonly documentXml: string;
  readonly stylesXml: string;
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)]
    .map(([token, text, field]) => (token === '<w:br/>' ? '\n' : field !== undefined ? `{${field.trim()}}` : decode(text ?? '')))
    .join('');
}

const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => paragraphText(p));

/** Reads a .docx the way a test needs it: plain texts of paragraphs and table cells, fields shown as {PAGE}. */
export async function readDocx(buffer: Buffer): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(buffer);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const documentXml = await read('word/document.xml');
  const tableXml = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t);
  return {
    paragraphs: paragraphsOf(documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')).filter((p) => p !== ''),
    tables: tableXml.map((t) => [...t.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => paragraphsOf(cell).join('\n')))),
    headerRows: tableXml.map((t) => [...t.matchAll(/<w:tblHeader\/>/g)].length),
    header: paragraphsOf(await read('word/header1.xml')).join('\n'),
    footer: paragraphsOf(await read('word/footer1.xml')).join('\n'),
    documentXml,
    stylesXml: await read('word/styles.xml'),
  };
}
