import type { Bands } from '../../shared/risk/schema';
import { bandRanges } from '../../shared/risk/rules';
import type { Translate } from '../i18n/translate';

/** "Låg 1–4, betydande 5–8, hög 9–16": the legend, the bands editor and each history entry say it alike. */
export function bandsText(t: Translate, bands: Bands): string {
  const r = bandRanges(bands);
  return t('risk.bands.ranges', { lowFrom: r.lag.from, lowTo: r.lag.to, midFrom: r.betydande.from, midTo: r.betydande.to, highFrom: r.hog.from, highTo: r.hog.to });
}
