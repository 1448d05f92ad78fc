/**
 * The words the plan page repeats on every activity row, translated once
 * per language rather than once per row (hundreds of rows in a real plan).
 */
import { type ActivityStatus, activityStatuses, type Health, healthValues } from '../../shared/actionplan/schema';
import { type Huvudman, huvudmanValues } from '../../shared/participant/schema';
import type { Translate } from '../i18n/translate';
import { labelTemplate } from './labelTemplate';
import { type DateRangeText, dateRangeText } from './planFormat';

export interface PlanWords {
  readonly status: Readonly<Record<ActivityStatus, string>>;
  readonly health: Readonly<Record<Health, string>>;
  readonly huvudman: Readonly<Record<Huvudman, string>>;
  readonly overdue: string;
  readonly open: (what: string) => string;
  readonly edit: (what: string) => string;
  readonly schedule: DateRangeText;
}

const labels = <K extends string>(t: Translate, values: readonly K[], prefix: string) => Object.fromEntries(values.map((v) => [v, t(`${prefix}.${v}`)])) as Record<K, string>;

export function planWords(t: Translate, language: string): PlanWords {
  return {
    status: labels(t, activityStatuses, 'plan.activityStatus'),
    health: labels(t, healthValues, 'plan.health'),
    huvudman: labels(t, huvudmanValues, 'huvudman'),
    overdue: t('plan.activity.overdue'),
    open: labelTemplate(t, 'plan.activity.open', 'what'),
    edit: labelTemplate(t, 'plan.activity.editNamed', 'what'),
    schedule: dateRangeText(t, language, ''),
  };
}
