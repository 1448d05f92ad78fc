import { useTranslation } from 'react-i18next';
import type { MapElement } from '../../../shared/processmap/schema';
import { routeHref } from '../../app/router';
import { useQuery } from '../../api/useQuery';
import { Dialog } from '../../common/Dialog';
import { Loading } from '../../common/Loading';
import { QueryError } from '../../common/QueryError';
import { elementText } from '../flowModel';

/** "Visa lappar": the notes a challenge card stands for, who wrote them (by huvudman), and the way back to the workshop. */
export function CardNotesDialog({ card, onClose }: { readonly card: MapElement; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { data: source, error, reload } = useQuery('mapElement.cardSource', { id: card.id });
  return (
    <Dialog title={t('processMap.tray.notesTitle', { label: elementText(t, card) })} onClose={onClose} className="dialog--form">
      {error ? <QueryError error={error} onRetry={reload} /> : null}
      {!source && !error ? <Loading /> : null}
      {source && source.workshop === null ? <p className="card-notes__gone">{t('processMap.tray.sourceGone')}</p> : null}
      {source?.workshop ? (
        <>
          <p>
            {source.cluster ? t('processMap.tray.fromCluster', { heading: source.cluster }) : null}{' '}
            <a href={routeHref({ view: 'workshop', id: source.workshop.id })}>{t('processMap.tray.openWorkshop', { title: source.workshop.title })}</a>
          </p>
          <ul className="card-notes" aria-label={t('processMap.tray.notesList')}>
            {source.notes.map((note) => (
              <li key={note.id} className="card-notes__note">
                <span className="card-notes__text">{note.text}</span>
                <span className="card-notes__author">{note.huvudman ? t(`huvudman.${note.huvudman}`) : t('processMap.tray.noAuthor')}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={onClose}>
          {t('processMap.tray.close')}
        </button>
      </div>
    </Dialog>
  );
}
