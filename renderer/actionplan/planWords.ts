/**
 * The words the plan page repeats on every activity row, delmål and område,
 * translated once per language rather than once per row (hundreds of rows
 * in a real plan). The page's blocks take all their words from here and
 * call no useTranslation of their own: each call costs a copy of the
 * i18next instance, and hundreds of them were a quarter of the render.
 */
import { type ActivityStatus, activityStatuses, type Health, healthValues } from '../../shared/actionplan/schema';
import { type Huvudman, huvudmanValues } from '../../shared/participant/schema';
import type { Translate } from '../i18n/translate';
import { labelTemplate } from './labelTemplate';
import { type DateRangeText, dateRangeText } from './planFormat';

const columns = ['what', 'responsible', 'schedule', 'status', 'health', 'actions'] as const;

export interface PlanWords {
  readonly status: Readonly<Record<ActivityStatus, string>>;
  readonly health: Readonly<Record<Health, string>>;
  readonly huvudman: Readonly<Record<Huvudman, string>>;
  readonly overdue: string;
  readonly open: (what: string) => string;
  readonly edit: (what: string) => string;
  readonly schedule: DateRangeText;
  /** Buttons named after their område or delmål. */
  readonly area: Readonly<Record<'moveUp' | 'moveDown' | 'editNamed' | 'deleteNamed', (title: string) => string>>;
  readonly goal: Readonly<Record<'moveUp' | 'moveDown' | 'edit' | 'delete', (title: string) => string>>;
  readonly newGoalIn: (area: string) => string;
  readonly newActivityIn: (area: string) => string;
  readonly caption: (name: string) => string;
  readonly columns: Readonly<Record<(typeof columns)[number], string>>;
  readonly editText: string;
  readonly deleteText: string;
  readonly noActivities: string;
  readonly ungrouped: string;
  readonly newGoal: string;
  readonly newActivity: string;
  readonly newRiskIn: (area: string) => string;
  readonly newRisk: string;
  readonly progress: ProgressWords;
}

export interface ProgressWords {
  readonly label: (figure: string) => string;
  readonly how: string;
  readonly howNamed: (name: string) => string;
}

const named = <K extends string>(t: Translate, prefix: string, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, labelTemplate(t, `${prefix}.${key}`, 'title')])) as Record<K, (title: string) => string>;

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
    area: named(t, 'plan.area', ['moveUp', 'moveDown', 'editNamed', 'deleteNamed']),
    goal: named(t, 'plan.goal', ['moveUp', 'moveDown', 'edit', 'delete']),
    newGoalIn: labelTemplate(t, 'plan.goal.newIn', 'area'),
    newActivityIn: labelTemplate(t, 'plan.activity.newIn', 'area'),
    caption: labelTemplate(t, 'plan.activity.caption', 'name'),
    columns: labels(t, columns, 'plan.activity.columns'),
    editText: t('common.edit'),
    deleteText: t('common.delete'),
    noActivities: t('plan.activity.empty'),
    ungrouped: t('plan.area.ungrouped'),
    newGoal: t('plan.goal.new'),
    newActivity: t('plan.activity.new'),
    newRiskIn: labelTemplate(t, 'risk.form.newFromArea', 'area'),
    newRisk: t('risk.register.new'),
    progress: {
      label: labelTemplate(t, 'plan.progress.label', 'figure'),
      how: t('plan.progress.how'),
      howNamed: labelTemplate(t, 'plan.progress.howNamed', 'name'),
    },
  };
}
