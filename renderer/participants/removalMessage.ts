/**
 * What the removal dialog says before anything is removed: the question,
 * then one sentence for each kind of thing the person leaves behind
 * (notes, dots in open rounds, dots in closed rounds), or that nothing is
 * affected.
 * The numbers come from participant.removalImpact, so they are exact.
 */
import type { RemovalImpact } from '../../shared/participant/schema';
import type { Translate } from '../i18n/translate';

export function removalMessage(t: Translate, language: string, name: string, impact: RemovalImpact): string {
  const rounds = t('participants.delete.rounds', {
    count: impact.openRounds.length,
    list: new Intl.ListFormat(language, { type: 'conjunction' }).format(impact.openRounds.map(String)),
  });
  const effects = [
    impact.notes > 0 ? t('participants.delete.notes', { count: impact.notes, name }) : null,
    impact.openDots > 0 ? t('participants.delete.openDots', { count: impact.openDots, rounds }) : null,
    impact.keptDots > 0 ? t('participants.delete.keptDots', { count: impact.keptDots }) : null,
  ].filter((sentence) => sentence !== null);
  return [t('participants.delete.message', { name }), ...(effects.length > 0 ? effects : [t('participants.delete.nothing')])].join(' ');
}
