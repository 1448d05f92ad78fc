import { useTranslation } from 'react-i18next';
import type { Health } from '../../../shared/actionplan/schema';

/** Health as a word with a coloured mark beside it, never the colour alone. */
export function HealthText({ health }: { readonly health: Health }) {
  const { t } = useTranslation();
  return (
    <span className={`plan-health plan-health--${health}`}>
      <span className="plan-health__mark" aria-hidden="true" />
      {t(`plan.health.${health}`)}
    </span>
  );
}
