/**
 * The history methods answer with the API method name of the change
 * ("programme.delete"). Each known name has a label under
 * `history.methods.<area>.<verb>`; a method added later on the Node side
 * without a label still gets a readable generic text.
 */
import type { Translate } from '../i18n/translate';

const METHOD_NAME = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/;

export function historyLabel(t: Translate, method: string): string {
  const fallback = t('history.methods.unknown');
  if (!METHOD_NAME.test(method)) return fallback;
  return t(`history.methods.${method}`, { defaultValue: fallback });
}
