import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Placeholder for the post-it board; the board itself is a later step. */
export function BoardArea() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="board" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('board.heading')}
      </h2>
      <div className="board__surface">
        <p>{t('board.empty')}</p>
      </div>
    </section>
  );
}
