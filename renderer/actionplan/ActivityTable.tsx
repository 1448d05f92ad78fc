/**
 * One list of activities (a delmål's, or those directly under an område).
 * Rows move by drag and drop (also into another list of the same plan) or
 * by Alt+↑/↓ anywhere in the row (the page says so above the lists); each
 * move is one reorder call and so one undo step. No move buttons per row:
 * a long plan has hundreds of rows, and they doubled its render time.
 */
import { type DragEvent, type KeyboardEvent, useEffect, useRef } from 'react';
import type { Activity } from '../../shared/actionplan/schema';
import { HealthLabel, OverdueBadge } from './ActivityBadges';
import type { PlanWords } from './planWords';
import { dropInto, moveBy } from './reorder';
import type { PlanActions } from './usePlanActions';

const DRAG_TYPE = 'application/x-samverkstad-activity';

export interface ActivityTableProps {
  readonly caption: string;
  readonly areaId: string;
  readonly goalId: string | null;
  readonly activities: readonly Activity[];
  readonly onOpen: (activity: Activity) => void;
  readonly onEdit: (activity: Activity) => void;
  readonly reorder: PlanActions['reorderActivities'];
  readonly words: PlanWords;
}

export function activityAnchor(id: string): string {
  return `activity-${id}`;
}

export function ActivityTable({ caption, areaId, goalId, activities, onOpen, onEdit, reorder, words }: ActivityTableProps) {
  const ids = activities.map((a) => a.id as string);
  // React may move the focused row's node to reorder, which drops focus; a keyboard move puts it back.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const id = refocus.current;
    if (!id) return;
    const row = document.getElementById(activityAnchor(id));
    if (!row) return;
    refocus.current = null;
    if (!row.contains(document.activeElement)) row.querySelector<HTMLElement>('button')?.focus();
  }, [activities]);

  const send = (order: string[] | null): void => {
    if (order) reorder(areaId, goalId, order);
  };

  const onKeyDown = (event: KeyboardEvent, id: string): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const order = moveBy(ids, id, event.key === 'ArrowUp' ? -1 : 1);
    if (order) refocus.current = id;
    send(order);
  };

  const onDrop = (event: DragEvent, beforeId: string | null): void => {
    const dragged = event.dataTransfer.getData(DRAG_TYPE);
    if (!dragged) return;
    event.preventDefault();
    event.stopPropagation();
    send(dropInto(ids, dragged, beforeId));
  };
  const allowDrop = (event: DragEvent): void => {
    if (event.dataTransfer.types.includes(DRAG_TYPE)) event.preventDefault();
  };

  return (
    <div className="table-wrap" onDragOver={allowDrop} onDrop={(event) => onDrop(event, null)}>
      <table className="table plan-activities">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.columns.what}</th>
            <th scope="col">{words.columns.responsible}</th>
            <th scope="col">{words.columns.schedule}</th>
            <th scope="col">{words.columns.status}</th>
            <th scope="col">{words.columns.health}</th>
            <th scope="col">
              <span className="visually-hidden">{words.columns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {activities.length === 0 ? (
            <tr>
              <td colSpan={6} className="muted">
                {words.noActivities}
              </td>
            </tr>
          ) : null}
          {activities.map((activity) => (
            <tr
              key={activity.id}
              id={activityAnchor(activity.id)}
              tabIndex={-1}
              draggable
              className={activity.overdue ? 'plan-activity plan-activity--overdue' : 'plan-activity'}
              onDragStart={(event) => {
                event.dataTransfer.setData(DRAG_TYPE, activity.id);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={allowDrop}
              onDrop={(event) => onDrop(event, activity.id)}
              onKeyDown={(event) => onKeyDown(event, activity.id)}
            >
              <th scope="row">
                <button type="button" className="link-button plan-activity__what" aria-label={words.open(activity.what)} onClick={() => onOpen(activity)}>
                  {activity.what}
                </button>{' '}
                <OverdueBadge overdue={activity.overdue} label={words.overdue} />
              </th>
              <td>
                {activity.responsibleName}
                {activity.responsibleOrganisation ? <span className="plan-activity__org">{activity.responsibleOrganisation}</span> : null}
                {activity.responsibleHuvudman ? <span className="plan-activity__org">{words.huvudman[activity.responsibleHuvudman]}</span> : null}
              </td>
              <td>{words.schedule(activity.start, activity.due)}</td>
              <td>{words.status[activity.status]}</td>
              <td>
                <HealthLabel activity={activity} label={words.health[activity.health]} />
              </td>
              <td className="plan-row-actions">
                <button type="button" className="button button--small" aria-label={words.edit(activity.what)} onClick={() => onEdit(activity)}>
                  {words.editText}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
