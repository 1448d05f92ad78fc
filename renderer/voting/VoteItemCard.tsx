import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteRefusal } from '../../shared/voting/rules';
import type { WorkshopItem } from '../matrix/workshopItems';

export interface VoteItemCardProps {
  readonly item: WorkshopItem;
  readonly voterName: string;
  /** Dots the current voter has on this item. */
  readonly own: number;
  /** The voter's dots are still being asked for: nothing can be decided yet. */
  readonly waiting: boolean;
  /** Why a dot may not be added or taken back now (from the shared rules), or null. */
  readonly castRefusal: VoteRefusal | null;
  readonly retractRefusal: VoteRefusal | null;
  readonly quadrant: string | null;
  readonly onCast: () => void;
  readonly onRetract: () => void;
  readonly onRefused: (refusal: VoteRefusal) => void;
}

/** Keys that add or take back a dot while focus is anywhere on the card (the numpad's too). */
const CAST_KEYS = new Set(['+']);
const RETRACT_KEYS = new Set(['-', '−']);

/**
 * One votable item. Buttons the rules forbid stay focusable (aria-disabled)
 * so a keyboard user is not thrown off the card when the last dot is used;
 * pressing one says why instead. On a focused card + adds a dot and − takes
 * one back, so the room can vote from the keyboard without aiming.
 */
export function VoteItemCard({ item, voterName, own, waiting, castRefusal, retractRefusal, quadrant, onCast, onRetract, onRefused }: VoteItemCardProps) {
  const { t } = useTranslation();
  const cast = (): void => (castRefusal ? onRefused(castRefusal) : onCast());
  const retract = (): void => (retractRefusal ? onRefused(retractRefusal) : onRetract());
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    const run = CAST_KEYS.has(event.key) ? cast : RETRACT_KEYS.has(event.key) ? retract : null;
    if (!run) return;
    event.preventDefault();
    if (waiting) return;
    run();
  };
  return (
    <li className={own > 0 ? 'vote-card vote-card--chosen' : 'vote-card'} onKeyDown={onKeyDown}>
      <p className="vote-card__title">{item.title}</p>
      {quadrant ? <p className="vote-card__where">{quadrant}</p> : null}
      <div className="vote-card__dots">
        {own > 0 ? (
          <span className="vote-card__marks" aria-hidden="true">
            {Array.from({ length: own }, (_, i) => (
              <span key={i} className="vote-dot" />
            ))}
          </span>
        ) : null}
        <span className="vote-card__own">{t('voting.ownDots', { count: own, name: voterName })}</span>
      </div>
      <div className="vote-card__buttons">
        <button
          type="button"
          className="button button--small"
          aria-label={t('voting.retractLabel', { title: item.title })}
          disabled={waiting}
          aria-disabled={retractRefusal !== null || undefined}
          aria-keyshortcuts="-"
          title={retractRefusal ? t(`errors.${retractRefusal}`) : undefined}
          onClick={retract}
        >
          {t('voting.retract')}
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          aria-label={t('voting.castLabel', { title: item.title })}
          disabled={waiting}
          aria-disabled={castRefusal !== null || undefined}
          aria-keyshortcuts="Plus"
          title={castRefusal ? t(`errors.${castRefusal}`) : undefined}
          onClick={cast}
        >
          {t('voting.cast')}
        </button>
      </div>
    </li>
  );
}
