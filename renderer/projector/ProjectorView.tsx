/**
 * The room's shared screen for one workshop (a second window on the
 * projector, or a browser tab): the step the facilitator has open, large
 * and readable from the back of the room, with the room timer in the
 * corner. It follows `room.get` and edits nothing.
 */
import { type CSSProperties, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { isNotFound } from '../api/isNotFound';
import { useQuery } from '../api/useQuery';
import { useUnchanged } from '../api/useUnchanged';
import { paperCssVariables } from '../board/model/palette';
import { StageState } from './StageState';
import { ProjectorControls } from './ProjectorControls';
import { ProjectorStage } from './ProjectorStage';
import { ProjectorTimer } from './ProjectorTimer';
import { useEndTone } from './useEndTone';
import { useFullscreen } from './useFullscreen';
import './projector.css';

const PAPER_VARIABLES = paperCssVariables() as CSSProperties;

export function ProjectorView({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const workshopId = id as WorkshopId;
  const room = useQuery('room.get', { workshopId });
  const workshopQuery = useQuery('workshop.get', { id: workshopId });
  const workshop = useUnchanged(workshopQuery.data);
  const fullscreen = useFullscreen();
  const tone = useEndTone();
  const missing = isNotFound(workshopQuery.error) || isNotFound(room.error);
  useDocumentTitle(workshop ? t('projector.documentTitle', { title: workshop.title }) : missing ? t('workshop.notFoundTitle') : undefined);

  // The workshop page opens this tab with an opener only so the session (its
  // access token) is copied over; the projector has no use for the reference.
  useEffect(() => {
    window.opener = null;
  }, []);

  const view = room.data?.view;
  return (
    <main className="projector" style={PAPER_VARIABLES}>
      <div className="projector__bar">
        {workshop && view && view !== 'welcome' ? (
          <div className="projector__heading">
            <h1 className="projector__title">{workshop.title}</h1>
            <h2 className="projector__step">{t(`projector.views.${view}`)}</h2>
          </div>
        ) : null}
        <ProjectorControls fullscreen={fullscreen} tone={tone} workshopId={id} />
        {room.data ? <ProjectorTimer room={room.data} onEnd={tone.play} /> : null}
      </div>
      <div className="projector__stage">
        {missing ? (
          <h1 className="projector-empty">{t('workshop.notFoundTitle')}</h1>
        ) : workshop && room.data ? (
          <ProjectorStage view={room.data.view} workshop={workshop} clusterId={room.data.clusterId} roundId={room.data.roundId} />
        ) : (
          <StageState queries={[room, workshopQuery]} />
        )}
      </div>
    </main>
  );
}
