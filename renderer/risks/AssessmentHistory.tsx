/** Every assessment of a risk, newest first, each with its ratings, motivations and bands, and how it moved from the one before it. */
import { useTranslation } from 'react-i18next';
import type { Assessment, RiskId } from '../../shared/risk/schema';
import { movementOf } from '../../shared/risk/rules';
import { useQuery } from '../api/useQuery';
import { formatDateTime } from '../common/format';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { BandBadge } from './BandBadge';
import { bandsText } from './bandsText';
import type { RiskWords } from './riskWords';

/** The assessment before `index` of the same kind: residual judgements move against residual ones. */
function earlierOfKind(history: readonly Assessment[], index: number): Assessment | null {
  const kind = history[index]!.kind;
  return history.slice(index + 1).find((a) => a.kind === kind) ?? null;
}

export function AssessmentHistory({ riskId, words }: { readonly riskId: RiskId; readonly words: RiskWords }) {
  const { t, i18n } = useTranslation();
  const history = useQuery('risk.history', { id: riskId });
  if (history.error) return <QueryError error={history.error} onRetry={history.reload} />;
  if (!history.data) return <Loading />;
  if (history.data.length === 0) return <p className="muted">{t('risk.history.empty')}</p>;
  const list = history.data;
  return (
    <ol className="risk-history">
      {list.map((entry, index) => {
        const earlier = earlierOfKind(list, index);
        const movement = movementOf(entry, earlier);
        return (
          <li key={entry.id} className="risk-history__entry">
            <p className="risk-history__head">
              <strong>{t(`risk.kind.${entry.kind}`)}</strong> · {t('risk.history.byAt', { by: entry.by, at: formatDateTime(entry.at, i18n.language) })}
              {entry.meetingLabel ? ` · ${t('risk.history.meeting', { meeting: entry.meetingLabel })}` : null}
            </p>
            <p>
              {words.score(entry.likelihood, entry.consequence, entry.score)} <BandBadge band={entry.band} label={words.band[entry.band]} />{' '}
              {movement ? (
                <span className={`risk-move risk-move--${movement}`}>
                  <span aria-hidden="true">{words.movement[movement].mark} </span>
                  {earlier ? t('risk.history.since', { change: words.movement[movement].text, score: earlier.score, band: words.band[earlier.band] }) : words.movement[movement].text}
                </span>
              ) : null}
            </p>
            <dl className="risk-history__reasons">
              <div>
                <dt>{t('risk.history.likelihood', { rating: entry.likelihood, name: t(`risk.scale.likelihood.${entry.likelihood}.name`) })}</dt>
                <dd>{entry.likelihoodMotivation}</dd>
              </div>
              <div>
                <dt>{t('risk.history.consequence', { rating: entry.consequence, name: t(`risk.scale.consequence.${entry.consequence}.name`) })}</dt>
                <dd>{entry.consequenceMotivation}</dd>
              </div>
            </dl>
            <p className="muted">
              {t('risk.history.bands', { ranges: bandsText(t, entry.bands) })}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
