import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useQuery } from '../api/useQuery';
import { Loading } from '../common/Loading';
import { NotFound } from '../common/NotFound';
import { QueryError } from '../common/QueryError';
import { ViewHeading } from '../common/ViewHeading';
import { isNotFound } from '../api/isNotFound';
import { ParticipantsPanel } from '../participants/ParticipantsPanel';
import { WorkshopFacts } from '../workshops/WorkshopFacts';
import { BoardArea } from './BoardArea';
import { WorkshopCrumbs } from './WorkshopCrumbs';
import { WorkshopTabs } from './WorkshopTabs';

type Tab = 'board' | 'participants';

/** The workshop page: its facts, and two tabs: the board and the participants. */
export function BoardView({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const { data: workshop, error, reload } = useQuery('workshop.get', { id: id as WorkshopId });
  const board = useQuery('board.get', { workshopId: id as WorkshopId });
  const [tab, setTab] = useState<Tab>('board');
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
      <details className="workshop-about">
        <summary>{t('board.about')}</summary>
        <WorkshopFacts workshop={workshop} />
      </details>
      <WorkshopTabs
        selected={tab}
        onSelect={(next) => setTab(next === 'participants' ? 'participants' : 'board')}
        tabs={[
          { id: 'board', label: t('board.tabs.board'), panel: <BoardArea query={board} workshopTitle={workshop.title} active={tab === 'board'} /> },
          { id: 'participants', label: t('board.tabs.participants'), panel: <ParticipantsPanel workshopId={workshop.id} /> },
        ]}
      />
    </section>
  );
}
