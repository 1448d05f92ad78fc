import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../shared/outcome/schema';

/** The decision in words, for the table and the printed summary. */
export function OutcomeText({ outcome }: { readonly outcome: Outcome | null }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  if (outcome.status === 'prioritised') return <span className="outcome-badge outcome-badge--prioritised">{t('results.prioritised')}</span>;
  return (
    <span className="outcome-badge outcome-badge--outside">
      {outcome.handedTo ? t('results.handedTo', { to: outcome.handedTo }) : t('results.outsideMandate')}
    </span>
  );
}
