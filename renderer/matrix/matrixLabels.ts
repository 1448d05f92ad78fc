/**
 * A workshop may rename the axes and fields of its matrix (stored per
 * workshop); null means the standard wording, which follows the UI language.
 */
import { quadrants, type Quadrant } from '../../shared/matrix/quadrant';
import type { MatrixLabels } from '../../shared/matrix/schema';
import type { Translate } from '../i18n/translate';

export function standardLabels(t: Translate): MatrixLabels {
  return {
    shortTerm: t('matrix.axes.shortTerm'),
    longTerm: t('matrix.axes.longTerm'),
    simple: t('matrix.axes.simple'),
    complex: t('matrix.axes.complex'),
    quadrants: Object.fromEntries(quadrants.map((q) => [q, t(`quadrants.${q}`)])) as Record<Quadrant, string>,
  };
}

export function labelsFor(t: Translate, custom: MatrixLabels | null | undefined): MatrixLabels {
  return custom ?? standardLabels(t);
}
