import { useTranslation } from 'react-i18next';
import { isRedItem, placedActivities, type PlacedActivity } from '../../../shared/actionplan/report';
import type { PlanView } from '../../../shared/actionplan/schema';
import { ReportSection } from './ReportSection';

/** The column that says why an activity is listed: its due date when late, its reason when röd. */
type Why = 'due' | 'reason';
const columns = (why: Why) => ['what', 'area', why, 'responsible', 'status'] as const;

function AttentionList({ title, empty, items, why }: { readonly title: string; readonly empty: string; readonly items: readonly PlacedActivity[]; readonly why: Why }) {
  const { t } = useTranslation();
  const c = (key: string) => t(`planReport.columns.${key}`);
  return (
    <ReportSection title={`${title} (${items.length})`}>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table plan-report__table">
            <thead>
              <tr>
                {columns(why).map((key) => (
                  <th key={key} scope="col">
                    {c(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map(({ activity: a, areaTitle }) => (
                <tr key={a.id}>
                  <th scope="row">{a.what}</th>
                  <td>{areaTitle}</td>
                  <td>{why === 'due' ? a.due : a.healthReason}</td>
                  <td>{a.responsibleName}</td>
                  <td>{t(`plan.activityStatus.${a.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ReportSection>
  );
}

/** What needs the styrgrupp's eye: activities past their due date, and röd ones with why. */
export function ReportAttention({ view }: { readonly view: PlanView }) {
  const { t } = useTranslation();
  const placed = placedActivities(view);
  return (
    <>
      <AttentionList title={t('planReport.overdue')} empty={t('planReport.noOverdue')} items={placed.filter((p) => p.activity.overdue)} why="due" />
      <AttentionList title={t('planReport.red')} empty={t('planReport.noRed')} items={placed.filter((p) => isRedItem(p.activity))} why="reason" />
    </>
  );
}
