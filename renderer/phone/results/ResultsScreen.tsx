import { useTranslation } from 'react-i18next';
import type { PhoneState } from '../../../shared/phone/schema';
import { itemLabel } from '../itemLabel';
import { ScreenFrame } from '../ScreenFrame';

export function ResultsScreen({ results }: { readonly results: NonNullable<PhoneState['results']> }) {
  const { t } = useTranslation();
  return (
    <ScreenFrame id="phone-results" title={t('phone.results.heading')}>
      <ol className="phone-results">
        {results.map((result) => (
          <li key={result.itemId} className="phone-results__item">
            <span className="phone-results__rank">
              {t('phone.results.place', { rank: result.rank })}
              {result.tied ? `, ${t('phone.results.tied')}` : ''}
            </span>
            <span className="phone-results__label">{itemLabel(t, result.label)}</span>
            <span className="phone-results__votes">{t('phone.results.votes', { count: result.votes })}</span>
          </li>
        ))}
      </ol>
    </ScreenFrame>
  );
}
