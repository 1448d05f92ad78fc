/** "What changes, who is responsible": one row per change, each a handlingsplan activity in one step. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeRow, Comparison } from '../../../shared/processmap/compare';
import type { ProcessMapId } from '../../../shared/processmap/schema';
import type { ProgrammeId } from '../../../shared/programme/schema';
import { ActivityDialog } from './ActivityDialog';

const COLUMNS = ['kind', 'step', 'from', 'to', 'responsible', 'activity'].map((key) => `processMap.compare.changes.${key}`);

interface TableProps {
  readonly comparison: Comparison;
  readonly mapId: ProcessMapId;
  readonly programmeId: ProgrammeId;
}

export function ChangeTable({ comparison, mapId, programmeId }: TableProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ChangeRow | null>(null);
  return (
    <section className="map-compare__section" aria-labelledby="map-compare-changes">
      <h2 id="map-compare-changes">{t('processMap.compare.changes.title')}</h2>
      {comparison.changes.length === 0 ? (
        <p>{t('processMap.compare.changes.empty')}</p>
      ) : (
        <table className="table map-compare__table">
          <thead>
            <tr>
              {COLUMNS.map((key) => (
                <th key={key} scope="col">
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.changes.map((row) => (
              <tr key={row.elementId} data-kind={row.kind}>
                <td>
                  <span className={`map-compare__kind map-compare__kind--${row.kind}`}>{t(`processMap.changes.${row.kind}`)}</span>
                </td>
                <th scope="row">{row.step || t('processMap.canvas.unnamed')}</th>
                <td>{row.fromLane ?? ''}</td>
                <td>{row.toLane ?? ''}</td>
                <td>{row.responsible || t('processMap.compare.changes.noResponsible')}</td>
                <td>
                  <button type="button" className="button" aria-label={t(row.activityId ? 'processMap.compare.changes.showFor' : 'processMap.compare.changes.createFor', { step: row.step })} onClick={() => setOpen(row)}>
                    {t(row.activityId ? 'processMap.compare.changes.show' : 'processMap.compare.changes.create')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open ? <ActivityDialog mapId={mapId} programmeId={programmeId} row={open} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}
