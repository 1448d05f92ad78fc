import type { DecisionKind } from '../../../shared/actionplan/schema';
import type { Translate } from '../../i18n/translate';

/** A status or health value in the UI language; history stores the enum value. */
function progressValue(t: Translate, field: 'status' | 'health', value: string): string {
  return t(field === 'status' ? `plan.activityStatus.${value}` : `plan.health.${value}`, { defaultValue: value });
}

/** "Status: Pågår → Klar". */
export function changeSummary(t: Translate, change: { readonly field: 'status' | 'health'; readonly from: string; readonly to: string }): string {
  return t('meetings.change', {
    field: t(`fields.${change.field}`),
    from: progressValue(t, change.field, change.from),
    to: progressValue(t, change.field, change.to),
  });
}

/**
 * A beslut in the minutes form. Only the clause is stored; the sentence is
 * put together here, in the language of the page. Information is not a
 * decision and is written as it was said.
 */
export function decisionSentence(t: Translate, decision: { readonly kind: DecisionKind; readonly text: string }): string {
  return decision.kind === 'information' ? decision.text : `${t('meetings.decisions.prefix')} ${decision.text}`;
}
