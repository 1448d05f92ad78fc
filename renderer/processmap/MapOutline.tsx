/**
 * The same map as nested lists — lanes, their elements along the flow, the
 * arrows from each — with every change the canvas offers as a button, so
 * the map can be read and built with a keyboard and a screen reader alone.
 *
 * Each lane's name is a button that opens or closes its list. A lane of
 * more than OPEN_UP_TO elements starts closed: a big map's outline would
 * otherwise hold every element's buttons beside the canvas (some 12,000
 * DOM nodes for 1,000 steps), which slows every frame of the canvas too.
 * The outline is memoised, so a selection or a drag on the canvas does not
 * render it again; only a new read of the map does.
 */
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapArrow, MapElement, MapLane, MapView } from '../../shared/processmap/schema';
import { EmptyState } from '../common/EmptyState';
import type { Translate } from '../i18n/translate';
import { elementNotes, elementText } from './flowModel';
import { byRank } from './lanes/byRank';
import type { OpenDialog } from './mapDialogs';
import { type MapActions, useMapActions } from './useMapActions';

const OPEN_UP_TO = 30;
const NO_ARROWS: readonly MapArrow[] = [];

interface OutlineParts {
  readonly text: ReadonlyMap<string, string>;
  readonly lanes: readonly { readonly lane: MapLane; readonly elements: readonly MapElement[] }[];
  readonly arrowsFrom: ReadonlyMap<string, readonly MapArrow[]>;
}

function outlineParts(t: Translate, view: MapView): OutlineParts {
  const arrowsFrom = new Map<string, MapArrow[]>();
  for (const arrow of view.arrows) {
    const from = arrowsFrom.get(arrow.from);
    if (from) from.push(arrow);
    else arrowsFrom.set(arrow.from, [arrow]);
  }
  return {
    text: new Map(view.elements.map((e) => [e.id, elementText(t, e)])),
    lanes: byRank(view.lanes).map((lane) => ({ lane, elements: view.elements.filter((e) => e.laneId === lane.id).sort((a, b) => a.x - b.x) })),
    arrowsFrom,
  };
}

export const MapOutline = memo(function MapOutline({ view, open }: { readonly view: MapView; readonly open: OpenDialog }) {
  const { t } = useTranslation();
  const headingId = useId();
  const actions = useMapActions(view.map.id);
  const { text, lanes, arrowsFrom } = useMemo(() => outlineParts(t, view), [t, view]);
  // Only the lanes the user opened or closed; the others follow OPEN_UP_TO as the map grows or shrinks.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const toggle = useCallback((laneId: string, expanded: boolean) => setToggled((current) => new Map(current).set(laneId, !expanded)), []);

  return (
    <section className="map-outline" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('processMap.outline.heading')}
      </h2>
      <p className="muted">{t('processMap.outline.lead')}</p>
      <ol className="map-outline__lanes">
        {lanes.map(({ lane, elements }) => (
          <OutlineLane
            key={lane.id}
            lane={lane}
            elements={elements}
            expanded={toggled.get(lane.id) ?? elements.length <= OPEN_UP_TO}
            toggle={toggle}
            arrowsFrom={arrowsFrom}
            text={text}
            open={open}
            actions={actions}
          />
        ))}
      </ol>
    </section>
  );
});

interface OutlineLaneProps {
  readonly lane: MapLane;
  readonly elements: readonly MapElement[];
  readonly expanded: boolean;
  readonly toggle: (laneId: string, expanded: boolean) => void;
  readonly arrowsFrom: ReadonlyMap<string, readonly MapArrow[]>;
  readonly text: ReadonlyMap<string, string>;
  readonly open: OpenDialog;
  readonly actions: MapActions;
}

