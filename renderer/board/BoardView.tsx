import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomView } from '../../shared/room/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { replaceRoute, routeHref } from '../app/router';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useQuery } from '../api/useQuery';
import { Loading } from '../common/Loading';
import { NotFound } from '../common/NotFound';
import { QueryError } from '../common/QueryError';
import { ViewHeading } from '../common/ViewHeading';
import { isNotFound } from '../api/isNotFound';
import { MatrixPanel } from '../matrix/MatrixPanel';
import { ParticipantsPanel } from '../participants/ParticipantsPanel';
import { SummaryPanel } from '../summary/SummaryPanel';
import { VotingPanel } from '../voting/VotingPanel';
import { useFocusMode } from '../room/focusMode';
import { RoomBar } from '../room/RoomBar';
import { useRoomFollow } from '../room/useRoomFollow';
import { WorkshopFacts } from '../workshops/WorkshopFacts';
import { BoardArea } from './BoardArea';
import { WorkshopCrumbs } from './WorkshopCrumbs';
import { WorkshopTabs } from './WorkshopTabs';

const TABS = ['board', 'participants', 'matrix', 'voting', 'summary'] as const;
type Tab = (typeof TABS)[number];

/** The room's screen has nothing to show for the participant list, so it shows its welcome. */
const ROOM_VIEW = { board: 'board', participants: 'welcome', matrix: 'matrix', voting: 'voting', summary: 'summary' } as const satisfies Record<Tab, RoomView>;

/**
 * The workshop page: its facts, and tabs for the board, the participants and
 * the prioritisation steps. `tab` comes from the address, so a reload or Back
 * returns to the tab that was open.
 */
export function BoardView({ id, tab: requested }: { readonly id: string; readonly tab?: string | undefined }) {
  const { t } = useTranslation();
  const { data: workshop, error, reload } = useQuery('workshop.get', { id: id as WorkshopId });
  const board = useQuery('board.get', { workshopId: id as WorkshopId });
  const tab = TABS.find((known) => known === requested) ?? 'board';
  useRoomFollow(id as WorkshopId, ROOM_VIEW[tab]);
  const faceDown = useMemo(() => board.data?.notes.filter((note) => note.faceDown).length ?? 0, [board.data]);
  const focusMode = useFocusMode();
  const tabsRef = useRef<HTMLDivElement>(null);
  const loaded = workshop !== undefined;
  // In focus mode the board takes the window: the workshop's title and facts scroll away, the tabs and the room bar stay.
  useEffect(() => {
    if (focusMode && tab === 'board' && loaded) tabsRef.current?.scrollIntoView({ block: 'start' });
  }, [focusMode, tab, loaded]);
  useDocumentTitle(workshop?.title ?? (isNotFound(error) ? t('workshop.notFoundTitle') : undefined));

  if (isNotFound(error)) {
    return <NotFound title={t('workshop.notFoundTitle')} message={t('workshop.notFoundMessage')} />;
  }
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!workshop) return <Loading />;

  return (
    <section className="view view--board">
      <WorkshopCrumbs programmeId={workshop.programmeId} title={workshop.title} />
      <ViewHeading>{workshop.title}</ViewHeading>
      {/* A new tab (a window of its own in the desktop app); with an opener, so the tab gets this session's access token. */}
      <a className="button button--small projector-open" href={routeHref({ view: 'projector', id })} target="_blank" rel="opener">
        {t('projector.open')}
      </a>
      <details className="workshop-about">
        <summary>{t('board.about')}</summary>
        <WorkshopFacts workshop={workshop} />
      </details>
      <WorkshopTabs
        ref={tabsRef}
        selected={tab}
        onSelect={(next) => replaceRoute({ view: 'workshop', id, tab: next })}
        tabs={[
          { id: 'board', label: t('board.tabs.board'), panel: <BoardArea query={board} workshopTitle={workshop.title} active={tab === 'board'} /> },
          { id: 'participants', label: t('board.tabs.participants'), panel: <ParticipantsPanel workshopId={workshop.id} /> },
          { id: 'matrix', label: t('matrix.tab'), panel: <MatrixPanel workshopId={workshop.id} /> },
          { id: 'voting', label: t('voting.tab'), panel: <VotingPanel workshopId={workshop.id} /> },
          { id: 'summary', label: t('summary.tab'), panel: <SummaryPanel workshopId={workshop.id} active={tab === 'summary'} /> },
        ]}
        shared={<RoomBar workshopId={workshop.id} faceDownCount={faceDown} />}
      />
    </section>
  );
}
