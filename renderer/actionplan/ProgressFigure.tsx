import { useTranslation } from 'react-i18next';
import type { Progress } from '../../shared/actionplan/schema';
import { progressExplanation, progressFigure } from './progressText';

/** A progress figure with a disclosure saying how it was reached. */
export function ProgressFigure({ progress, name }: { readonly progress: Progress; readonly name: string }) {
  const { t } = useTranslation();
  return (
    <details className="plan-progress">
      <summary aria-label={`${t('plan.progress.label', { figure: progressFigure(progress) })}. ${t('plan.progress.howNamed', { name })}`}>
        <span className="plan-progress__figure">{t('plan.progress.label', { figure: progressFigure(progress) })}</span>
        <meter className="plan-progress__meter" min={0} max={1} value={progress.ratio ?? 0} aria-hidden="true" />
        <span className="plan-progress__how">{t('plan.progress.how')}</span>
      </summary>
      <p className="plan-progress__explanation">{progressExplanation(t, progress)}</p>
    </details>
  );
}
