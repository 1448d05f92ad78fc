/**
 * The words the register repeats on every risk row, translated once per
 * language rather than once per row: a register of a thousand risks would
 * otherwise spend its first render in i18next.
 */
import type { Movement } from '../../shared/risk/rules';
import { type BandName, bandNames, type RiskCarrier, riskCarriers, type RiskStatus, riskStatuses, type RiskTreatment, riskTreatments } from '../../shared/risk/schema';
import { labelTemplate, textTemplate } from '../actionplan/labelTemplate';
import type { Translate } from '../i18n/translate';

export interface RiskWords {
  readonly band: Readonly<Record<BandName, string>>;
  readonly status: Readonly<Record<RiskStatus, string>>;
  readonly carrier: Readonly<Record<RiskCarrier, string>>;
  readonly treatment: Readonly<Record<RiskTreatment, string>>;
  /** The arrow or word the change column shows, and the sentence a screen reader hears for it. */
  readonly movement: Readonly<Record<Movement, { readonly mark: string; readonly text: string }>>;
  readonly notAssessed: string;
  readonly none: string;
  /** "3 × 4 = 12". */
  readonly score: (likelihood: number, consequence: number, score: number) => string;
  readonly open: (name: string) => string;
  readonly assess: (code: string) => string;
  readonly assessShort: string;
  readonly date: (date: string) => string;
}

const labels = <K extends string>(t: Translate, values: readonly K[], prefix: string) => Object.fromEntries(values.map((v) => [v, t(`${prefix}.${v}`)])) as Record<K, string>;

const movements: readonly Movement[] = ['new', 'up', 'down', 'same'];

export function riskWords(t: Translate, language: string): RiskWords {
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const score = textTemplate(t, 'risk.register.scoreFormula', ['likelihood', 'consequence', 'score']);
  return {
    band: labels(t, bandNames, 'risk.band'),
    status: labels(t, riskStatuses, 'risk.status'),
    carrier: labels(t, riskCarriers, 'risk.carrier'),
    treatment: labels(t, riskTreatments, 'risk.treatment'),
    movement: Object.fromEntries(movements.map((m) => [m, { mark: t(`risk.register.movement.${m}.mark`), text: t(`risk.register.movement.${m}.text`) }])) as RiskWords['movement'],
    notAssessed: t('risk.register.notAssessed'),
    none: t('risk.register.none'),
    score: (l, c, s) => score(String(l), String(c), String(s)),
    open: labelTemplate(t, 'risk.register.openNamed', 'name'),
    assess: labelTemplate(t, 'risk.register.assessNamed', 'code'),
    assessShort: t('risk.register.assess'),
    date: (date) => {
      const parsed = new Date(`${date}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? date : dates.format(parsed);
    },
  };
}
