import { useTranslation } from 'react-i18next';
import type { PhoneRound } from '../../../shared/phone/schema';
import { itemLabel } from '../itemLabel';
import { dotControl } from '../screenFor';
import type { PhoneSession } from '../session';
import { ScreenFrame } from '../ScreenFrame';

export function VoteScreen({ round, act }: { readonly round: PhoneRound; readonly act: PhoneSession['act'] }) {
  const { t } = useTranslation();
  const vote = (itemId: PhoneRound['items'][number]['id'], change: 'add' | 'remove') => void act('phone.vote', { roundId: round.id, itemId, change });
  return (
    <ScreenFrame id="phone-vote" title={t('phone.vote.heading')}>
      <p className="phone-hint">{t('phone.vote.round', { number: round.number })}</p>
      <p className="phone-vote__left" role="status">
        {t('phone.vote.left', { count: round.remaining })}
      </p>
      {round.maxPerItem !== null ? <p className="phone-hint">{t('phone.vote.cap', { max: round.maxPerItem })}</p> : null}
      {round.items.length === 0 ? <p>{t('phone.vote.none')}</p> : null}
      <ul className="phone-vote">
        {round.items.map((item) => {
          const control = dotControl(round, item.id);
          const label = itemLabel(t, item.label);
          return (
            <li key={item.id} className="phone-vote__item">
              <p className="phone-vote__label">{label}</p>
              <div className="phone-vote__controls">
                <DotButton sign="−" label={t('phone.vote.remove', { label })} disabled={!control.canRemove} onPress={() => vote(item.id, 'remove')} />
                <span className="phone-vote__mine">
                  <span className="phone-vote__dots" aria-hidden="true">
                    {'●'.repeat(control.mine)}
                  </span>
                  <span>{t('phone.vote.mine', { count: control.mine })}</span>
                </span>
                <DotButton sign="+" primary label={t('phone.vote.add', { label })} disabled={!control.canAdd} onPress={() => vote(item.id, 'add')} />
              </div>
            </li>
          );
        })}
      </ul>
    </ScreenFrame>
  );
}

interface DotButtonProps {
  readonly sign: string;
  readonly label: string;
  readonly disabled: boolean;
  readonly primary?: boolean;
  readonly onPress: () => void;
}

/** A large + or −, named in words for screen readers (the sign alone says nothing of the item). */
function DotButton({ sign, label, disabled, primary = false, onPress }: DotButtonProps) {
  return (
    <button type="button" className={primary ? 'button button--primary phone-vote__button' : 'button phone-vote__button'} aria-label={label} disabled={disabled} onClick={onPress}>
      <span aria-hidden="true">{sign}</span>
    </button>
  );
}
