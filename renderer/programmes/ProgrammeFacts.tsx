import { useTranslation } from 'react-i18next';
import type { Programme } from '../../shared/programme/schema';

export function ProgrammeFacts({ programme }: { readonly programme: Programme }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>{t('fields.area')}</dt>
        <dd>{programme.area || t('programmes.noArea')}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('fields.level')}</dt>
        <dd>{t(`levels.${programme.level}`)}</dd>
      </div>
      <div className="facts__row facts__row--wide">
        <dt>{t('fields.description')}</dt>
        <dd className="prose">{programme.description || t('programmes.noDescription')}</dd>
      </div>
    </dl>
  );
}
