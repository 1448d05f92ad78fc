import { type ReactNode, type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Items not yet placed; also a drop zone that takes a placed item off the matrix. */
export function MatrixTray({ trayRef, over, count, children }: { readonly trayRef: Ref<HTMLElement>; readonly over: boolean; readonly count: number; readonly children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section ref={trayRef} className={over ? 'matrix-tray matrix-tray--over' : 'matrix-tray'} aria-labelledby={headingId}>
      <h3 id={headingId} className="matrix-tray__heading">
        {t('matrix.tray.heading')} <span className="badge badge--neutral">{count}</span>
      </h3>
      {count === 0 ? <p className="matrix-tray__empty">{t('matrix.tray.empty')}</p> : <ul className="matrix-tray__list">{children}</ul>}
    </section>
  );
}
