import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { elementKinds, type MapView } from '../../shared/processmap/schema';
import type { OpenDialog } from './mapDialogs';

/** Adds an element of any kind to a chosen lane, after the lane's last element; the dialog asks for its text. */
export function MapToolbar({ view, open }: { readonly view: MapView; readonly open: OpenDialog }) {
  const { t } = useTranslation();
  const [laneId, setLaneId] = useState(view.lanes[0]?.id ?? '');
  const lane = view.lanes.some((l) => l.id === laneId) ? laneId : (view.lanes[0]?.id ?? '');
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('processMap.toolbar.label')}>
      <label className="map-toolbar__lane">
        {t('processMap.toolbar.lane')}{' '}
        <select className="field__control field__control--select" value={lane} onChange={(event) => setLaneId(event.target.value)}>
          {view.lanes.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      {elementKinds.map((kind) => (
        <button key={kind} type="button" className="button button--small" disabled={!lane} onClick={() => open({ kind: 'new', elementKind: kind, laneId: lane })}>
          {t('processMap.toolbar.add', { kind: t(`processMap.kinds.${kind}`).toLowerCase() })}
        </button>
      ))}
    </div>
  );
}
