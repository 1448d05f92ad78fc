import { useTranslation } from 'react-i18next';
import type { Quadrant } from '../../shared/matrix/quadrant';
import type { FreeNote, SummaryCluster, SummaryNote } from '../../shared/summary/model';

interface PlacedProps {
  readonly quadrant: Quadrant | null;
  readonly votes: number | null;
  readonly quadrantName: (quadrant: Quadrant) => string;
}

/** Where an item landed on the matrix and what it got in the vote, when it did. */
function Placed({ quadrant, votes, quadrantName }: PlacedProps) {
  const { t } = useTranslation();
  if (quadrant === null && votes === null) return null;
  return (
    <p className="summary-clusters__placed muted">
      {quadrant ? <span>{t('summary.placedIn', { quadrant: quadrantName(quadrant) })}</span> : null}
      {votes !== null ? <span>{t('summary.votes', { count: votes })}</span> : null}
    </p>
  );
}

function NoteList({ notes }: { readonly notes: readonly SummaryNote[] }) {
  return (
    <ul className="summary-clusters__notes">
      {notes.map((note) => (
        <li key={note.id}>{note.text}</li>
      ))}
    </ul>
  );
}

export interface SummaryClustersProps {
  readonly clusters: readonly SummaryCluster[];
  readonly freeNotes: readonly FreeNote[];
  readonly quadrantName: (quadrant: Quadrant) => string;
}

/** Each cluster with what the group said about it and its notes, then the notes that never joined one. */
export function SummaryClusters({ clusters, freeNotes, quadrantName }: SummaryClustersProps) {
  const { t } = useTranslation();
  if (clusters.length === 0 && freeNotes.length === 0) return <p className="muted">{t('summary.noNotes')}</p>;
  return (
    <div className="summary-clusters">
      {clusters.map((cluster) => (
        <div key={cluster.id} className="summary-clusters__cluster">
          <h5 className="summary-clusters__heading">
            {cluster.heading} <span className="badge badge--neutral">{t('matrix.noteCount', { count: cluster.notes.length })}</span>
          </h5>
          <Placed quadrant={cluster.quadrant} votes={cluster.votes} quadrantName={quadrantName} />
          {cluster.description ? <p className="prose">{cluster.description}</p> : null}
          {cluster.strengths.length > 0 ? (
            <>
              <p className="summary-clusters__label">{t('summary.strengths')}</p>
              <ul className="summary-clusters__strengths">
                {cluster.strengths.map((strength, i) => (
                  <li key={i}>{strength}</li>
                ))}
              </ul>
            </>
          ) : null}
          {cluster.notes.length > 0 ? (
            <>
              <p className="summary-clusters__label">{t('summary.notes')}</p>
              <NoteList notes={cluster.notes} />
            </>
          ) : null}
        </div>
      ))}
      {freeNotes.length > 0 ? (
        <div className="summary-clusters__cluster">
          <h5 className="summary-clusters__heading">
            {t('summary.freeNotes')} <span className="badge badge--neutral">{t('matrix.noteCount', { count: freeNotes.length })}</span>
          </h5>
          <NoteList notes={freeNotes} />
        </div>
      ) : null}
    </div>
  );
}
