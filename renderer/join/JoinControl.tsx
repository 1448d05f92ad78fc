import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopId } from '../../shared/workshop/schema';
import { JoinAnnouncer } from './JoinAnnouncer';
import { JoinPanel } from './JoinPanel';
import { useJoinStatus } from './useJoinStatus';
import './join.css';

/**
 * The room bar's entry to joining from own devices: a button that opens the
 * panel below the bar, and while joining is on, how many devices are in.
 * The panel is not modal, so the facilitator can keep it open and work on.
 */
export function JoinControl({ workshopId }: { readonly workshopId: WorkshopId }) {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const status = useJoinStatus(workshopId);
  const session = status.data?.on ? status.data : undefined;
  return (
    <>
      <div className="join-control">
        <button ref={toggle} type="button" className="button button--small" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
          {t('join.open')}
        </button>
        {session ? <span className="join-control__state">{t('join.onSummary', { count: session.devices.length })}</span> : null}
        <JoinAnnouncer devices={session?.devices} />
      </div>
      {open ? (
        <JoinPanel
          id={panelId}
          workshopId={workshopId}
          status={status}
          onClose={() => {
            setOpen(false);
            toggle.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
