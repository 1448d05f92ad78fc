import { useTranslation } from 'react-i18next';
import type { Quadrant } from '../../shared/matrix/quadrant';
import type { SummaryVote as Vote } from '../../shared/summary/model';
import { HuvudmanSplitTable } from '../results/HuvudmanSplitTable';
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
          <HuvudmanSplitTable caption={t('summary.splitCaption', { number })} byHuvudman={vote.byHuvudman} total={vote.total} />
        </div>
      ) : null}
    </div>
  );
}
