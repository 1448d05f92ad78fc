import { useTranslation } from 'react-i18next';
import type { VoteRefusal } from '../../shared/voting/rules';
import type { WorkshopItem } from '../matrix/workshopItems';

export interface VoteItemCardProps {
  readonly item: WorkshopItem;
  readonly voterName: string;
  /** Dots the current voter has on this item. */
  readonly own: number;
  /** Why a dot may not be added or taken back now (from the shared rules), or null. */
  readonly castRefusal: VoteRefusal | null;
  readonly retractRefusal: VoteRefusal | null;
  readonly quadrant: string | null;
  readonly onCast: () => void;
  readonly onRetract: () => void;
  readonly onRefused: (refusal: VoteRefusal) => void;
}

/**
 * One votable item. Buttons the rules forbid stay focusable (aria-disabled)
 * so a keyboard user is not thrown off the card when the last dot is used;
 * pressing one says why instead.
 */
export function VoteItemCard({ item, voterName, own, castRefusal, retractRefusal, quadrant, onCast, onRetract, onRefused }: VoteItemCardProps) {
  const { t } = useTranslation();
  return (
    <li className={own > 0 ? 'vote-card vote-card--chosen' : 'vote-card'}>
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
          aria-disabled={retractRefusal !== null || undefined}
          title={retractRefusal ? t(`errors.${retractRefusal}`) : undefined}
          onClick={() => (retractRefusal ? onRefused(retractRefusal) : onRetract())}
        >
          {t('voting.retract')}
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          aria-label={t('voting.castLabel', { title: item.title })}
          aria-disabled={castRefusal !== null || undefined}
          title={castRefusal ? t(`errors.${castRefusal}`) : undefined}
          onClick={() => (castRefusal ? onRefused(castRefusal) : onCast())}
        >
          {t('voting.cast')}
        </button>
      </div>
    </li>
  );
}
