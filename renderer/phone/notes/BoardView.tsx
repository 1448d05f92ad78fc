import { useTranslation } from 'react-i18next';
import type { PhoneBoard } from '../../../shared/phone/schema';

/** The board as the room sees it, as lists: a phone is too narrow for the canvas. */
export function BoardView({ board }: { readonly board: PhoneBoard }) {
  const { t } = useTranslation();
  const empty = board.free.length === 0 && board.clusters.length === 0;
  return (
    <section className="phone-board" aria-labelledby="phone-board-heading">
      <h2 id="phone-board-heading">{t('phone.board.heading')}</h2>
      {empty ? <p>{t('phone.board.empty')}</p> : null}
      {board.clusters.map((cluster) => (
        <section key={cluster.id} className="phone-cluster" aria-labelledby={`phone-cluster-${cluster.id}`}>
          <h3 id={`phone-cluster-${cluster.id}`}>{cluster.heading}</h3>
          <NoteTexts texts={cluster.notes} />
        </section>
      ))}
      {board.free.length > 0 ? (
        <section className="phone-cluster" aria-labelledby="phone-board-free">
          <h3 id="phone-board-free">{t('phone.board.free')}</h3>
          <NoteTexts texts={board.free} />
        </section>
      ) : null}
    </section>
  );
}

function NoteTexts({ texts }: { readonly texts: readonly string[] }) {
  return (
    <ul className="phone-board__notes">
      {texts.map((text, index) => (
        // Notes reach the phone as text alone (no ids of others); the order is the room's.
        <li key={index}>{text}</li>
      ))}
    </ul>
  );
}
