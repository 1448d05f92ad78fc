import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Protocol } from '../../../shared/actionplan/schema';
import { formatCalendarDate } from '../../common/format';
import { AttendeeList } from './AttendeeList';
import { changeSummary, decisionSentence } from './changeText';

export interface ProtocolSheetProps {
  readonly protocol: Protocol;
  /** Which plan and programme the minutes belong to, for the printed page. */
  readonly source: string;
  /** The closing dialog puts its carry-over choices here instead of the plain list. */
  readonly carryOver?: ReactNode;
}

/** The minutes: date, attendees, beslut, status changes and what carries over. Also the printed page. */
export function ProtocolSheet({ protocol, source, carryOver }: ProtocolSheetProps) {
  const { t, i18n } = useTranslation();
  const none = <p className="protocol__none">{t('meetings.protocol.none')}</p>;
  return (
    <article className="protocol" aria-label={t('meetings.protocol.heading')}>
      <h2 className="protocol__title">
        {t('meetings.protocol.heading')}
        {protocol.title ? ` – ${protocol.title}` : ''}
      </h2>
      <p className="protocol__source">{source}</p>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('fields.date')}</dt>
          <dd>
            <time dateTime={protocol.date}>{formatCalendarDate(protocol.date, i18n.language)}</time>
          </dd>
        </div>
      </dl>
      <h3 className="protocol__heading">{t('fields.attendees')}</h3>
      <AttendeeList attendees={protocol.attendees} />
      <h3 className="protocol__heading">{t('meetings.decisions.heading')}</h3>
      {protocol.decisions.length === 0 ? (
        none
      ) : (
        <ol className="protocol__list">
          {protocol.decisions.map((decision, index) => (
            <li key={`${index}-${decision.text}`}>
              <strong>{t(`plan.decisionKind.${decision.kind}`)}:</strong> {decisionSentence(t, decision)}
            </li>
          ))}
        </ol>
      )}
      <h3 className="protocol__heading">{t('meetings.protocol.changes')}</h3>
      {protocol.changes.length === 0 ? (
        none
      ) : (
        <ul className="protocol__list">
          {protocol.changes.map((change, index) => (
            <li key={`${index}-${change.activityId}-${change.field}`}>
              <strong>{change.what}</strong>: {changeSummary(t, change)}
              {change.reason ? ` (${change.reason})` : ''}
              {change.comment ? ` – ${change.comment}` : ''} <span className="protocol__by">({change.by})</span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="protocol__heading">{t('meetings.protocol.carryOver')}</h3>
      {carryOver ??
        (protocol.carryOver.length === 0 ? (
          none
        ) : (
          <ul className="protocol__list">
            {protocol.carryOver.map((item, index) => (
              <li key={`${index}-${item.activityId ?? 'text'}`}>{[item.what, ...item.texts].filter(Boolean).join(' – ')}</li>
            ))}
          </ul>
        ))}
    </article>
  );
}
