/**
 * The choices an import preview asks for, and the apply input they make:
 * which conflicting fields take the file's value (the register's value is
 * kept otherwise), and for each inconsistent hand-kept row whether its
 * ratings are used (the score becomes their product) or the row is left out.
 */
import type { ImportField, RiskImportApply, RiskImportPreview } from '../../../shared/risk/import';

export type Inconsistency = 'ratings' | 'skip';

export interface ImportChoices {
  /** `${riskId}:${field}` of each conflict to take from the file. */
  readonly fromFile: ReadonlySet<string>;
  readonly inconsistencies: ReadonlyMap<number, Inconsistency>;
}

export const NO_CHOICES: ImportChoices = { fromFile: new Set(), inconsistencies: new Map() };

export const conflictKey = (riskId: string, field: ImportField): string => `${riskId}:${field}`;

export function toggleFromFile(choices: ImportChoices, key: string, take: boolean): ImportChoices {
  const fromFile = new Set(choices.fromFile);
  if (take) fromFile.add(key);
  else fromFile.delete(key);
  return { ...choices, fromFile };
}

export function chooseInconsistency(choices: ImportChoices, row: number, take: Inconsistency): ImportChoices {
  return { ...choices, inconsistencies: new Map(choices.inconsistencies).set(row, take) };
}

/** Excel rows of inconsistent new risks still without a choice; apply waits for them. */
export function unresolvedRows(preview: RiskImportPreview, choices: ImportChoices): number[] {
  return preview.newRisks.filter((risk) => risk.inconsistent && !choices.inconsistencies.has(risk.row)).map((risk) => risk.row);
}

export function applyInput(preview: RiskImportPreview, choices: ImportChoices, base: Pick<RiskImportApply, 'registerId' | 'file' | 'by'>): RiskImportApply {
  const takeFromFile = preview.changed.flatMap((risk) => risk.changes.filter((c) => c.conflict && choices.fromFile.has(conflictKey(risk.riskId, c.field))).map((c) => ({ riskId: risk.riskId, field: c.field })));
  const inconsistencies = preview.newRisks.filter((risk) => risk.inconsistent).flatMap((risk) => {
    const take = choices.inconsistencies.get(risk.row);
    return take ? [{ row: risk.row, take }] : [];
  });
  return { ...base, fingerprint: preview.fingerprint, takeFromFile, inconsistencies };
}
