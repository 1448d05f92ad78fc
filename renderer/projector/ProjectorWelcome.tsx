import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../shared/workshop/schema';
import { useQuery } from '../api/useQuery';
import { WorkshopWhen } from '../workshops/WorkshopWhen';

export interface ProjectorWelcomeProps {
  readonly workshop: Workshop;
  /** How participants join from their own devices (issue 12: a QR code and the address), beside the title. */
  readonly joinSlot?: ReactNode;
}

/** What the room sees while the facilitator is elsewhere (the participant list): the workshop, its programme and date. */
export function ProjectorWelcome({ workshop, joinSlot }: ProjectorWelcomeProps) {
  const { t } = useTranslation();
  const programme = useQuery('programme.get', { id: workshop.programmeId });
  return (
    <section className={joinSlot ? 'projector-welcome projector-welcome--with-join' : 'projector-welcome'} aria-labelledby="projector-welcome-title">
      <div className="projector-welcome__text">
        <p className="projector-welcome__programme">{programme.data?.name ?? ''}</p>
        <h1 id="projector-welcome-title" className="projector-welcome__title">
          {workshop.title}
        </h1>
        {workshop.date ? (
          <p className="projector-welcome__date">
            <WorkshopWhen date={workshop.date} />
          </p>
        ) : null}
        <p className="projector-welcome__lead">{t('projector.welcome.lead')}</p>
      </div>
      {joinSlot ? <div className="projector-welcome__join">{joinSlot}</div> : null}
    </section>
  );
}
