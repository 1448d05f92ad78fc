/**
 * A meeting's protokoll as a Word document, in the form Swedish minutes
 * take: the facts and who attended, then numbered paragraphs (§ 1 …), one
 * per decision written out as "Processteamet beslutar att …", then the
 * status changes and what carries over to the next meeting. An open
 * meeting's protokoll is marked as a draft.
 */
import type { Protocol } from '../../shared/actionplan/schema';
import { bullet, docxBuffer, fact, heading, paragraph, runs, table, title } from './docx-parts';
import { fill, type PlanExportLabels } from './labels';

export interface ProtocolDocumentInput {
  readonly protocol: Protocol;
  readonly programmeName: string;
  readonly planTitle: string;
  readonly closed: boolean;
  /** What each activity a ny_aktivitet decision created is called, while it exists. */
  readonly activityNames: ReadonlyMap<string, string>;
  readonly labels: PlanExportLabels;
}

export async function protocolDocument({ protocol, programmeName, planTitle, closed, activityNames, labels }: ProtocolDocumentInput): Promise<Buffer> {
  const l = labels.protocol;
  const documentTitle = protocol.title ? `${l.title}: ${protocol.title}` : l.title;
  let number = 0;
  const section = (name: string) => heading(`${fill(l.section, { number: ++number })} ${name}`, 2);
  const valueLabel = (field: 'status' | 'health', value: string) =>
    field === 'status' ? (labels.activityStatus as Record<string, string>)[value] ?? value : (labels.health as Record<string, string>)[value] ?? value;

  const decisions = protocol.decisions.flatMap((d) => {
    const created = d.activityId ? activityNames.get(d.activityId) : undefined;
    return [section(labels.decisionKind[d.kind]), paragraph(fill(labels.decides, { text: d.text })), ...(created ? [paragraph(fill(l.newActivity, { what: created }), { italics: true })] : [])];
  });
  const changes = protocol.changes.map((c) => [
    { text: c.what },
    { text: [fill(l.change, { field: labels.fields[c.field], from: valueLabel(c.field, c.from), to: valueLabel(c.field, c.to) }), c.reason].filter(Boolean).join('\n') },
    { text: c.comment },
    { text: c.by },
  ]);
  const carried = protocol.carryOver.map((item) => bullet(runs([item.what || l.freeItem, ...item.texts].join('\n'))));

  return docxBuffer({
    title: documentTitle,
    runningHeader: `${programmeName} – ${planTitle} – ${protocol.date}`,
    pageTemplate: labels.page,
    language: labels.language,
    children: [
      title(documentTitle),
      ...(closed ? [] : [paragraph(l.draft, { bold: true })]),
      fact(l.programme, programmeName),
      fact(l.plan, planTitle),
      fact(l.date, protocol.date),
      heading(l.attendees, 2),
      ...(protocol.attendees.length > 0
        ? protocol.attendees.map((a) => bullet(runs(a.organisation ? `${a.name}, ${a.organisation}` : a.name)))
        : [paragraph(l.noAttendees)]),
      ...(decisions.length > 0 ? decisions : [section(labels.decisionsSheet), paragraph(l.noDecisions)]),
      section(l.changes),
      changes.length > 0 ? table([l.changeColumns.activity, l.changeColumns.change, l.changeColumns.comment, l.changeColumns.by], changes, [32, 28, 26, 14]) : paragraph(l.noChanges),
      section(l.carryOver),
      ...(carried.length > 0 ? carried : [paragraph(l.noCarryOver)]),
    ],
  });
}
