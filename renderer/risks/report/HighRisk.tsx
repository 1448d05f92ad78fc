import { useTranslation } from 'react-i18next';
import type { RiskRow } from '../../../shared/risk/schema';
import { BandBadge } from '../BandBadge';
import type { RiskWords } from '../riskWords';

/** One high risk as the styrgrupp reads it: why it is rated so, and what is being done. */
export function HighRisk({ risk, words }: { readonly risk: RiskRow; readonly words: RiskWords }) {
  const { t } = useTranslation();
  const current = risk.current!;
  return (
    <section className="risk-report__risk" aria-label={`${risk.code} ${risk.title}`}>
      <h4 className="risk-report__risk-title">
        {risk.code} {risk.title} <BandBadge band={current.band} label={words.band[current.band]} />
      </h4>
      <p>
        {words.score(current.likelihood, current.consequence, current.score)}
        {risk.owner ? ` · ${t('risk.fields.owner')}: ${risk.owner}` : ''}
        {risk.treatment ? ` · ${words.treatment[risk.treatment]}` : ''}
      </p>
      <dl className="risk-history__reasons">
        <div>
          <dt>{t('risk.fields.likelihoodMotivation')}</dt>
          <dd>{current.likelihoodMotivation}</dd>
        </div>
        <div>
          <dt>{t('risk.fields.consequenceMotivation')}</dt>
          <dd>{current.consequenceMotivation}</dd>
        </div>
      </dl>
      {risk.actions.length === 0 ? (
        <p className="muted">{t('riskReport.noActions')}</p>
      ) : (
        <ul>
          {risk.actions.map((action) => (
            <li key={action.id}>
              {action.what} ({t(`plan.activityStatus.${action.status}`, { defaultValue: action.status })}
              {action.due ? `, ${t('risk.actions.due', { date: words.date(action.due) })}` : ''}){action.overdue ? ` – ${t('risk.actions.overdue')}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