function OutlineLane({ lane, elements, expanded, toggle, arrowsFrom, text, open, actions }: OutlineLaneProps) {
  const { t } = useTranslation();
  const listId = useId();
  return (
    <li className="map-outline__lane">
      <h3 className="map-outline__lane-name">
        <button type="button" className="map-outline__lane-toggle" aria-expanded={expanded} aria-controls={expanded ? listId : undefined} onClick={() => toggle(lane.id, expanded)}>
          <span className="map-outline__chevron" aria-hidden="true" />
          <span>{lane.name}</span>
          <span className="map-outline__count">{t('processMap.outline.laneCount', { count: elements.length })}</span>
        </button>
      </h3>
      {!expanded ? null : elements.length === 0 ? (
        <div id={listId}>
          <EmptyState>
            <p>{t('processMap.outline.emptyLane')}</p>
          </EmptyState>
        </div>
      ) : (
        <ol id={listId} className="map-outline__elements">
          {elements.map((element) => (
            <OutlineElement key={element.id} element={element} arrows={arrowsFrom.get(element.id) ?? NO_ARROWS} text={text} open={open} actions={actions} />
          ))}
        </ol>
      )}
    </li>
  );
}

interface OutlineElementProps {
  readonly element: MapElement;
  readonly arrows: readonly MapArrow[];
  readonly text: ReadonlyMap<string, string>;
  readonly open: OpenDialog;
  readonly actions: MapActions;
}

function OutlineElement({ element, arrows, text, open, actions }: OutlineElementProps) {
  const { t } = useTranslation();
  const label = text.get(element.id) ?? '';
  const pinnedTo = element.pinnedTo === null ? undefined : text.get(element.pinnedTo);
  const named = { label };
  const { problem, responsible } = elementNotes(t, element);
  return (
    <li className="map-outline__element" data-element-id={element.id}>
      <p className="map-outline__element-text">
        <span className="map-outline__kind">{t(`processMap.kinds.${element.kind}`)}</span> {label}
        {element.kind === 'challenge' ? <span className="muted"> ({t('processMap.canvas.notes', { count: element.noteCount })})</span> : null}
      </p>
      {responsible ? <p className="map-outline__note">{responsible}</p> : null}
      {problem ? (
        <p className="map-outline__note map-outline__problem">
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      ) : null}
      {pinnedTo ? <p className="map-outline__note">{t('processMap.tray.pinnedTo', { label: pinnedTo })}</p> : null}
      <div className="card__actions">
        <button type="button" className="button button--small" aria-label={t('processMap.outline.renameNamed', named)} onClick={() => open({ kind: 'label', elementId: element.id })}>
          {t('processMap.outline.rename')}
        </button>
        {element.kind === 'challenge' ? (
          <button type="button" className="button button--small" aria-label={t('processMap.tray.showNotesNamed', named)} onClick={() => open({ kind: 'cardNotes', elementId: element.id })}>
            {t('processMap.tray.showNotes')}
          </button>
        ) : null}
        <button type="button" className="button button--small" aria-label={t('processMap.outline.connectNamed', named)} onClick={() => open({ kind: 'connect', elementId: element.id })}>
          {t('processMap.outline.connect')}
        </button>
        <button type="button" className="button button--small" aria-label={t('processMap.outline.moveNamed', named)} onClick={() => open({ kind: 'move', elementId: element.id })}>
          {t('processMap.outline.move')}
        </button>
        <button type="button" className="button button--small button--danger-quiet" aria-label={t('processMap.outline.deleteNamed', named)} onClick={() => void actions.remove([element.id], [])}>
          {t('processMap.outline.delete')}
        </button>
      </div>
      {arrows.length > 0 ? (
        <ul className="map-outline__arrows" aria-label={t('processMap.outline.arrowsFrom', named)}>
          {arrows.map((arrow) => {
            const to = text.get(arrow.to) ?? '';
            return (
              <li key={arrow.id}>
                {t(arrow.label ? 'processMap.outline.arrowToLabelled' : 'processMap.outline.arrowTo', { to, label: arrow.label })}{' '}
                <button type="button" className="button button--small button--danger-quiet" aria-label={t('processMap.outline.deleteArrowNamed', { to })} onClick={() => void actions.remove([], [arrow.id])}>
                  {t('processMap.outline.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </li>
  );
}
