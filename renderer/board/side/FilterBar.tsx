import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { noteColours } from '../../../shared/board/schema';
import { huvudmanValues } from '../../../shared/participant/schema';
import type { BoardModel } from '../model/boardModel';
import { ANONYMOUS, ANY, isFiltering, NO_FILTER, type NoteFilter } from '../model/noteFilter';

/** Search and filters; the board dims what does not match and the side list hides it. */
export function FilterBar({
  model,
  filter,
  onChange,
  shown,
}: {
  readonly model: BoardModel;
  readonly filter: NoteFilter;
  readonly onChange: (filter: NoteFilter) => void;
  readonly shown: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<NoteFilter>) => onChange({ ...filter, ...patch });
  return (
    <div role="search" className="filters" aria-label={t('filters.label')}>
      <div className="filters__search">
        <label htmlFor={`${id}-text`} className="field__label">
          {t('filters.search')}
        </label>
        <input
          id={`${id}-text`}
          type="search"
          className="field__control"
          value={filter.text}
          autoComplete="off"
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      <div className="filters__row">
        <div className="filters__field">
          <label htmlFor={`${id}-author`} className="field__label">
            {t('filters.author')}
          </label>
          <select id={`${id}-author`} className="field__control field__control--select" value={filter.author} onChange={(event) => set({ author: event.target.value })}>
            <option value={ANY}>{t('filters.anyAuthor')}</option>
            <option value={ANONYMOUS}>{t('notes.anonymous')}</option>
            {model.participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor={`${id}-huvudman`} className="field__label">
            {t('filters.huvudman')}
          </label>
          <select
            id={`${id}-huvudman`}
            className="field__control field__control--select"
            value={filter.huvudman}
            onChange={(event) => set({ huvudman: huvudmanValues.find((v) => v === event.target.value) ?? ANY })}
          >
            <option value={ANY}>{t('filters.anyHuvudman')}</option>
            {huvudmanValues.map((value) => (
              <option key={value} value={value}>
                {t(`huvudman.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor={`${id}-colour`} className="field__label">
            {t('filters.colour')}
          </label>
          <select
            id={`${id}-colour`}
            className="field__control field__control--select"
            value={filter.colour}
            onChange={(event) => set({ colour: noteColours.find((c) => c === event.target.value) ?? ANY })}
          >
            <option value={ANY}>{t('filters.anyColour')}</option>
            {noteColours.map((colour) => (
              <option key={colour} value={colour}>
                {t(`colours.${colour}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="filters__summary">
        <p className="filters__count" role="status">
          {t('filters.count', { shown, count: model.notes.length })}
        </p>
        {isFiltering(filter) ? (
          <button type="button" className="button button--small button--quiet" onClick={() => onChange(NO_FILTER)}>
            {t('filters.clear')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
