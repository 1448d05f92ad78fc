/**
 * Step 6 seen from the programme: every area a workshop prioritised, the
 * start of the handlingsplan. Each gets a level (intern, lokal,
 * länsgemensam), starting from the programme's own level.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImprovementArea } from '../../shared/outcome/schema';
import type { ProgrammeId } from '../../shared/programme/schema';
import { useQuery } from '../api/useQuery';
import { EmptyState } from '../common/EmptyState';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { useToasts } from '../common/toastContext';
import { MakePlanArea } from '../actionplan/MakePlanArea';
import { useLinkedAreas } from '../actionplan/useLinkedAreas';
import { AreaTable } from './AreaTable';
import { EditAreaDialog } from './EditAreaDialog';
import '../styles/prioritisation.css';

export function ImprovementAreasSection({ programmeId }: { readonly programmeId: string }) {
  const { t } = useTranslation();
  const { show } = useToasts();
  const headingId = useId();
  const areas = useQuery('improvementArea.list', { programmeId: programmeId as ProgrammeId });
  const plans = useQuery('plan.list', { programmeId: programmeId as ProgrammeId });
  const linked = useLinkedAreas(plans.data);
  const [editing, setEditing] = useState<ImprovementArea | null>(null);
  const planColumn = {
    label: t('plan.fromArea.column'),
    cell: (area: ImprovementArea) => <MakePlanArea area={area} plans={plans.data ?? []} linked={linked.get(area.id) ?? []} />,
  };

  return (
    <section className="section areas" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId} className="section__title">
          {t('areas.heading')}
        </h2>
      </div>
      <p className="prio-lead">{t('areas.lead')}</p>
      {areas.error ? <QueryError error={areas.error} onRetry={areas.reload} /> : null}
      {!areas.data && !areas.error ? <Loading /> : null}
      {areas.data?.length === 0 ? (
        <EmptyState>
          <p>{t('areas.empty')}</p>
        </EmptyState>
      ) : null}
      {areas.data && areas.data.length > 0 ? <AreaTable caption={t('areas.heading')} areas={areas.data} showWorkshop onEdit={setEditing} plan={planColumn} /> : null}
      {editing ? (
        <EditAreaDialog
          area={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            show({ message: (t) => t('areas.saved') });
          }}
        />
      ) : null}
    </section>
  );
}
