import { useTranslation } from 'react-i18next';
import type { PhoneRound } from '../../../shared/phone/schema';
import { dotControl } from '../screenFor';
import type { PhoneSession } from '../session';

export function VoteScreen({ round, busy, act }: { readonly round: PhoneRound; readonly busy: boolean; readonly act: PhoneSession['act'] }) {
  const { t } = useTranslation();
  const vote = (itemId: PhoneRound['items'][number]['id'], change: 'add' | 'remove') => void act('phone.vote', { roundId: round.id, itemId, change });
  return (
    <section className="phone-screen" aria-labelledby="phone-vote-heading">
      <h1 id="phone-vote-heading" tabIndex={-1}>
        {t('phone.vote.heading')}
      </h1>
      <p className="phone-hint">{t('phone.vote.round', { number: round.number })}</p>
      <p className="phone-vote__left" role="status">
        {t('phone.vote.left', { count: round.remaining })}
      </p>
      {round.maxPerItem !== null ? <p className="phone-hint">{t('phone.vote.cap', { max: round.maxPerItem })}</p> : null}
      {round.items.length === 0 ? <p>{t('phone.vote.none')}</p> : null}
      <ul className="phone-vote">
        {round.items.map((item) => {
          const control = dotControl(round, item.id);
          return (
            <li key={item.id} className="phone-vote__item">
              <p className="phone-vote__label">{item.label}</p>
              <div className="phone-vote__controls">
                <button
                  type="button"
                  className="button phone-vote__button"
                  aria-label={t('phone.vote.remove', { label: item.label })}
                  disabled={busy || !control.canRemove}
                  onClick={() => vote(item.id, 'remove')}
                >
                  <span aria-hidden="true">−</span>
                </button>
                <span className="phone-vote__mine">
                  <span className="phone-vote__dots" aria-hidden="true">
                    {'●'.repeat(control.mine)}
                  </span>
                  <span>{t('phone.vote.mine', { count: control.mine })}</span>
                </span>
                <button
                  type="button"
                  className="button button--primary phone-vote__button"
                  aria-label={t('phone.vote.add', { label: item.label })}
                  disabled={busy || !control.canAdd}
                  onClick={() => vote(item.id, 'add')}
                >
                  <span aria-hidden="true">+</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
