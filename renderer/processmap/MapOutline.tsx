/**
 * The same map as nested lists — lanes, their elements along the flow, the
 * arrows from each — with every change the canvas offers as a button, so
 * the map can be read and built with a keyboard and a screen reader alone.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapArrow, MapElement, MapView } from '../../shared/processmap/schema';
import { EmptyState } from '../common/EmptyState';
import { elementNotes, elementText } from './flowModel';
import type { OpenDialog } from './mapDialogs';
import { type MapActions, useMapActions } from './useMapActions';

export function MapOutline({ view, open }: { readonly view: MapView; readonly open: OpenDialog }) {
  const { t } = useTranslation();
  const headingId = useId();
  const actions = useMapActions(view.map.id);
  const text = new Map(view.elements.map((e) => [e.id, elementText(t, e)]));
  const lanes = [...view.lanes].sort((a, b) => a.rank - b.rank);

  return (
    <section className="map-outline" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('processMap.outline.heading')}
      </h2>
      <p className="muted">{t('processMap.outline.lead')}</p>
      <ol className="map-outline__lanes">
        {lanes.map((lane) => {
          const elements = view.elements.filter((e) => e.laneId === lane.id).sort((a, b) => a.x - b.x);
          return (
            <li key={lane.id} className="map-outline__lane">
              <h3 className="map-outline__lane-name">{lane.name}</h3>
              {elements.length === 0 ? (
                <EmptyState>
                  <p>{t('processMap.outline.emptyLane')}</p>
                </EmptyState>
              ) : (
                <ol className="map-outline__elements">
                  {elements.map((element) => (
                    <OutlineElement key={element.id} element={element} arrows={view.arrows.filter((a) => a.from === element.id)} text={text} open={open} actions={actions} />
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
    </section>
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
