import { useTranslation } from 'react-i18next';
import type { Bands } from '../../shared/risk/schema';
import { bandOf, riskScore } from '../../shared/risk/rules';
import { BandBadge } from './BandBadge';

/** The score the chosen ratings make and its band under the register's bands, updated as the user chooses. */
export function ScoreReadout({ likelihood, consequence, bands }: { readonly likelihood: number | null; readonly consequence: number | null; readonly bands: Bands }) {
  const { t } = useTranslation();
  const score = likelihood !== null && consequence !== null ? riskScore(likelihood, consequence) : null;
  return (
    <p className="risk-score" role="status">
      {score === null ? (
        t('risk.assess.scorePending')
      ) : (
        <>
          {t('risk.assess.score', { likelihood, consequence, score })} <BandBadge band={bandOf(score, bands)} label={t(`risk.band.${bandOf(score, bands)}`)} />
        </>
      )}
    </p>
  );
}
