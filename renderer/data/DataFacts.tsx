import { useTranslation } from 'react-i18next';
import type { DataInfo } from '../../shared/data/schema';

export function DataFacts({ info }: { readonly info: DataInfo }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div className="facts__row facts__row--wide">
        <dt>{t('data.folder')}</dt>
        <dd>
          <code className="path">{info.dataDir}</code>
        </dd>
      </div>
      <div className="facts__row facts__row--wide">
        <dt>{t('data.databaseFile')}</dt>
        <dd>
          <code className="path">{info.databaseFile}</code>
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t('data.schemaVersion')}</dt>
        <dd>{info.schemaVersion}</dd>
      </div>
    </dl>
  );
}
