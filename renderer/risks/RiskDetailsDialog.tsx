/** One risk in full: its description and origin, then its history; the way to assess, change, act on or delete it. */
import { useTranslation } from 'react-i18next';
import type { RiskRow } from '../../shared/risk/schema';
import { Dialog } from '../common/Dialog';
import { AssessmentHistory } from './AssessmentHistory';
import type { RegisterDialogState } from './registerDialogs';
import type { RiskWords } from './riskWords';

export interface RiskDetailsDialogProps {
  readonly risk: RiskRow;
  readonly words: RiskWords;
  readonly open: (dialog: RegisterDialogState) => void;
  readonly onClose: () => void;
}

export function RiskDetailsDialog({ risk, words, open, onClose }: RiskDetailsDialogProps) {
  const { t } = useTranslation();
  const description = [
    [t('risk.fields.cause'), risk.cause],
    [t('risk.fields.event'), risk.event],
    [t('risk.fields.effect'), risk.effect],
  ].filter(([, text]) => text);
  return (
    <Dialog title={`${risk.code} ${risk.title}`} onClose={onClose} className="risk-dialog--wide">
      <div className="risk-details">
        <dl className="risk-details__facts">
          <div>
            <dt>{t('risk.fields.source')}</dt>
            <dd>{risk.sourceLabel ? `${t(`risk.source.${risk.source}`)}: ${risk.sourceLabel}` : t(`risk.source.${risk.source}`)}</dd>
          </div>
          {risk.category ? (
            <div>
              <dt>{t('risk.fields.category')}</dt>
              <dd>{risk.category}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('risk.fields.treatment')}</dt>
            <dd>{risk.treatment ? words.treatment[risk.treatment] : words.none}</dd>
          </div>
          <div>
            <dt>{t('risk.fields.status')}</dt>
            <dd>{words.status[risk.status]}</dd>
          </div>
        </dl>
        {description.length > 0 ? (
          <dl className="risk-details__chain">
            {description.map(([label, text]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd className="prose">{text}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <div className="dialog__buttons risk-details__buttons">
          <button type="button" className="button button--primary" onClick={() => open({ kind: 'assess', riskId: risk.id })}>
            {t('risk.register.assess')}
          </button>
          <button type="button" className="button" onClick={() => open({ kind: 'edit', riskId: risk.id })}>
            {t('common.edit')}
          </button>
          <button type="button" className="button" onClick={() => open({ kind: 'actions', riskId: risk.id })}>
            {t('risk.actions.open', { count: risk.actions.length })}
          </button>
          <button type="button" className="button button--danger-quiet" onClick={() => open({ kind: 'delete', riskId: risk.id })}>
            {t('common.delete')}
          </button>
        </div>
        <h3 className="risk-details__title">{t('risk.history.heading')}</h3>
        <AssessmentHistory riskId={risk.id} words={words} />
        <div className="dialog__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('risk.register.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
