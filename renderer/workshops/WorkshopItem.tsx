import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../shared/workshop/schema';
import { routeHref } from '../app/router';
import { WorkshopWhen } from './WorkshopWhen';

export interface WorkshopItemProps {
  readonly workshop: Workshop;
  readonly onEdit: (workshop: Workshop) => void;
  readonly onDelete: (workshop: Workshop) => void;
}

export function WorkshopItem({ workshop, onEdit, onDelete }: WorkshopItemProps) {
  const { t } = useTranslation();
  return (
    <li className="card workshop-card">
      <h3 className="card__title">
        <a href={routeHref({ view: 'workshop', id: workshop.id })}>
          {workshop.title}
        </a>
      </h3>
      <dl className="facts facts--inline">
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
      </dl>
      <div className="card__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={t('workshops.editNamed', { title: workshop.title })}
          onClick={() => onEdit(workshop)}
        >
          {t('common.edit')}
        </button>
        <button
          type="button"
          className="button button--small button--danger-quiet"
          aria-label={t('workshops.deleteNamed', { title: workshop.title })}
          onClick={() => onDelete(workshop)}
        >
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}
