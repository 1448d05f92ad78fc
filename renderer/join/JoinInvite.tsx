import { useTranslation } from 'react-i18next';
import type { JoinStatus } from '../../shared/join/schema';
import { QrCode } from './QrCode';

export type JoinInviteProps = Pick<Extract<JoinStatus, { on: true }>, 'joinUrl' | 'url' | 'code'> & {
  /** The panel on the facilitator's laptop, or the room's screen. */
  readonly size: 'panel' | 'projector';
};

/** How a phone gets in: the QR (address and code in one), and beside it the same two in text to type. */
export function JoinInvite({ joinUrl, url, code, size }: JoinInviteProps) {
  const { t } = useTranslation();
  return (
    <div className={`join-invite join-invite--${size}`}>
      <QrCode className="join-invite__qr" text={joinUrl} label={t('join.invite.qr', { url, code })} />
      <dl className="join-invite__text">
        <dt>{t('join.invite.address')}</dt>
        <dd className="join-invite__url">{url}</dd>
        <dt>{t('join.invite.code')}</dt>
        <dd className="join-invite__code">{code}</dd>
      </dl>
    </div>
  );
}
