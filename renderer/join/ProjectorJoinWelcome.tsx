import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../shared/workshop/schema';
import { ProjectorWelcome } from '../projector/ProjectorWelcome';
import { JoinInvite } from './JoinInvite';
import { useJoinStatus } from './useJoinStatus';
import './join.css';

/**
 * The room's welcome, with the invitation beside the title while joining is
 * on for this workshop. A session that cannot be read (this process has no
 * listener) simply leaves the welcome as it is: the room is not the place
 * for that error, the facilitator's panel is.
 */
export function ProjectorJoinWelcome({ workshop }: { readonly workshop: Workshop }) {
  const { t } = useTranslation();
  const { data } = useJoinStatus(workshop.id);
  const joinSlot = data?.on ? (
    <section className="projector-join" aria-labelledby="projector-join-title">
      <h2 id="projector-join-title" className="projector-join__title">
        {t('projector.join.title')}
      </h2>
      <JoinInvite joinUrl={data.joinUrl} url={data.url} code={data.code} size="projector" />
      <p className="projector-join__how">{data.locked ? t('projector.join.locked') : t('projector.join.how')}</p>
    </section>
  ) : undefined;
  return <ProjectorWelcome workshop={workshop} joinSlot={joinSlot} />;
}
