import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundState } from '../../shared/voting/schema';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useToasts } from '../common/toastContext';
import { errorMessage } from '../i18n/describeError';
import type { WorkshopItem } from '../matrix/workshopItems';
import { parseCount } from './parseCount';

const PAPER_MAX = 10_000;

/**
 * Dots counted on a paper wall, typed in per item. Counts stay hidden from
 * the API until the reveal, so the fields keep what was typed here; after
 * the reveal they start from the saved counts.
 */
export function PaperCount({ state, items }: { readonly state: RoundState; readonly items: readonly WorkshopItem[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const saved = new Map(state.results?.map((r) => [r.itemId, String(r.votes)]));
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const closed = state.round.status !== 'open';

  const commit = (item: WorkshopItem): void => {
    const text = typed[item.id];
    if (text === undefined || text === saved.get(item.id)) return;
    const count = text.trim() === '' ? 0 : parseCount(text, 0, PAPER_MAX);
    setInvalid((set) => {
      const next = new Set(set);
      if (count === null) next.add(item.id);
      else next.delete(item.id);
      return next;
    });
    if (count === null) return;
    api.invoke('voting.setPaperCount', { roundId: state.round.id, itemId: item.id, count }).catch((failure: unknown) => {
      show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) });
    });
  };

  return (
    <div className="paper-count">
      <p className="prio-lead">{t('voting.paper.lead')}</p>
      <ul className="paper-count__list" aria-label={t('voting.itemsLabel')}>
        {items.map((item) => {
          const id = `paper-${state.round.id}-${item.id}`;
          const bad = invalid.has(item.id);
          return (
            <li key={item.id} className="paper-count__row">
              <label htmlFor={id} className="paper-count__title">
                {item.title}
              </label>
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={0}
                max={PAPER_MAX}
                className="field__control field__control--number paper-count__input"
                value={typed[item.id] ?? saved.get(item.id) ?? ''}
                aria-label={t('voting.paper.countLabel', { title: item.title })}
                disabled={closed}
                aria-invalid={bad || undefined}
                aria-describedby={bad ? `${id}-error` : undefined}
                onChange={(event) => setTyped((map) => ({ ...map, [item.id]: event.target.value }))}
                onBlur={() => commit(item)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') commit(item);
                }}
              />
              {bad ? (
                <span id={`${id}-error`} className="field__error">
                  {t('voting.paper.invalid')}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="paper-count__total" role="status">
        {t('voting.paper.total', { count: state.totalDots })}
      </p>
    </div>
  );
}
