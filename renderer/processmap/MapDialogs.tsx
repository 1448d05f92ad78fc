import { useTranslation } from 'react-i18next';
import { newElementPlace } from '../../shared/processmap/canvas';
import { MAP_LIMITS, type MapView } from '../../shared/processmap/schema';
import { useApi } from '../api/ApiContext';
import { ConnectDialog } from './ConnectDialog';
import { ElementDialog } from './ElementDialog';
import type { MapDialog } from './mapDialogs';
import { MoveDialog } from './MoveDialog';
import { TextDialog } from './TextDialog';
import { CardNotesDialog } from './tray/CardNotesDialog';
import { PinDialog } from './tray/PinDialog';

/** Whichever dialog is open; one whose element or arrow is gone (undone elsewhere) simply does not show. */
export function MapDialogs({ view, dialog, close }: { readonly view: MapView; readonly dialog: MapDialog | null; readonly close: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  if (!dialog) return null;
  const element = 'elementId' in dialog ? view.elements.find((e) => e.id === dialog.elementId) : undefined;
  switch (dialog.kind) {
    case 'label':
      return element ? <ElementDialog element={element} state={view.map.state} onClose={close} /> : null;
    case 'arrowLabel': {
      const arrow = view.arrows.find((a) => a.id === dialog.arrowId);
      return arrow ? (
        <TextDialog title={t('processMap.label.arrowTitle')} initial={arrow.label} maxLength={MAP_LIMITS.arrowLabel} onSave={(label) => api.invoke('mapArrow.update', { id: arrow.id, label })} onClose={close} />
      ) : null;
    }
    case 'new': {
      const lane = view.lanes.find((l) => l.id === dialog.laneId);
      const place = newElementPlace(view.lanes, view.elements, dialog.laneId, dialog.elementKind);
      if (!lane || !place) return null;
      const kind = t(`processMap.kinds.${dialog.elementKind}`);
      return (
        <TextDialog
          title={t('processMap.toolbar.newTitle', { kind, lane: lane.name })}
          initial=""
          maxLength={MAP_LIMITS.label}
          submitLabel={t('processMap.toolbar.create')}
          onSave={(label) => api.invoke('mapElement.create', { mapId: view.map.id, kind: dialog.elementKind, ...place, label })}
          onClose={close}
        />
      );
    }
    case 'connect':
      return element ? <ConnectDialog view={view} from={element} onClose={close} /> : null;
    case 'move':
      return element ? <MoveDialog view={view} element={element} onClose={close} /> : null;
    case 'cardNotes':
      return element ? <CardNotesDialog card={element} onClose={close} /> : null;
    case 'pin':
      return <PinDialog view={view} source={dialog.source} selected={dialog.selected} onClose={close} />;
  }
}
