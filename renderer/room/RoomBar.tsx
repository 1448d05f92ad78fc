import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useQuery } from '../api/useQuery';
import { QueryError } from '../common/QueryError';
import { JoinControl } from '../join/JoinControl';
import { PrivateWriting } from './PrivateWriting';
import { TimerControls } from './TimerControls';
import './room.css';

/**
 * "Rummet": what the facilitator steers in the room from every tab of the
 * workshop (the timer, private writing and joining from own devices),
 * kept to one line so the board keeps the screen.
 */
export function RoomBar({ workshopId, faceDownCount }: { readonly workshopId: WorkshopId; readonly faceDownCount: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const room = useQuery('room.get', { workshopId });
  if (room.error) return <QueryError error={room.error} onRetry={room.reload} />;
  if (!room.data) return null;
  return (
    <section className="room-bar" aria-labelledby={headingId}>
      <h2 id={headingId} className="room-bar__title">
        {t('room.heading')}
      </h2>
      <TimerControls room={room.data} />
      <PrivateWriting room={room.data} faceDownCount={faceDownCount} />
      <JoinControl workshopId={workshopId} />
    </section>
  );
}
