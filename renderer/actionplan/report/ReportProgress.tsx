import { useTranslation } from 'react-i18next';
import { isRedItem, placedActivities } from '../../../shared/actionplan/report';
import type { Activity, PlanView, Progress } from '../../../shared/actionplan/schema';
import { ReportSection } from './ReportSection';

const COLUMNS = ['area', 'done', 'share', 'paused', 'struck', 'overdue', 'red'] as const;

interface ProgressRow {
  readonly key: string;
  readonly title: string;
  readonly progress: Progress;
  readonly activities: readonly Activity[];
}

/** Progress per område with the counts behind each share, and the whole plan last. */
export function ReportProgress({ view }: { readonly view: PlanView }) {
  const { t, i18n } = useTranslation();
  const placed = placedActivities(view);
  const rows: ProgressRow[] = view.areas.map(({ area, progress }) => ({
    key: area.id,
    title: area.title,
    progress,
    activities: placed.filter((p) => p.activity.areaId === area.id).map((p) => p.activity),
  }));
  const total: ProgressRow = { key: 'total', title: t('planReport.total'), progress: view.progress, activities: placed.map((p) => p.activity) };
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const c = (key: string) => t(`planReport.progressColumns.${key}`);

  const row = ({ key, title, progress, activities }: ProgressRow, isTotal = false) => (
    <tr key={key} className={isTotal ? 'plan-report__total' : undefined}>
      <th scope="row">{title}</th>
      <td className="numeric">{t('planReport.doneOf', { done: progress.done, counted: progress.counted })}</td>
      <td className="numeric">{progress.ratio === null ? t('planReport.noShare') : percent.format(progress.ratio)}</td>
      <td className="numeric">{progress.paused}</td>
      <td className="numeric">{progress.struck}</td>
      <td className="numeric">{activities.filter((a) => a.overdue).length}</td>
      <td className="numeric">{activities.filter(isRedItem).length}</td>
    </tr>
  );

  return (
    <ReportSection title={t('planReport.progress')}>
      <div className="table-wrap">
        <table className="table plan-report__table">
          <thead>
            <tr>
              {COLUMNS.map((key) => (
                <th key={key} scope="col" className={key === 'area' ? undefined : 'numeric'}>
                  {c(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => row(r))}
            {row(total, true)}
          </tbody>
        </table>
      </div>
      <p className="muted plan-report__note">{t('planReport.countsNote')}</p>
    </ReportSection>
  );
}
