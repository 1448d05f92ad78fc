import { useTranslation } from 'react-i18next';
import type { Board } from '../../shared/board/schema';

/** Each cluster with its notes, then the notes that never joined one. */
export function SummaryClusters({ board }: { readonly board: Board }) {
  const { t } = useTranslation();
  const free = board.notes.filter((n) => n.clusterId === null);
  if (board.notes.length === 0) return <p className="muted">{t('summary.noNotes')}</p>;
  return (
    <div className="summary-clusters">
      {board.clusters.map((cluster) => {
        const notes = board.notes.filter((n) => n.clusterId === cluster.id).sort((a, b) => a.rank - b.rank);
        return (
          <div key={cluster.id} className="summary-clusters__cluster">
            <h4 className="summary-clusters__heading">
              {cluster.heading} <span className="badge badge--neutral">{t('matrix.noteCount', { count: notes.length })}</span>
            </h4>
            {cluster.description ? <p className="prose">{cluster.description}</p> : null}
            <ul className="summary-clusters__notes">
              {notes.map((note) => (
                <li key={note.id}>{note.text}</li>
              ))}
            </ul>
          </div>
        );
      })}
      {free.length > 0 ? (
        <div className="summary-clusters__cluster">
          <h4 className="summary-clusters__heading">{t('summary.freeNotes')}</h4>
          <ul className="summary-clusters__notes">
            {free.map((note) => (
              <li key={note.id}>{note.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
