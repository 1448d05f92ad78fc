import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSummary } from '../../shared/summary/model';
import { WorkshopWhen } from '../workshops/WorkshopWhen';

/** Where and when, and how much the room produced: the head of the sheet. */
export function SummaryFacts({ summary }: { readonly summary: WorkshopSummary }) {
  const { t } = useTranslation();
  const { header, counts } = summary;
  const rows: readonly [key: string, label: string, value: ReactNode][] = [
    ['programme', t('summary.facts.programme'), header.programme],
    ['kommun', t('summary.facts.kommun'), header.kommun],
    ['date', t('summary.facts.date'), <WorkshopWhen key="date" date={header.date} />],
    ['type', t('summary.facts.type'), t(`workshopTypes.${header.type}`)],
    ['counts', t('summary.facts.counts'), t('summary.facts.countsValue', counts)],
  ];
  return (
    <dl className="facts summary__facts">
      {rows.map(([key, label, value]) => (
        <div key={key} className="facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className="facts__row facts__row--wide">
        <dt>{t('summary.facts.goals')}</dt>
        <dd className="prose">{header.goals || t('workshops.noGoals')}</dd>
      </div>
    </dl>
  );
}
