import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../shared/workshop/schema';
import { WorkshopWhen } from './WorkshopWhen';

export function WorkshopFacts({ workshop }: { readonly workshop: Workshop }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>{t('fields.date')}</dt>
        <dd>
          <WorkshopWhen date={workshop.date} />
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t('fields.type')}</dt>
        <dd>{t(`workshopTypes.${workshop.type}`)}</dd>
      </div>
      <div className="facts__row facts__row--wide">
        <dt>{t('fields.goals')}</dt>
        <dd className="prose">{workshop.goals || t('workshops.noGoals')}</dd>
      </div>
    </dl>
  );
}
