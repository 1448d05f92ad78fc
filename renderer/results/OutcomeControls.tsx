import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../shared/outcome/schema';

export interface OutcomeControlsProps {
  readonly title: string;
  readonly outcome: Outcome | null;
  /** Pressed state of the toggle; may run ahead of `outcome` while saving. */
  readonly prioritised: boolean;
  readonly onTogglePrioritised: () => void;
  readonly onOutsideMandate: () => void;
}

/** The decision on one result row: prioritised (a toggle), or outside the mandate (opens a dialog). */
export function OutcomeControls({ title, outcome, prioritised, onTogglePrioritised, onOutsideMandate }: OutcomeControlsProps) {
  const { t } = useTranslation();
  const outside = outcome?.status === 'outside_mandate';
  return (
    <div className="outcome-controls">
      <button
        type="button"
        className={prioritised ? 'button button--small button--primary' : 'button button--small'}
        aria-pressed={prioritised}
        aria-label={t('results.prioritiseItem', { title })}
        onClick={onTogglePrioritised}
      >
        {prioritised ? t('results.prioritised') : t('results.prioritise')}
      </button>
      <button type="button" className="button button--small button--quiet" aria-label={t('results.outsideItem', { title })} onClick={onOutsideMandate}>
        {outside ? t('results.outsideEdit') : t('results.outside.open')}
      </button>
    </div>
  );
}
