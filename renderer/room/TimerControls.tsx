import { useEffect, useRef, useState } from 'react';
import type { Room, TimerAction, TimerPurpose } from '../../shared/room/schema';
import { useApi } from '../api/ApiContext';
import { useErrorToast } from '../common/useErrorToast';
import { TimerRunning } from './TimerRunning';
import { TimerStart } from './TimerStart';

/**
 * The room's countdown as the facilitator runs it: choose silent writing or
 * dialogue, start with a preset or own minutes, then pause, add a minute or
 * stop. The room sees the same clock on its own screen.
 */
export function TimerControls({ room }: { readonly room: Room }) {
  const api = useApi();
  const fail = useErrorToast();
  const boxRef = useRef<HTMLDivElement>(null);
  const handOff = useRef(false);
  const set = room.timer !== null;
  // The next timer is most often for the same step as the last one.
  const [purpose, setPurpose] = useState<TimerPurpose>(room.timer?.purpose ?? 'writing');
  // Starting or stopping swaps the controls under the pressed button: focus goes on to the first of the new ones.
  useEffect(() => {
    if (!handOff.current) return;
    handOff.current = false;
    boxRef.current?.querySelector<HTMLElement>('button, select')?.focus();
  }, [set]);

  const change = (action: TimerAction): void => {
    handOff.current = action.action === 'start' ? !set : action.action === 'clear';
    if (action.action === 'start') setPurpose(action.purpose);
    api.invoke('room.timer', { workshopId: room.workshopId, change: action }).catch(fail);
  };

  return (
    <div ref={boxRef} className="room-timer">
      {room.timer ? <TimerRunning room={room} timer={room.timer} onChange={change} /> : <TimerStart purpose={purpose} onPurpose={setPurpose} onChange={change} />}
    </div>
  );
}
