/** From an activity back to the workshop: område → improvement area → workshop → cluster, its notes and its votes by huvudman. */
import { useTranslation } from 'react-i18next';
import type { ActivityId } from '../../shared/actionplan/schema';
import { routeHref } from '../app/router';
import { useQuery } from '../api/useQuery';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { HuvudmanSplitTable } from '../results/HuvudmanSplitTable';

export function TracePanel({ activityId, headingId }: { readonly activityId: string; readonly headingId: string }) {
  const { t } = useTranslation();
  const trace = useQuery('planActivity.trace', { id: activityId as ActivityId });
  const data = trace.data;
  return (
    <section className="plan-trace" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plan.details.trace')}</h3>
      <p className="muted">{t('plan.details.traceLead')}</p>
      {trace.error ? <QueryError error={trace.error} onRetry={trace.reload} /> : null}
      {!data && !trace.error ? <Loading /> : null}
      {data ? (
        <>
          <ol className="plan-trace__path">
            <li>
              <span className="plan-trace__label">{t('plan.details.traceArea')}:</span> {data.area.title}
            </li>
            {data.goal ? (
              <li>
                <span className="plan-trace__label">{t('plan.details.traceGoal')}:</span> {data.goal.title}
              </li>
            ) : null}
            {data.improvementArea ? (
              <>
                <li>
                  <span className="plan-trace__label">{t('plan.details.traceImprovement')}:</span> {data.improvementArea.title}
                </li>
                <li>
                  <span className="plan-trace__label">{t('plan.details.traceWorkshop')}:</span>{' '}
                  <a href={routeHref({ view: 'workshop', id: data.improvementArea.workshopId })}>{data.improvementArea.workshopTitle}</a>
                </li>
              </>
            ) : null}
            {data.item ? (
              <li>
                <span className="plan-trace__label">{data.item.kind === 'cluster' ? t('plan.details.traceCluster') : t('plan.details.traceNote')}:</span> {data.item.heading}
              </li>
            ) : null}
          </ol>
          {!data.improvementArea ? <p className="muted">{t('plan.details.traceManual')}</p> : null}
          {data.improvementArea && !data.item ? <p className="muted">{t('plan.details.traceGone')}</p> : null}
          {data.item && data.item.kind === 'cluster' ? (
            <>
              <h4>{t('plan.details.traceNotes')}</h4>
              <ul className="plan-trace__notes">
                {data.item.notes.map((note) => (
                  <li key={note.id}>{note.authorName ? t('plan.details.noteBy', { text: note.text, author: note.authorName }) : note.text}</li>
                ))}
              </ul>
            </>
          ) : null}
          {data.item ? (
            data.item.votes ? (
              <>
                <p>{t('plan.details.traceVotes', { round: data.item.votes.roundNumber, votes: data.item.votes.votes, rank: data.item.votes.rank })}</p>
                <HuvudmanSplitTable className="plan-trace__votes" caption={t('plan.details.traceByHuvudman')} byHuvudman={data.item.votes.byHuvudman} />
              </>
            ) : (
              <p className="muted">{t('plan.details.traceNoVotes')}</p>
            )
          ) : null}
        </>
      ) : null}
    </section>
  );
}
