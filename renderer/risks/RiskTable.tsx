/**
 * The register as a table, one row per risk. Rows are memoised and take
 * their words ready-translated, and every row opens its dialogs through the
 * page, so a thousand rows render as plain cells and two buttons each.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskRow as Row } from '../../shared/risk/schema';
import { movementOf } from '../../shared/risk/rules';
import { BandBadge } from './BandBadge';
import type { RiskWords } from './riskWords';

export interface RiskTableProps {
  readonly risks: readonly Row[];
  readonly today: string;
  readonly words: RiskWords;
  readonly onOpen: (risk: Row) => void;
  readonly onAssess: (risk: Row) => void;
}

export const riskAnchor = (id: string): string => `risk-${id}`;

export function RiskTable({ risks, today, words, onOpen, onAssess }: RiskTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table risk-table">
        <caption className="visually-hidden">{t('risk.register.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('risk.fields.code')}</th>
            <th scope="col">{t('risk.fields.title')}</th>
            <th scope="col">{t('risk.fields.carrier')}</th>
            <th scope="col">{t('risk.fields.owner')}</th>
            <th scope="col">{t('risk.fields.status')}</th>
            <th scope="col">{t('risk.register.scoreColumn')}</th>
            <th scope="col">{t('risk.fields.band')}</th>
            <th scope="col">{t('risk.fields.change')}</th>
            <th scope="col">{t('risk.fields.nextReview')}</th>
            <th scope="col" className="numeric">
              {t('risk.fields.actions')}
            </th>
            <th scope="col">{t('risk.fields.residual')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('risk.register.rowActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {risks.map((risk) => (
            <RiskTableRow key={risk.id} risk={risk} today={today} words={words} onOpen={onOpen} onAssess={onAssess} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  readonly risk: Row;
  readonly today: string;
  readonly words: RiskWords;
  readonly onOpen: (risk: Row) => void;
  readonly onAssess: (risk: Row) => void;
}

const RiskTableRow = memo(function RiskTableRow({ risk, today, words, onOpen, onAssess }: RowProps) {
  const { current, residual } = risk;
  const movement = movementOf(current, risk.previous);
  const overdueReview = risk.nextReview !== null && risk.nextReview < today && risk.status !== 'stangd';
  return (
    <tr id={riskAnchor(risk.id)} className="risk-row">
      <td>{risk.code}</td>
      <th scope="row">
        <button type="button" className="risk-table__open" aria-label={words.open(`${risk.code} ${risk.title}`)} onClick={() => onOpen(risk)}>
          {risk.title}
        </button>
      </th>
      <td>{risk.carrier ? words.carrier[risk.carrier] : ''}</td>
      <td>{risk.owner}</td>
      <td>{words.status[risk.status]}</td>
      <td className="risk-table__score">{current ? words.score(current.likelihood, current.consequence, current.score) : <span className="risk-unassessed">{words.notAssessed}</span>}</td>
      <td>{current ? <BandBadge band={current.band} label={words.band[current.band]} /> : null}</td>
      <td>
        {movement ? (
          <span className={`risk-move risk-move--${movement}`} title={words.movement[movement].text}>
            <span aria-hidden="true">{words.movement[movement].mark}</span>
            <span className="visually-hidden">{words.movement[movement].text}</span>
          </span>
        ) : null}
      </td>
      <td className={overdueReview ? 'risk-table__review--late' : undefined}>{risk.nextReview ? words.date(risk.nextReview) : ''}</td>
      <td className="numeric">{risk.actions.length}</td>
      <td>{residual ? <BandBadge band={residual.band} label={`${residual.score} ${words.band[residual.band]}`} /> : ''}</td>
      <td>
        <button type="button" className="button button--small" aria-label={words.assess(risk.code)} onClick={() => onAssess(risk)}>
          {words.assessShort}
        </button>
      </td>
    </tr>
  );
});
