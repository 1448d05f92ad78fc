import { useTranslation } from 'react-i18next';
import type { ProgrammeId } from '../../shared/programme/schema';
import { routeHref } from '../app/router';
import { useQuery } from '../api/useQuery';
import { Breadcrumbs, type Crumb } from '../common/Breadcrumbs';

/** The programme name comes from a second query; until it arrives the crumb has a generic label. */
export function WorkshopCrumbs({ programmeId, title }: { readonly programmeId: ProgrammeId; readonly title: string }) {
  const { t } = useTranslation();
  const programme = useQuery('programme.get', { id: programmeId });
  const crumbs: Crumb[] = [
    { label: t('nav.programmes'), href: '#/' },
    { label: programme.data?.name ?? t('workshop.programmeCrumb'), href: routeHref({ view: 'programme', id: programmeId }) },
    { label: title },
  ];
  return <Breadcrumbs crumbs={crumbs} />;
}
