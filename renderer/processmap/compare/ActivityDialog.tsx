/**
 * "Skapa aktivitet" for one row of the change table: pick the område of one
 * of the programme's plans, and the core makes the activity the row
 * suggests in one undoable step. A row that already has its activity shows
 * where it is instead, found among the programme's plans.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import type { Activity, ActivityId, PlanAreaId, PlanId } from '../../../shared/actionplan/schema';
import type { ChangeRow } from '../../../shared/processmap/compare';
import type { ProcessMapId } from '../../../shared/processmap/schema';
import type { ProgrammeId } from '../../../shared/programme/schema';
import { areaActivities } from '../../actionplan/planDialogs';
import { useApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { routeHref } from '../../app/router';
import { Dialog } from '../../common/Dialog';
import { FormDialog } from '../../common/FormDialog';
import { Loading } from '../../common/Loading';
import { SelectField } from '../../common/SelectField';
import { useSubmission } from '../../common/useSubmission';

const FIELDS = ['planId', 'areaId'] as const;

interface DialogProps {
  readonly mapId: ProcessMapId;
  readonly programmeId: ProgrammeId;
  readonly row: ChangeRow;
  readonly onClose: () => void;
}

export function ActivityDialog(props: DialogProps) {
  const { t } = useTranslation();
  const plans = useQuery('plan.list', { programmeId: props.programmeId });
  const [made, setMade] = useState<Activity | null>(null);
  const title = t('processMap.compare.activity.title', { step: props.row.step });
  if (made) return <ActivityShown title={title} activity={made} onClose={props.onClose} />;
  if (!plans.data) return null;
  const [first] = plans.data;
  if (props.row.activityId) {
    return first ? <ExistingActivity title={title} plans={[first, ...plans.data.slice(1)]} activityId={props.row.activityId} onClose={props.onClose} /> : <ActivityShown title={title} activity={null} onClose={props.onClose} />;
  }
  const withAreas = plans.data.filter((plan) => plan.areaCount > 0);
  const [firstWithAreas] = withAreas;
  if (!firstWithAreas) {
    return (
      <Dialog title={title} onClose={props.onClose}>
        <p>{t('processMap.compare.activity.noPlan')}</p>
        <CloseButton onClose={props.onClose} />
      </Dialog>
    );
  }
  return <CreateActivity {...props} title={title} plans={[firstWithAreas, ...withAreas.slice(1)]} onMade={setMade} />;
}

type PlanSummary = MethodOutput<'plan.list'>[number];
type SomePlans = readonly [PlanSummary, ...PlanSummary[]];

function CreateActivity({ mapId, row, onClose, title, plans, onMade }: DialogProps & { readonly title: string; readonly plans: SomePlans; readonly onMade: (activity: Activity) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [planId, setPlanId] = useState<PlanId>(plans[0].id);
  const plan = useQuery('plan.get', { id: planId });
  const areas = plan.data?.plan.id === planId ? plan.data.areas.map((view) => view.area) : [];
  const [chosenArea, setArea] = useState<string>('');
  const areaId = areas.some((area) => area.id === chosenArea) ? chosenArea : (areas[0]?.id ?? '');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const save = (): void => {
    void submit(async () => {
      onMade(await api.invoke('processMap.createActivity', { mapId, elementId: row.elementId, areaId: areaId as PlanAreaId }));
    });
  };
  return (
    <FormDialog title={title} submitLabel={t('processMap.compare.activity.save')} pending={pending || areaId === ''} generalErrors={errors.general} onSubmit={save} onClose={onClose} hasRequiredFields={false}>
      <SelectField id={fieldId('planId')} label={t('processMap.compare.activity.plan')} value={planId} onChange={setPlanId} error={errors.fields.planId} options={plans.map((p) => ({ value: p.id, label: p.title }))} />
      <SelectField id={fieldId('areaId')} label={t('processMap.compare.activity.area')} value={areaId} onChange={setArea} error={errors.fields.areaId} options={areas.map((area) => ({ value: area.id as string, label: area.title }))} />
    </FormDialog>
  );
}

/** The programme's plans are few; each is read until one holds the activity. */
function ExistingActivity({ title, plans, activityId, onClose }: { readonly title: string; readonly plans: SomePlans; readonly activityId: ActivityId; readonly onClose: () => void }) {
  const [index, setIndex] = useState(0);
  const plan = plans[Math.min(index, plans.length - 1)]!;
  const read = useQuery('plan.get', { id: plan.id });
  const answered = read.data?.plan.id === plan.id ? read.data : undefined;
  const found = answered?.areas.flatMap(areaActivities).find((a) => a.id === activityId);
  if (found) return <ActivityShown title={title} activity={found} onClose={onClose} />;
  if (!answered) return <Loading />;
  if (index < plans.length - 1) setIndex(index + 1);
  return index < plans.length - 1 ? <Loading /> : <ActivityShown title={title} activity={null} onClose={onClose} />;
}

function ActivityShown({ title, activity, onClose }: { readonly title: string; readonly activity: Activity | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose}>
      {activity ? (
        <>
          <p>{t('processMap.compare.activity.exists', { what: activity.what })}</p>
          <p>
            <a href={routeHref({ view: 'plan', id: activity.planId, activity: activity.id })} onClick={onClose}>
              {t('processMap.compare.activity.open')}
            </a>
          </p>
        </>
      ) : (
        <p>{t('processMap.compare.activity.notFound')}</p>
      )}
      <CloseButton onClose={onClose} />
    </Dialog>
  );
}

function CloseButton({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="dialog__buttons">
      <button type="button" className="button" onClick={onClose}>
        {t('processMap.compare.activity.close')}
      </button>
    </div>
  );
}
