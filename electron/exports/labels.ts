import en from '../../shared/i18n/locales/en.json';
import sv from '../../shared/i18n/locales/sv.json';
import { fileColumns } from '../../shared/risk/file-columns';
import type { Vocabulary } from '../../shared/risk/import-row';
import { comparable } from '../../shared/common/comparable';
import type { HeaderTexts } from '../../shared/risk/import-rules';
import { riskCarriers, riskStatuses, riskTreatments } from '../../shared/risk/schema';
import type { ParticipantHeaders } from '../../shared/participant/import';
import type { MapSvgLabels } from '../../shared/processmap/svg';
import type { Language } from '../../shared/settings/schema';
import type { BoardExportLabels } from './board-xlsx';

/** Exports speak the user's language; the texts come from the same locale files as the UI. */
const locales = { sv, en } as const;

export function boardExportLabels(language: Language): BoardExportLabels & { readonly fileName: string } {
  const { board } = locales[language].export;
  const { cluster, text, author, organisation, huvudman, created } = board.noteColumns;
  const { heading, notes, description, strengths } = board.clusterColumns;
  return {
    fileName: board.fileName,
    notesSheet: board.notesSheet,
    clustersSheet: board.clustersSheet,
    noteColumns: [cluster, text, author, organisation, huvudman, created],
    clusterColumns: [heading, notes, description, strengths],
    unclustered: board.unclustered,
    anonymous: board.anonymous,
    huvudman: locales[language].huvudman,
  };
}

export type SummaryLabels = ReturnType<typeof summaryLabels>;

export function summaryLabels(language: Language) {
  const locale = locales[language];
  return {
    ...locale.export.summary,
    workshopTypes: locale.workshopTypes,
    levels: locale.levels,
    quadrants: locale.quadrants,
    huvudman: locale.huvudman,
    activityStatus: locale.plan.activityStatus,
  };
}

/** i18next-style {{name}} placeholders, for the few labels with a value in them. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

export type PlanExportLabels = ReturnType<typeof planExportLabels>;

/** The plan's exports: their own texts plus the names of the plan's enums, as the UI shows them. */
export function planExportLabels(language: Language) {
  const locale = locales[language];
  return {
    ...locale.export.plan,
    protocol: locale.export.protocol,
    planStatus: locale.plan.status,
    activityStatus: locale.plan.activityStatus,
    health: locale.plan.health,
    decisionKind: locale.plan.decisionKind,
    huvudman: locale.huvudman,
    language,
  };
}

export type RiskExportLabels = ReturnType<typeof riskExportLabels>;

/** The register's workbook: its own texts, the register vocabulary and the activity statuses its actions show. */
export function riskExportLabels(language: Language) {
  const locale = locales[language];
  return {
    ...locale.riskExport,
    risk: locale.risk,
    scale: locale.risk.scale as Readonly<Record<'likelihood' | 'consequence', Readonly<Record<number, { readonly name: string; readonly meaning: string }>>>>,
    activityStatus: locale.plan.activityStatus as Readonly<Record<string, string>>,
  };
}

/**
 * What a register file may say, in every language: the column headers and
 * the names of list values (or their stored names), so a file exported in
 * English reads the same with the UI in Swedish.
 */
export function riskFileVocabulary(): { readonly headers: HeaderTexts; readonly vocabulary: Vocabulary } {
  const all = Object.values(locales);
  const headers = Object.fromEntries(
    fileColumns.map((column) => [column, all.map((locale) => (column === 'id' ? locale.riskExport.idColumn : locale.risk.fields[column]))]),
  ) as unknown as HeaderTexts;
  const names = <K extends string>(keys: readonly K[], pick: (locale: (typeof all)[number]) => Readonly<Record<K, string>>): ReadonlyMap<string, K> =>
    new Map(keys.flatMap((key) => [key, ...all.map((locale) => pick(locale)[key])].map((name) => [comparable(name), key] as const)));
  return {
    headers,
    vocabulary: {
      carrier: names(riskCarriers, (locale) => locale.risk.carrier),
      treatment: names(riskTreatments, (locale) => locale.risk.treatment),
      status: names(riskStatuses, (locale) => locale.risk.status),
    },
  };
}

/**
 * Every name the app gives the participant columns, in every language: the
 * form and table labels, and the headers of the summary workbook's
 * participant sheet, so a list the app wrote, or copied from its table,
 * reads back whatever the language was.
 */
export function participantHeaders(): ParticipantHeaders {
  const all = Object.values(locales);
  const names = (field: keyof ParticipantHeaders) => all.flatMap((locale) => [locale.fields[field], locale.export.summary.participantColumns[field]]);
  return { name: names('name'), organisation: names('organisation'), huvudman: names('huvudman'), role: names('role') };
}

/** Map words that leave the app: activities made from the change table, later the image legend. */
export function processMapLabels(language: Language) {
  return locales[language].processMap;
}

/** The map drawing's words: kind and state names as the editor shows them, the legend's own texts. */
export function mapSvgLabels(language: Language): MapSvgLabels {
  const { kinds, states, canvas, export: texts } = locales[language].processMap;
  const plural = new Intl.PluralRules(language);
  return {
    kinds,
    states,
    legend: texts.legend,
    problem: texts.problem,
    problems: texts.problems,
    arrow: texts.arrow,
    noteCount: (count) => fill(plural.select(count) === 'one' ? canvas.notes_one : canvas.notes_other, { count }),
  };
}
