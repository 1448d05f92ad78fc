import { describe, expect, it } from 'vitest';
import type { RiskImportPreview } from '../../../shared/risk/import';
import { applyInput, chooseInconsistency, conflictKey, NO_CHOICES, toggleFromFile, unresolvedRows } from './importChoices';

const r1 = '2f1c8a52-8a54-4a8e-9a0e-1c2d3e4f5a6b';
const r2 = '7d3e9b10-4c2a-4f6e-8b1d-5a6c7e8f9a0b';
const change = (field: string, conflict: boolean) => ({ field, app: '1', file: '2', exported: '1', conflict });
const newRisk = (row: number, inconsistent: boolean) => ({ row, fileNumber: String(row), title: `Rad ${row}`, values: {}, printedScore: 9, computedScore: inconsistent ? 6 : 9, inconsistent });

const preview = {
  format: 'handkept',
  sheet: 'Risker',
  headerRow: 1,
  newRisks: [newRisk(5, true), newRisk(6, false), newRisk(7, true)],
  changed: [
    { row: 2, riskId: r1, code: 'R1', title: 'Ett', changes: [change('likelihood', true), change('owner', false)] },
    { row: 3, riskId: r2, code: 'R2', title: 'Två', changes: [change('title', true)] },
  ],
  unchanged: 0,
  notInFile: [],
  problems: [],
  fingerprint: 'abc',
} as unknown as RiskImportPreview;

const base = { registerId: r1, file: { base64: 'UEs=' }, by: 'Anna Berg' } as never;

describe('import choices', () => {
  it('wait for a choice on every inconsistent row', () => {
    expect(unresolvedRows(preview, NO_CHOICES)).toEqual([5, 7]);
    expect(unresolvedRows(preview, chooseInconsistency(NO_CHOICES, 5, 'skip'))).toEqual([7]);
  });

  it('send only the conflicts taken from the file and the rows chosen, with the preview\'s fingerprint', () => {
    let choices = toggleFromFile(NO_CHOICES, conflictKey(r1, 'likelihood'), true);
    choices = toggleFromFile(choices, conflictKey(r2, 'title'), true);
    choices = toggleFromFile(choices, conflictKey(r2, 'title'), false);
    // A key for a field that is no conflict is never sent.
    choices = toggleFromFile(choices, conflictKey(r1, 'owner'), true);
    choices = chooseInconsistency(chooseInconsistency(choices, 5, 'ratings'), 7, 'skip');
    expect(applyInput(preview, choices, base)).toEqual({
      ...(base as object),
      fingerprint: 'abc',
      takeFromFile: [{ riskId: r1, field: 'likelihood' }],
      inconsistencies: [
        { row: 5, take: 'ratings' },
        { row: 7, take: 'skip' },
      ],
    });
  });
});
