import { useTranslation } from 'react-i18next';
import type { JoinStatus } from '../../shared/join/schema';
import { useQuery } from '../api/useQuery';
import { pageHeading } from '../common/Dialog';
import { type Route, routeHref } from '../app/router';
import { StopJoiningButton } from './StopJoiningButton';
import './join.css';

type On = Extract<JoinStatus, { on: true }>;

/**
 * In the app's header, wherever the facilitator is but on the workshop page
 * that has its own controls: phones can still reach this laptop, for which
 * workshop, how many are in, the way back there and a way to stop it here.
 */
export function JoiningIndicator({ route }: { readonly route: Route }) {
  const current = useQuery('join.current', {});
  const session = current.data?.on ? current.data : undefined;
  if (!session || (route.view === 'workshop' && route.id === session.workshopId)) return null;
  return <RunningSession status={session} />;
}

function RunningSession({ status }: { readonly status: On }) {
  const { t } = useTranslation();
  const workshop = useQuery('workshop.get', { id: status.workshopId });
  const title = workshop.data?.title;
  if (title === undefined) return null;
  return (
    <div className="join-indicator">
      <a className="join-indicator__link" href={routeHref({ view: 'workshop', id: status.workshopId })}>
        <span className="join-indicator__title">{t('join.indicator.title', { title })}</span>{' '}
        <span className="join-indicator__count">{t('join.indicator.devices', { count: status.devices.length })}</span>
      </a>
      <StopJoiningButton
        status={status}
        className="button button--small button--header"
        label={{ text: t('join.indicator.stop'), name: t('join.indicator.stopNamed', { title }) }}
        returnFocus="heading"
        onStopped={() => pageHeading()?.focus()}
      />
    </div>
  );
}
