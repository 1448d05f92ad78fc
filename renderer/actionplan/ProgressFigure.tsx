import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Progress } from '../../shared/actionplan/schema';
import type { ProgressWords } from './planWords';
import { progressExplanation, progressFigure } from './progressText';

/**
 * A progress figure with a disclosure saying how it was reached. A plan
 * page shows one per område and delmål, so the figure takes its words from
 * the page and only an opened explanation translates for itself.
 */
export function ProgressFigure({ progress, name, words }: { readonly progress: Progress; readonly name: string; readonly words: ProgressWords }) {
  const [open, setOpen] = useState(false);
  const figure = words.label(progressFigure(progress));
  return (
    <details className="plan-progress" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={`${figure}. ${words.howNamed(name)}`}>
        <span className="plan-progress__figure">{figure}</span>
        <meter className="plan-progress__meter" min={0} max={1} value={progress.ratio ?? 0} aria-hidden="true" />
        <span className="plan-progress__how" aria-hidden="true">
          {words.how}
        </span>
      </summary>
      {open ? <ProgressExplanation progress={progress} /> : null}
    </details>
  );
}

function ProgressExplanation({ progress }: { readonly progress: Progress }) {
  const { t } = useTranslation();
  return <p className="plan-progress__explanation">{progressExplanation(t, progress)}</p>;
}
