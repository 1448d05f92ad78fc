import { MeetingPage } from '../actionplan/meetings/MeetingPage';
import { MeetingsPage } from '../actionplan/meetings/MeetingsPage';
import { PlanPage } from '../actionplan/PlanPage';
import { PlanReportView } from '../actionplan/report/PlanReportView';
import { BoardView } from '../board/BoardView';
import { DataView } from '../data/DataView';
import { MapPage } from '../processmap/MapPage';
import { MapPrintView } from '../processmap/export/MapPrintView';
import { ComparePage } from '../processmap/compare/ComparePage';
import { ProgrammeView } from '../programmes/ProgrammeView';
import { ProjectorView } from '../projector/ProjectorView';
import { RegisterPage } from '../risks/RegisterPage';
import { RiskReportView } from '../risks/report/RiskReportView';
import { StartView } from '../programmes/StartView';
import type { Route } from './router';

export function RouteView({ route }: { readonly route: Route }) {
  switch (route.view) {
    case 'start':
      return <StartView />;
    case 'programme':
      return <ProgrammeView key={route.id} id={route.id} />;
    case 'workshop':
      return <BoardView key={route.id} id={route.id} tab={route.tab} />;
    case 'planMeetings':
      return <MeetingsPage key={route.planId} planId={route.planId} />;
    case 'planMeeting':
      return <MeetingPage key={route.meetingId} planId={route.planId} meetingId={route.meetingId} />;
    case 'data':
      return <DataView />;
    case 'plan':
      return <PlanPage key={route.id} id={route.id} activity={route.activity} />;
    case 'planReport':
      return <PlanReportView key={route.planId} planId={route.planId} />;
    case 'register':
      return <RegisterPage key={route.id} id={route.id} />;
    case 'registerReport':
      return <RiskReportView key={route.registerId} registerId={route.registerId} />;
    case 'map':
      return <MapPage key={route.id} id={route.id} />;
    case 'mapPrint':
      return <MapPrintView key={route.mapId} mapId={route.mapId} />;
    case 'mapCompare':
      return <ComparePage key={route.mapId} mapId={route.mapId} />;
    case 'projector':
      return <ProjectorView key={route.id} id={route.id} />;
  }
}
