/** Which risks the table shows and how it orders them. */
import { useTranslation } from 'react-i18next';
import { bandNames, riskStatuses } from '../../shared/risk/schema';
import { SelectField } from '../common/SelectField';
import { type BandFilter, type RiskView, type SortKey, sortKeys, type StatusFilter } from './riskRows';

export function RiskFilters({ view, onChange }: { readonly view: RiskView; readonly onChange: (view: RiskView) => void }) {
  const { t } = useTranslation();
  return (
    <div className="risk-filters" role="group" aria-label={t('risk.register.filters')}>
      <SelectField<BandFilter>
        id="risk-filter-band"
        label={t('risk.fields.band')}
        value={view.band}
        onChange={(band) => onChange({ ...view, band })}
        options={[{ value: 'all', label: t('risk.register.allBands') }, ...bandNames.map((value) => ({ value, label: t(`risk.band.${value}`) })), { value: 'unassessed', label: t('risk.register.notAssessed') }]}
      />
      <SelectField<StatusFilter>
        id="risk-filter-status"
        label={t('risk.fields.status')}
        value={view.status}
        onChange={(status) => onChange({ ...view, status })}
        options={[{ value: 'all', label: t('risk.register.allStatuses') }, ...riskStatuses.map((value) => ({ value, label: t(`risk.status.${value}`) }))]}
      />
      <SelectField<SortKey> id="risk-sort" label={t('risk.register.sort')} value={view.sort} onChange={(sort) => onChange({ ...view, sort })} options={sortKeys.map((value) => ({ value, label: t(`risk.register.sortBy.${value}`) }))} />
    </div>
  );
}
