import type { Progress } from '../../shared/actionplan/schema';
import type { Translate } from '../i18n/translate';

/** The figure: "60 %", or a dash when nothing counts yet. */
export function progressFigure(progress: Progress): string {
  return progress.ratio === null ? '–' : `${Math.round(progress.ratio * 100)} %`;
}

/** How the figure was reached, in words: what was counted and what was left out. */
export function progressExplanation(t: Translate, progress: Progress): string {
  const counted = t('plan.progress.counted', { done: progress.done, count: progress.counted });
  const left: string[] = [];
  if (progress.paused > 0) left.push(t('plan.progress.paused', { count: progress.paused }));
  if (progress.struck > 0) left.push(t('plan.progress.struck', { count: progress.struck }));
  if (progress.total === 0) return t('plan.progress.none');
  return left.length === 0 ? counted : t('plan.progress.withLeftOut', { counted, leftOut: left.join(t('plan.progress.and')) });
}
