import { useTranslation } from 'react-i18next';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useQuery } from '../api/useQuery';
import { Loading } from '../common/Loading';
import { NotFound } from '../common/NotFound';
import { QueryError } from '../common/QueryError';
import { ViewHeading } from '../common/ViewHeading';
import { isNotFound } from '../api/isNotFound';
import { WorkshopFacts } from '../workshops/WorkshopFacts';
import { BoardArea } from './BoardArea';
import { WorkshopCrumbs } from './WorkshopCrumbs';

export function BoardView({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const { data: workshop, error, reload } = useQuery('workshop.get', { id: id as WorkshopId });
  useDocumentTitle(workshop?.title ?? (isNotFound(error) ? t('workshop.notFoundTitle') : undefined));

  if (isNotFound(error)) {
    return <NotFound title={t('workshop.notFoundTitle')} message={t('workshop.notFoundMessage')} />;
  }
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!workshop) return <Loading />;

  return (
    <section className="view">
      <WorkshopCrumbs programmeId={workshop.programmeId} title={workshop.title} />
      <ViewHeading>{workshop.title}</ViewHeading>
      <WorkshopFacts workshop={workshop} />
      <BoardArea />
    </section>
  );
}
