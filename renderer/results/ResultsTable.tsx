import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quadrant } from '../../shared/matrix/quadrant';
import { huvudmanValues } from '../../shared/participant/schema';
import { OutcomeText } from './OutcomeText';
import { rankLabel } from './rankLabel';
import type { ResultRow } from '../../shared/voting/results';
import './results.css';

export interface ResultsTableProps {
  readonly caption: string;
  readonly rows: readonly ResultRow[];
  /** Votes per huvudman (rounds voted in the app); paper rounds have only totals. */
  readonly split: boolean;
  readonly quadrantName: (quadrant: Quadrant) => string;
  /** Controls for the decision column; the text of the decision is shown without them. */
  readonly decision?: (row: ResultRow) => ReactNode;
}

/** The ranking as a table: the accessible form of the chart, and the one that prints. */
export function ResultsTable({ caption, rows, split, quadrantName, decision }: ResultsTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap results-table">
      <table className="table">
        <caption className="results-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.columns.place')}</th>
            <th scope="col">{t('results.columns.item')}</th>
            <th scope="col" className="numeric">
              {t('results.columns.votes')}
            </th>
            {split
              ? huvudmanValues.map((h) => (
                  <th key={h} scope="col" className="numeric">
                    {t(`huvudman.${h}`)}
                  </th>
                ))
              : null}
            <th scope="col">{t('results.columns.quadrant')}</th>
            <th scope="col">{t('results.columns.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.itemId} className={row.outcome?.status === 'prioritised' ? 'results-table__row--prioritised' : undefined}>
              <td className="results-table__place">{rankLabel(t, i18n.language, row.rank, row.tied)}</td>
              <th scope="row">{row.title ?? t('results.missingItem')}</th>
              <td className="numeric results-table__votes">{row.votes}</td>
              {split
                ? huvudmanValues.map((h) => (
                    <td key={h} className="numeric">
                      {row.byHuvudman[h]}
                    </td>
                  ))
                : null}
              <td>{row.quadrant ? quadrantName(row.quadrant) : t('results.notPlaced')}</td>
              <td>
                <div className="results-table__decision">
                  {/* With controls, the pressed "Prioriterad" toggle already says it. */}
                  {decision && row.outcome?.status === 'prioritised' ? null : <OutcomeText outcome={row.outcome} />}
                  {decision?.(row)}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
