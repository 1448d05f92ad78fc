/**
 * "Filer och faser": the map's lanes and phases as two ordered lists, each
 * row renamed, resized, moved or deleted from here, by keyboard as well as
 * by mouse. Every change is one API call, so one undoable step.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLaneId, MapPhaseId, MapView, ProcessMapId } from '../../../shared/processmap/schema';
import { useApi } from '../../api/ApiContext';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { byRank } from './byRank';
import { DeleteLaneDialog } from './DeleteLaneDialog';
import { LaneDialog } from './LaneDialog';
import { PhaseDialog } from './PhaseDialog';
import { RankedList } from './RankedList';
import { useRefusalToast } from './useRefusalToast';
import './lanes.css';

type Open = { readonly kind: 'lane' | 'deleteLane' | 'phase' | 'deletePhase'; readonly id: string | null };

export function LanesPanel({ view }: { readonly view: MapView }) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [open, setOpen] = useState<Open | null>(null);
  const mapId = view.map.id as ProcessMapId;
  const lanes = byRank(view.lanes);
  const phases = byRank(view.phases);
  const close = () => setOpen(null);

  const reorder = useRefusalToast();

  const laneItems = lanes.map((lane) => {
    const height = lane.height;
    const count = t('processMap.lanes.elements', { count: view.elements.filter((e) => e.laneId === lane.id).length });
    const size = lane.huvudman ? t('processMap.lanes.detailsHuvudman', { huvudman: t(`huvudman.${lane.huvudman}`), height }) : t('processMap.lanes.details', { height });
    return { id: lane.id, name: lane.name, details: `${size} · ${count}` };
  });
  const phaseItems = phases.map((phase) => ({ id: phase.id, name: phase.name, details: t('processMap.phases.details', { width: phase.width }) }));
  const lane = lanes.find((l) => l.id === open?.id) ?? null;
  const phase = phases.find((p) => p.id === open?.id) ?? null;

  return (
    <section className="lanes-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="lanes-panel__title">
        {t('processMap.lanes.panelTitle')}
      </h2>
      <div className="lanes-panel__columns">
        <RankedList
          words="processMap.lanes"
          heading={t('processMap.lanes.lanesHeading')}
          hint={t('processMap.lanes.lanesHint')}
          addLabel={t('processMap.lanes.add')}
          onAdd={() => setOpen({ kind: 'lane', id: null })}
          items={laneItems}
          onReorder={(ids) => reorder(api.invoke('mapLane.reorder', { mapId, ids: ids as MapLaneId[] }))}
          onEdit={(id) => setOpen({ kind: 'lane', id })}
          onDelete={(id) => setOpen({ kind: 'deleteLane', id })}
          deleteBlocked={lanes.length <= 1 ? t('processMap.lanes.lastLane') : undefined}
        />
        <RankedList
          words="processMap.phases"
          heading={t('processMap.phases.heading')}
          hint={t('processMap.phases.hint')}
          empty={t('processMap.phases.none')}
          addLabel={t('processMap.phases.add')}
          onAdd={() => setOpen({ kind: 'phase', id: null })}
          items={phaseItems}
          onReorder={(ids) => reorder(api.invoke('mapPhase.reorder', { mapId, ids: ids as MapPhaseId[] }))}
          onEdit={(id) => setOpen({ kind: 'phase', id })}
          onDelete={(id) => setOpen({ kind: 'deletePhase', id })}
        />
      </div>
      {open?.kind === 'lane' ? <LaneDialog view={view} lane={lane} onClose={close} /> : null}
      {open?.kind === 'deleteLane' && lane ? <DeleteLaneDialog view={view} lane={lane} onClose={close} /> : null}
      {open?.kind === 'phase' ? <PhaseDialog mapId={mapId} phase={phase} onClose={close} /> : null}
      {open?.kind === 'deletePhase' && phase ? (
        <ConfirmDialog
          title={t('processMap.phases.deleteTitle', { name: phase.name })}
          message={t('processMap.phases.deleteMessage')}
          confirmLabel={t('processMap.phases.deleteConfirm')}
          onConfirm={async () => {
            await api.invoke('mapPhase.delete', { id: phase.id });
          }}
          onClose={close}
          danger
          returnFocus="heading"
        />
      ) : null}
    </section>
  );
}
