import type { PlanView } from '../../../shared/actionplan/schema';
import { routeHref } from '../../app/router';
import type { Crumb } from '../../common/Breadcrumbs';
import { formatCalendarDate } from '../../common/format';
import type { Translate } from '../../i18n/translate';

/** The plan page's address; its route belongs to the plan page itself. */
export function planHref(planId: string): string {
  return routeHref({ view: 'plan', id: planId });
}

/** Programmes › programme › plan › Uppföljningsmöten, then the meeting when one is shown. */
export function meetingCrumbs(t: Translate, language: string, plan: PlanView, meeting?: { readonly date: string }): Crumb[] {
  const list = t('meetings.heading');
  return [
    { label: t('nav.programmes'), href: '#/' },
    { label: plan.programmeName, href: routeHref({ view: 'programme', id: plan.plan.programmeId }) },
    { label: plan.plan.title, href: planHref(plan.plan.id) },
    meeting ? { label: list, href: routeHref({ view: 'planMeetings', planId: plan.plan.id }) } : { label: list },
    ...(meeting ? [{ label: formatCalendarDate(meeting.date, language) }] : []),
  ];
}

/** A meeting's name in lists and messages: its own title, or the date it is held. */
export function meetingName(meeting: { readonly title: string; readonly date: string }, language: string): string {
  return meeting.title || formatCalendarDate(meeting.date, language);
}

/** "Handlingsplan Karlskrona · LOS Karlskrona": where a protokoll comes from. */
export function protocolSource(plan: PlanView): string {
  return `${plan.plan.title} · ${plan.programmeName}`;
}
