import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrants, type Quadrant } from '../../shared/matrix/quadrant';
import type { MatrixLabels } from '../../shared/matrix/schema';
import type { RoundState } from '../../shared/voting/schema';
import { SelectField } from '../common/SelectField';
import type { WorkshopItem } from '../matrix/workshopItems';
import { RadioChoice } from './RadioChoice';
import type { RoundForm, ScopeKind } from './roundForm';

export interface ScopeFieldsetProps {
  readonly form: RoundForm;
  readonly onChange: (patch: Partial<RoundForm>) => void;
  readonly items: readonly WorkshopItem[];
  readonly labels: MatrixLabels;
  readonly inQuadrant: (quadrant: Quadrant) => number;
  /** The newest revealed round, offered as a quick "top five" selection. */
  readonly previous: RoundState | null;
  readonly errorId?: string | undefined;
}

const TOP = 5;
const ALL: ScopeKind = 'all-clusters';
const QUADRANT: ScopeKind = 'quadrant';
const SELECTION: ScopeKind = 'selection';

/** What the round votes on: all clusters, one field of the matrix, or a hand-picked selection. */
export function ScopeFieldset({ form, onChange, items, labels, inQuadrant, previous, errorId }: ScopeFieldsetProps) {
  const { t } = useTranslation();
  const name = useId();
  const quadrantId = useId();
  const topIds = previous?.results?.filter((r) => r.votes > 0 && r.rank <= TOP).map((r) => r.itemId) ?? [];

  const toggle = (id: string, checked: boolean): void =>
    onChange({ selection: checked ? [...form.selection, id] : form.selection.filter((s) => s !== id) });

  const pick = (scope: ScopeKind) => ({ name, checked: form.scope === scope, onSelect: () => onChange({ scope }) });

  return (
    <fieldset className="prio-fieldset" aria-describedby={errorId}>
      <legend>{t('voting.newRound.scope')}</legend>
      <RadioChoice label={t('voting.newRound.scopeAll')} {...pick(ALL)} />
      <RadioChoice label={t('voting.newRound.scopeQuadrant')} {...pick(QUADRANT)} />
      {form.scope === 'quadrant' ? (
        <div className="prio-nested">
          <SelectField
            id={quadrantId}
            label={t('voting.newRound.quadrant')}
            value={form.quadrant}
            onChange={(quadrant: Quadrant) => onChange({ quadrant })}
            options={quadrants.map((q) => ({ value: q, label: t('voting.newRound.quadrantOption', { quadrant: labels.quadrants[q], n: inQuadrant(q) }) }))}
          />
        </div>
      ) : null}
      <RadioChoice label={t('voting.newRound.scopeSelection')} {...pick(SELECTION)} />
      {form.scope === 'selection' ? (
        <div className="prio-nested">
          {previous && topIds.length > 0 ? (
            <button type="button" className="button button--small" onClick={() => onChange({ selection: topIds })}>
              {t('voting.newRound.pickTop', { top: TOP, number: previous.round.number })}
            </button>
          ) : null}
          <ul className="prio-checklist" aria-label={t('voting.newRound.selectionLabel')}>
            {items.map((item) => (
              <li key={item.id}>
                <label className="prio-choice">
                  <input type="checkbox" checked={form.selection.includes(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} />
                  {item.title}
                </label>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
