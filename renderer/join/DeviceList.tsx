import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../shared/join/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';
import { Badge } from '../common/Badge';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatTime } from '../common/format';

/** The devices in the session, who they said they are and whether their page is open, each removable. */
export function DeviceList({ workshopId, devices }: { readonly workshopId: WorkshopId; readonly devices: readonly Device[] }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const titleId = useId();
  const [removing, setRemoving] = useState<Device | null>(null);
  const nameOf = (device: Device): string => device.name ?? t('join.devices.unnamed');

  return (
    <section className="join-devices" aria-labelledby={titleId}>
      <h4 id={titleId} className="join-devices__title">
        {t('join.devices.title', { count: devices.length })}
      </h4>
      {devices.length === 0 ? (
        <p className="muted">{t('join.devices.none')}</p>
      ) : (
        <ul className="join-devices__list">
          {devices.map((device) => (
            <li key={device.id} className="join-device">
              <span className={device.name ? 'join-device__name' : 'join-device__name join-device__name--unnamed'}>{nameOf(device)}</span>
              {device.anonymous ? <Badge>{t('join.devices.anonymous')}</Badge> : null}
              <span className={device.connected ? 'join-device__link join-device__link--on' : 'join-device__link'}>
                {t(device.connected ? 'join.devices.connected' : 'join.devices.notConnected')}
              </span>
              <span className="join-device__times">
                {t('join.devices.times', { joined: formatTime(device.joinedAt, i18n.language), seen: formatTime(device.lastSeenAt, i18n.language) })}
              </span>
              <button type="button" className="button button--small button--danger-quiet" aria-label={t('join.devices.removeNamed', { name: nameOf(device) })} onClick={() => setRemoving(device)}>
                {t('join.devices.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {removing ? (
        <ConfirmDialog
          title={t('join.devices.removeTitle')}
          message={t('join.devices.removeMessage', { name: nameOf(removing) })}
          confirmLabel={t('join.devices.remove')}
          danger
          returnFocus="heading"
          onConfirm={async () => {
            await api.invoke('join.removeDevice', { workshopId, deviceId: removing.id });
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}
