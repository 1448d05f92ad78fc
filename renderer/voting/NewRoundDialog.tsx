import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrantOf, type Quadrant } from '../../shared/matrix/quadrant';
import type { MatrixLabels, Placement } from '../../shared/matrix/schema';
import { DOTS_MAX, DOTS_MIN } from '../../shared/voting/rules';
import type { RoundState } from '../../shared/voting/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { useSubmission } from '../common/useSubmission';
import type { WorkshopItem } from '../matrix/workshopItems';
import { NumberField } from './NumberField';
import { RadioChoice } from './RadioChoice';
import { initialRoundForm, type RoundForm, type RoundFormProblem, roundSettings } from './roundForm';
import { ScopeFieldset } from './ScopeFieldset';

export interface NewRoundDialogProps {
  readonly workshopId: WorkshopId;
  /** Clusters, and free notes that were placed on the matrix. */
  readonly items: readonly WorkshopItem[];
  readonly placements: readonly Placement[];
  readonly labels: MatrixLabels;
  readonly previous: RoundState | null;
  readonly onStarted: (state: RoundState) => void;
  readonly onClose: () => void;
}

const CAPS = Array.from({ length: DOTS_MAX }, (_, i) => String(i + 1));

export function NewRoundDialog({ workshopId, items, placements, labels, previous, onStarted, onClose }: NewRoundDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const ids = { dots: useId(), cap: useId(), anonymous: useId(), mode: useId(), scopeError: useId() };
  const [form, setForm] = useState<RoundForm>(initialRoundForm);
  const [problem, setProblem] = useState<RoundFormProblem | null>(null);
  const { pending, errors, submit } = useSubmission([]);
  const change = (patch: Partial<RoundForm>): void => setForm((f) => ({ ...f, ...patch }));
  const inQuadrant = (quadrant: Quadrant): number => placements.filter((p) => quadrantOf(p) === quadrant).length;

  const start = (): void => {
    const result = roundSettings(form, { clusterCount: items.filter((i) => i.kind === 'cluster').length, inQuadrant });
    if ('problem' in result) {
      setProblem(result.problem);
      if (result.problem === 'dots') document.getElementById(ids.dots)?.focus();
      return;
    }
    setProblem(null);
    void submit(async () => {
      onStarted(await api.invoke('voting.start', { workshopId, settings: result.settings }));
    });
  };

  const scopeProblem = problem && problem !== 'dots' ? t(`voting.newRound.problems.${problem}`) : undefined;

  return (
    <FormDialog title={t('voting.newRound.title')} submitLabel={t('voting.newRound.start')} pending={pending} generalErrors={errors.general} onSubmit={start} onClose={onClose}>
      <div className="prio-fieldset__grid">
        <NumberField
          id={ids.dots}
          label={t('voting.newRound.dots')}
          value={form.dots}
          onChange={(dots) => change({ dots })}
          min={DOTS_MIN}
          max={DOTS_MAX}
          required
          error={problem === 'dots' ? t('voting.newRound.problems.dots', { min: DOTS_MIN, max: DOTS_MAX }) : undefined}
        />
        <SelectField
          id={ids.cap}
          label={t('voting.newRound.cap')}
          value={form.maxPerItem}
          onChange={(maxPerItem) => change({ maxPerItem })}
          options={[{ value: 'none', label: t('voting.newRound.noCap') }, ...CAPS.map((value) => ({ value, label: value }))]}
        />
      </div>
      <ScopeFieldset
        form={form}
        onChange={change}
        items={items}
        labels={labels}
        inQuadrant={inQuadrant}
        previous={previous}
        errorId={scopeProblem ? ids.scopeError : undefined}
      />
      {scopeProblem ? (
        <p id={ids.scopeError} className="field__error">
          {scopeProblem}
        </p>
      ) : null}
      <fieldset className="prio-fieldset">
        <legend>{t('voting.newRound.mode')}</legend>
        <RadioChoice name={ids.mode} label={t('voting.modes.participants')} checked={form.mode === 'participants'} onSelect={() => change({ mode: 'participants' })} />
        <RadioChoice name={ids.mode} label={t('voting.modes.paper')} checked={form.mode === 'paper'} onSelect={() => change({ mode: 'paper' })} />
      </fieldset>
      <label className="prio-choice" htmlFor={ids.anonymous}>
        <input id={ids.anonymous} type="checkbox" checked={form.anonymous} onChange={(event) => change({ anonymous: event.target.checked })} />
        {t('voting.newRound.anonymous')}
      </label>
    </FormDialog>
  );
}
