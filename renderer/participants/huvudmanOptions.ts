import { type Huvudman, huvudmanValues } from '../../shared/participant/schema';
import type { SelectOption } from '../common/SelectField';
import type { Translate } from '../i18n/translate';

export function huvudmanOptions(t: Translate): SelectOption<Huvudman>[] {
  return huvudmanValues.map((value) => ({ value, label: t(`huvudman.${value}`) }));
}
