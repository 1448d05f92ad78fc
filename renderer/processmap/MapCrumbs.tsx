import { useTranslation } from 'react-i18next';
import type { ProgrammeId } from '../../shared/programme/schema';
import { routeHref } from '../app/router';
import { useQuery } from '../api/useQuery';
import { Breadcrumbs, type Crumb } from '../common/Breadcrumbs';

/** Programmes › the map's programme › `trail`. A map's view has its programme's id, not its name; the name is read here so the page itself shows at once. */
export function MapCrumbs({ programmeId, trail }: { readonly programmeId: ProgrammeId; readonly trail: readonly Crumb[] }) {
  const { t } = useTranslation();
  const programme = useQuery('programme.get', { id: programmeId });
  return <Breadcrumbs crumbs={[{ label: t('nav.programmes'), href: '#/' }, { label: programme.data?.name ?? t('common.loading'), href: routeHref({ view: 'programme', id: programmeId }) }, ...trail]} />;
}
