import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDecision } from '../../../shared/actionplan/report';
import type { PlanId } from '../../../shared/actionplan/schema';
import { useQuery } from '../../api/useQuery';
import { Loading } from '../../common/Loading';
import { QueryError } from '../../common/QueryError';
import { ProtocolExportButton } from '../export/ProtocolExportButton';
import { ReportSection } from './ReportSection';

/** Decisions grouped by the meeting that took them, meetings in date order. */
function byMeeting(decisions: readonly ReportDecision[]): ReportDecision[][] {
  const groups = new Map<string, ReportDecision[]>();
  for (const d of decisions) groups.set(d.meetingId, [...(groups.get(d.meetingId) ?? []), d]);
  return [...groups.values()];
}

/**
 * Decisions since the last report. The start date is the report's own
 * default (see shared/actionplan/report.ts) until the user picks one;
 * clearing the date lists every decision. Nothing is stored.
 */
export function ReportDecisions({ planId }: { readonly planId: PlanId }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const hintId = useId();
  // undefined: the default start; null: all decisions.
  const [from, setFrom] = useState<string | null | undefined>(undefined);
  const report = useQuery('plan.report', from === undefined ? { id: planId } : { id: planId, from });
  const shownFrom = report.data?.from ?? null;
  const defaultFrom = report.data?.defaultFrom ?? null;

  return (
    <ReportSection title={t('planReport.decisions')}>
      <div className="plan-report__from">
        <div className="field">
          <label className="field__label" htmlFor={fieldId}>
            {t('planReport.from')}
          </label>
          <input
            id={fieldId}
            type="date"
            className="field__control"
            value={from === undefined ? (defaultFrom ?? '') : (from ?? '')}
            aria-describedby={hintId}
            onChange={(event) => setFrom(event.target.value === '' ? null : event.target.value)}
          />
        </div>
        <p id={hintId} className="muted">
          {defaultFrom ? t('planReport.fromDefault', { date: defaultFrom }) : t('planReport.fromAll')}
        </p>
        <div className="plan-report__from-actions">
          {from !== null ? (
            <button type="button" className="button button--small" onClick={() => setFrom(null)}>
              {t('planReport.showAll')}
            </button>
          ) : null}
          {from !== undefined ? (
            <button type="button" className="button button--small" onClick={() => setFrom(undefined)}>
              {t('planReport.useDefault')}
            </button>
          ) : null}
        </div>
      </div>
      {report.data ? <p className="plan-report__print-only">{shownFrom ? t('planReport.fromText', { date: shownFrom }) : t('planReport.allText')}</p> : null}
      {report.error ? <QueryError error={report.error} onRetry={report.reload} /> : null}
      {!report.data && !report.error ? <Loading /> : null}
      {report.data && report.data.decisions.length === 0 ? <p className="muted">{t('planReport.noDecisions')}</p> : null}
      {report.data
        ? byMeeting(report.data.decisions).map((group) => {
            const meeting = group[0]!;
            return (
              <div key={meeting.meetingId} className="plan-report__meeting">
                <div className="plan-report__meeting-head">
                  <h4 className="plan-report__meeting-title">
                    {[t('planReport.meeting', { date: meeting.meetingDate }), meeting.meetingTitle].filter(Boolean).join(' – ')}
                    {meeting.meetingStatus === 'open' ? <span className="muted"> ({t('planReport.openMeeting')})</span> : null}
                  </h4>
                  <ProtocolExportButton meetingId={meeting.meetingId} meetingDate={meeting.meetingDate} />
                </div>
                <ol className="plan-report__decisions">
                  {group.map((d) => (
                    <li key={d.id}>
                      <span className="plan-report__kind">{t(`plan.decisionKind.${d.kind}`)}: </span>
                      {t('planReport.decides', { text: d.text })}
                      {d.activityWhat ? <span className="plan-report__made">{t('planReport.newActivity', { what: d.activityWhat })}</span> : null}
                    </li>
                  ))}
                </ol>
              </div>
            );
          })
        : null}
    </ReportSection>
  );
}
