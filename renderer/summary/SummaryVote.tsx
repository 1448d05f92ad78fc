import { useTranslation } from 'react-i18next';
import type { Quadrant } from '../../shared/matrix/quadrant';
import { huvudmanValues } from '../../shared/participant/schema';
import type { SummaryVote as Vote } from '../../shared/summary/model';
import { ResultsChart } from '../results/ResultsChart';
import { ResultsTable } from '../results/ResultsTable';

/** The summary's round: the chart for the eye, the ranking, and the dots per huvudman. */
export function SummaryVote({ vote, quadrantName }: { readonly vote: Vote | null; readonly quadrantName: (quadrant: Quadrant) => string }) {
  const { t } = useTranslation();
  if (!vote) return <p className="muted">{t('summary.noVotes')}</p>;
  const number = vote.roundNumber;
  return (
    <div className="summary__vote">
      <p className="prio-lead">
        {t('summary.voteRound', { number })} {t('results.lead', { count: vote.totalDots })}
      </p>
      {vote.split ? null : <p className="prio-lead">{t('summary.paperRound')}</p>}
      {vote.dotsFromRemoved > 0 ? <p className="prio-lead">{t('summary.removedDots', { count: vote.dotsFromRemoved })}</p> : null}
      <div className="results__body">
        <ResultsChart rows={vote.rows} split={vote.split} />
        <ResultsTable caption={t('results.caption', { number })} rows={vote.rows} split={vote.split} quadrantName={quadrantName} />
      </div>
      {vote.split ? (
        <div className="table-wrap summary__split">
          <table className="table">
            <caption className="results-table__caption">{t('summary.splitCaption', { number })}</caption>
            <thead>
              <tr>
                {huvudmanValues.map((h) => (
                  <th key={h} scope="col" className="numeric">
                    {t(`huvudman.${h}`)}
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {t('summary.splitTotal')}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                {huvudmanValues.map((h) => (
                  <td key={h} className="numeric">
                    {vote.byHuvudman[h]}
                  </td>
                ))}
                <td className="numeric">{vote.total}</td>
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
