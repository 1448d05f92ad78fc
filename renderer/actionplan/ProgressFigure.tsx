import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Progress } from '../../shared/actionplan/schema';
import { progressExplanation, progressFigure } from './progressText';

/** A progress figure with a disclosure saying how it was reached; the words are made when it is opened. */
export function ProgressFigure({ progress, name }: { readonly progress: Progress; readonly name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const figure = t('plan.progress.label', { figure: progressFigure(progress) });
  return (
    <details className="plan-progress" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={`${figure}. ${t('plan.progress.howNamed', { name })}`}>
        <span className="plan-progress__figure">{figure}</span>
        <meter className="plan-progress__meter" min={0} max={1} value={progress.ratio ?? 0} aria-hidden="true" />
        <span className="plan-progress__how" aria-hidden="true">
          {t('plan.progress.how')}
        </span>
      </summary>
      {open ? <p className="plan-progress__explanation">{progressExplanation(t, progress)}</p> : null}
    </details>
  );
}
