import { useTranslation } from 'react-i18next';
import type { Programme } from '../../shared/programme/schema';
import { routeHref } from '../app/router';
import { Badge } from '../common/Badge';

export interface ProgrammeCardProps {
  readonly programme: Programme;
  readonly onEdit: (programme: Programme) => void;
  readonly onDelete: (programme: Programme) => void;
}

export function ProgrammeCard({ programme, onEdit, onDelete }: ProgrammeCardProps) {
  const { t } = useTranslation();
  return (
    <li className="card programme-card">
      <div className="card__head">
        <h2 className="card__title">
          <a href={routeHref({ view: 'programme', id: programme.id })}>{programme.name}</a>
        </h2>
        {programme.isExample ? <Badge tone="example">{t('programmes.example')}</Badge> : null}
      </div>
      <dl className="facts facts--inline">
        <div className="facts__row">
          <dt>{t('fields.area')}</dt>
          <dd>{programme.area || t('programmes.noArea')}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('fields.level')}</dt>
          <dd>{t(`levels.${programme.level}`)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('programmes.workshopCountLabel')}</dt>
          <dd>{programme.workshopCount}</dd>
        </div>
      </dl>
      <div className="card__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={t('programmes.editNamed', { name: programme.name })}
          onClick={() => onEdit(programme)}
        >
          {t('common.edit')}
        </button>
        <button
          type="button"
          className="button button--small button--danger-quiet"
          aria-label={t('programmes.deleteNamed', { name: programme.name })}
          onClick={() => onDelete(programme)}
        >
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}
