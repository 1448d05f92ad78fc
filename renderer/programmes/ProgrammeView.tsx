import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeId } from '../../shared/programme/schema';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useQuery } from '../api/useQuery';
import { Badge } from '../common/Badge';
import { Breadcrumbs } from '../common/Breadcrumbs';
import { Loading } from '../common/Loading';
import { NotFound } from '../common/NotFound';
import { QueryError } from '../common/QueryError';
import { useToasts } from '../common/toastContext';
import { ViewHeading } from '../common/ViewHeading';
import { WorkshopsSection } from '../workshops/WorkshopsSection';
import { ImprovementAreasSection } from '../areas/ImprovementAreasSection';
import { PlansSection } from '../actionplan/PlansSection';
import { RegisterSection } from '../risks/RegisterSection';
import { MapsSection } from '../processmap/MapsSection';
import { isNotFound } from '../api/isNotFound';
import { ProgrammeFacts } from './ProgrammeFacts';
import { ProgrammeFormDialog } from './ProgrammeFormDialog';

export function ProgrammeView({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const { show } = useToasts();
  const programmeId = id as ProgrammeId;
  const { data: programme, error, reload } = useQuery('programme.get', { id: programmeId });
  const [editing, setEditing] = useState(false);
  useDocumentTitle(programme?.name ?? (isNotFound(error) ? t('programme.notFoundTitle') : undefined));

  if (isNotFound(error)) {
    return <NotFound title={t('programme.notFoundTitle')} message={t('programme.notFoundMessage')} />;
  }
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!programme) return <Loading />;

  return (
    <section className="view">
      <Breadcrumbs crumbs={[{ label: t('nav.programmes'), href: '#/' }, { label: programme.name }]} />
      <div className="view__header">
        <div>
          <ViewHeading>{programme.name}</ViewHeading>
          {programme.isExample ? <Badge tone="example">{t('programmes.example')}</Badge> : null}
        </div>
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t('programme.edit')}
        </button>
      </div>
      <ProgrammeFacts programme={programme} />
      <WorkshopsSection programmeId={programme.id} />
      <ImprovementAreasSection programmeId={programme.id} />
      <PlansSection programmeId={programme.id} />
      <RegisterSection programmeId={programme.id} />
      <MapsSection programmeId={programme.id} />
      {editing ? (
        <ProgrammeFormDialog
          programme={programme}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            show({ message: (t) => t('programmes.form.saved') });
          }}
        />
      ) : null}
    </section>
  );
}
