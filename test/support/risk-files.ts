/**
 * A risk register kept by hand in Excel, laid out like seed 004's table
 * (section 7) in our own words: an introduction sheet first, then a sheet
 * with a merged title and a note above the header row Nr, Risk,
 * Sannolikhet, Konsekvens, Poäng; rating cells as "3 – motivering"; risk 1's
 * konsekvens motivation wrapped onto a row of its own; and the seed's
 * ratings and printed scores, three of which are not the product of their
 * ratings (risks 4, 9 and 10) and one rating without a motivation (risk 9).
 */
import ExcelJS from 'exceljs';

export interface HandKeptRisk {
  readonly nr: number;
  readonly title: string;
  readonly likelihood: readonly [number, string];
  /** An empty motivation writes the bare digit, as the seed does for risk 9. */
  readonly consequence: readonly [number, string];
  readonly printed: number;
}

export const HANDKEPT_SHEET = 'Riskanalys';
/** Excel row of the header; risk 1 is on the next row and its wrapped text on the one after. */
export const HANDKEPT_HEADER_ROW = 4;
export const HANDKEPT_CONTINUED = 'samordnare och chefer. Någon måste ta på sig att leda arbetet.';

export const HANDKEPT_RISKS: readonly HandKeptRisk[] = [
  { nr: 1, title: 'Ingen utsedd kontaktperson i verksamheten', likelihood: [3, 'Troligt att det blir så i några av verksamheterna.'], consequence: [2, 'Det finns roller som kan ta uppdraget, till exempel'], printed: 6 },
  { nr: 2, title: 'Den nya överenskommelsen är okänd', likelihood: [4, 'Informationen når inte ut i dag heller, det är inget nytt.'], consequence: [3, 'Okunskap skapar friktion mellan parterna och tilliten sjunker.'], printed: 12 },
  { nr: 3, title: 'Förändringströtthet', likelihood: [4, 'Många andra förändringar pågår samtidigt för samma grupp.'], consequence: [3, 'Påverkar tidsplanen och de resurser som finns.'], printed: 12 },
  { nr: 4, title: 'Ork och utrymme att ändra arbetssätt', likelihood: [3, 'Tidigare överenskommelser har inte fått fäste.'], consequence: [3, 'Utan stöd från ledningen blir införandet lidande.'], printed: 12 },
  { nr: 5, title: 'Ny projektledare', likelihood: [4, 'Har redan hänt.'], consequence: [2, 'En ny projektledare finns på plats men viss bakgrund kan gå förlorad.'], printed: 8 },
  { nr: 6, title: 'Många berörda i stora organisationer', likelihood: [4, 'Svårt att nå alla med samma budskap.'], consequence: [3, 'Kommunikationen måste anpassas till varje verksamhet.'], printed: 12 },
  { nr: 7, title: 'Beslut följs inte', likelihood: [3, 'Flera överenskommelser följs dåligt redan i dag.'], consequence: [2, 'Med dialog och uppföljning på alla nivåer blir följden mindre.'], printed: 6 },
  { nr: 8, title: 'Uppföljningen uteblir', likelihood: [2, 'Följs planen för uppföljning blir risken liten.'], consequence: [2, 'Förutsätter att chefsgruppen beslutar om planen.'], printed: 4 },
  { nr: 9, title: 'Annat tränger undan arbetet (till exempel en pandemi)', likelihood: [2, 'Då måste vi prioritera om.'], consequence: [4, ''], printed: 6 },
  { nr: 10, title: 'Pengarna räcker inte till införandet', likelihood: [3, 'Underskott hos parterna kan ta resurserna.'], consequence: [3, 'Ledningen måste tydligt prioritera införandet.'], printed: 6 },
];

const ratingCell = ([rating, motivation]: readonly [number, string]) => (motivation ? `${rating} – ${motivation}` : rating);

export async function handKeptRegister(risks: readonly HandKeptRisk[] = HANDKEPT_RISKS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const intro = workbook.addWorksheet('Bakgrund');
  intro.addRow(['Projektplan för trygg hemgång']);
  intro.addRow(['Risk', 'Se bladet Riskanalys']);

  const sheet = workbook.addWorksheet(HANDKEPT_SHEET);
  sheet.columns = [{ width: 5 }, { width: 40 }, { width: 50 }, { width: 50 }, { width: 8 }];
  sheet.getCell('A1').value = 'Risk- och konsekvensanalys';
  sheet.mergeCells('A1:E1');
  sheet.getCell('A2').value = 'Styrgruppen har bedömt tio risker. 1–4 är låg, 5–8 betydande och 9 eller mer hög risk.';
  sheet.mergeCells('A2:E2');
  sheet.getRow(HANDKEPT_HEADER_ROW).values = ['Nr', 'Risk', 'Sannolikhet', 'Konsekvens', 'Poäng'];
  sheet.getRow(HANDKEPT_HEADER_ROW).font = { bold: true };
  let row = HANDKEPT_HEADER_ROW + 1;
  for (const risk of risks) {
    sheet.getRow(row++).values = [risk.nr, risk.title, ratingCell(risk.likelihood), ratingCell(risk.consequence), risk.printed];
    if (risk.nr === 1) sheet.getRow(row++).values = ['', '', '', HANDKEPT_CONTINUED, ''];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
