/**
 * The lanes or the phases of a map, under their heading with a hint and a
 * button to add one, as an ordered list a keyboard can
 * rearrange: ↑/↓ buttons on each row, or Alt+↑/↓ anywhere in it, each press
 * one reorder (one undoable step). Focus stays on the control that moved,
 * though the list is redrawn from the next read of the map. Until that
 * read comes the list shows the order asked for, so a second press right
 * after the first moves on from where the first put the row.
 */
import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveBy } from './reorder';

export interface RankedItem {
  readonly id: string;
  readonly name: string;
  readonly details: string;
}

interface RankedListProps {
  /** `processMap.lanes` or `processMap.phases`: where the row buttons' words are. */
  readonly words: 'processMap.lanes' | 'processMap.phases';
  readonly heading: string;
  readonly hint: string;
  /** Shown instead of the list when there is nothing in it. */
  readonly empty?: string;
  readonly addLabel: string;
  readonly onAdd: () => void;
  readonly items: readonly RankedItem[];
  readonly onReorder: (ids: string[]) => void;
  readonly onEdit: (id: string) => void;
  readonly onDelete: (id: string) => void;
  /** Why nothing can be deleted, when nothing can; the delete buttons point to it. */
  readonly deleteBlocked?: string | undefined;
}

type Action = 'up' | 'down' | 'edit' | 'delete';

export function RankedList({ words, heading, hint, empty, addLabel, onAdd, items: stored, onReorder, onEdit, onDelete, deleteBlocked }: RankedListProps) {
  const { t } = useTranslation();
  const blockedId = useId();
  const deleteBlockedBy = deleteBlocked ? blockedId : undefined;
  const list = useRef<HTMLOListElement>(null);
  const refocus = useRef<{ id: string; action: Action } | null>(null);
  const storedOrder = stored.map((item) => item.id).join();
  const [asked, setAsked] = useState<{ readonly basis: string; readonly ids: readonly string[] } | null>(null);
  const items = asked?.basis === storedOrder ? asked.ids.flatMap((id) => stored.filter((item) => item.id === id)) : stored;
  const order = items.map((item) => item.id).join();

  useLayoutEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = null;
    list.current?.querySelector<HTMLElement>(`[data-row="${wanted.id}"] [data-action="${wanted.action}"]`)?.focus();
  }, [order]);

  const move = (index: number, step: -1 | 1, action: Action): void => {
    const ids = moveBy(
      items.map((item) => item.id),
      index,
      step,
    );
    if (!ids) return;
    refocus.current = { id: items[index]!.id, action };
    setAsked({ basis: storedOrder, ids });
    onReorder(ids);
  };

  const onKeyDown = (index: number, event: KeyboardEvent<HTMLLIElement>): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const action = event.target instanceof HTMLElement ? (event.target.dataset.action as Action | undefined) : undefined;
    move(index, event.key === 'ArrowUp' ? -1 : 1, action ?? 'edit');
  };

  return (
    <div className="lanes-panel__part">
      <h3>{heading}</h3>
      <p className="lanes-panel__hint">{hint}</p>
      {items.length === 0 && empty ? <p>{empty}</p> : null}
      <ol ref={list} className="ranked-list" aria-label={heading} hidden={items.length === 0}>
      {items.map((item, index) => (
        <li key={item.id} data-row={item.id} className="ranked-list__row" onKeyDown={(event) => onKeyDown(index, event)}>
          <span className="ranked-list__name">{item.name}</span>
          <span className="ranked-list__details">{item.details}</span>
          <span className="ranked-list__buttons">
            <button type="button" className="button button--small" data-action="up" aria-label={t(`${words}.moveUp`, { name: item.name })} aria-disabled={index === 0 || undefined} onClick={() => move(index, -1, 'up')}>
              <span aria-hidden="true">{t('processMap.lanes.up')}</span>
            </button>
            <button type="button" className="button button--small" data-action="down" aria-label={t(`${words}.moveDown`, { name: item.name })} aria-disabled={index === items.length - 1 || undefined} onClick={() => move(index, 1, 'down')}>
              <span aria-hidden="true">{t('processMap.lanes.down')}</span>
            </button>
            <button type="button" className="button button--small" data-action="edit" aria-label={t(`${words}.edit`, { name: item.name })} onClick={() => onEdit(item.id)}>
              {t('processMap.lanes.editShort')}
            </button>
            <button
              type="button"
              className="button button--small"
              data-action="delete"
              aria-label={t(`${words}.delete`, { name: item.name })}
              aria-disabled={deleteBlockedBy ? true : undefined}
              aria-describedby={deleteBlockedBy}
              onClick={() => (deleteBlockedBy ? undefined : onDelete(item.id))}
            >
              {t('processMap.lanes.deleteShort')}
            </button>
          </span>
        </li>
      ))}
      </ol>
      {deleteBlocked ? (
        <p id={blockedId} className="lanes-panel__hint">
          {deleteBlocked}
        </p>
      ) : null}
      <button type="button" className="button" onClick={onAdd}>
        {addLabel}
      </button>
    </div>
  );
}
