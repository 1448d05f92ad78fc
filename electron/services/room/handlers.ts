import type { Room, Timer, TimerAction } from '../../../shared/room/schema';
import { addTime, pauseTimer, resumeTimer } from '../../../shared/room/timer';
import type { HandlerMap, ServiceContext } from '../../api/handler';
import type { Db } from '../../storage/database';
import { rowInWorkshop } from '../board/rows';
import { readRoom } from './read';

type RoomPatch = Partial<Pick<Room, 'view' | 'clusterId' | 'roundId' | 'privateWriting' | 'timer'>>;

/**
 * What the room's screen shows is presentation, not content: it is written
 * without the journal (undo never moves the projector) and announced like
 * any change so every screen that follows it refetches.
 */
function writeRoom(ctx: ServiceContext, workshopId: string, patch: (current: Room) => RoomPatch): Room {
  const current = ctx.store.read((db) => readRoom(db, workshopId, ctx.store.now()));
  const next = { ...current, ...patch(current) };
  if (sameRoom(current, next)) return current;
  ctx.store.writeUnjournaled((db) => {
    db.prepare(
      `INSERT INTO workshop_room (workshop_id, view, cluster_id, round_id, private_writing, timer)
       VALUES (@workshopId, @view, @clusterId, @roundId, @privateWriting, @timer)
       ON CONFLICT(workshop_id) DO UPDATE SET view = excluded.view, cluster_id = excluded.cluster_id,
         round_id = excluded.round_id, private_writing = excluded.private_writing, timer = excluded.timer`,
    ).run({
      workshopId,
      view: next.view,
      clusterId: next.clusterId,
      roundId: next.roundId,
      privateWriting: next.privateWriting ? 1 : 0,
      timer: next.timer ? JSON.stringify(next.timer) : null,
    });
  });
  ctx.events.emit({ reason: 'mutation', method: 'room.changed', entities: [`workshop_room:${workshopId}`] });
  return ctx.store.read((db) => readRoom(db, workshopId, ctx.store.now()));
}

const sameRoom = (a: Room, b: Room) =>
  a.view === b.view && a.clusterId === b.clusterId && a.roundId === b.roundId && a.privateWriting === b.privateWriting && JSON.stringify(a.timer) === JSON.stringify(b.timer);

function checkFocus(db: Db, workshopId: string, clusterId: string | null | undefined, roundId: string | null | undefined): void {
  if (clusterId) rowInWorkshop(db, 'cluster', clusterId, workshopId);
  if (roundId) rowInWorkshop(db, 'vote_round', roundId, workshopId);
}

function nextTimer(current: Timer | null, change: TimerAction, now: number): Timer | null {
  switch (change.action) {
    case 'start':
      return { purpose: change.purpose, durationSeconds: change.durationSeconds, runningSince: new Date(now).toISOString(), remainingSeconds: change.durationSeconds };
    case 'clear':
      return null;
    case 'pause':
      return current && pauseTimer(current, now);
    case 'resume':
      return current && resumeTimer(current, now);
    case 'add':
      return current && addTime(current, change.seconds, now);
  }
}

export const roomHandlers: HandlerMap = {
  'room.get': ({ workshopId }, { store }) => store.read((db) => readRoom(db, workshopId, store.now())),

  'room.show': ({ workshopId, view, clusterId, roundId }, ctx) => {
    ctx.store.read((db) => checkFocus(db, workshopId, clusterId, roundId));
    return writeRoom(ctx, workshopId, (current) => ({
      view,
      // A focus belongs to its view: leaving the board drops the zoomed cluster unless one is named.
      clusterId: clusterId !== undefined ? clusterId : view === current.view ? current.clusterId : null,
      roundId: roundId !== undefined ? roundId : current.roundId,
    }));
  },

  'room.timer': ({ workshopId, change }, ctx) =>
    writeRoom(ctx, workshopId, (current) => ({ timer: nextTimer(current.timer, change, Date.parse(ctx.store.now())) })),

  'room.setPrivateWriting': ({ workshopId, privateWriting }, ctx) => writeRoom(ctx, workshopId, () => ({ privateWriting })),
};
