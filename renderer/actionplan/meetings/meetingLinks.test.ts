import { describe, expect, it } from 'vitest';
import type { PlanView } from '../../../shared/actionplan/schema';
import { meetingCrumbs, meetingName, planHref, protocolSource } from './meetingLinks';

const planId = '0b6f1c7e-3f7a-4a57-9a0e-2a4c1f9d8e11';
const programmeId = '1c7f2d8e-4a8b-4b68-8b1f-3b5d2e0a9f22';
const plan = { plan: { id: planId, programmeId, title: 'Handlingsplan Karlskrona' }, programmeName: 'LOS Karlskrona' } as unknown as PlanView;
const t = (key: string) => `[${key}]`;

describe('meeting links', () => {
  it('lead from programmes through the plan to its meetings, the current page unlinked', () => {
    expect(meetingCrumbs(t, 'sv', plan)).toEqual([
      { label: '[nav.programmes]', href: '#/' },
      { label: 'LOS Karlskrona', href: `#/programme/${programmeId}` },
      { label: 'Handlingsplan Karlskrona', href: `#/plan/${planId}` },
      { label: '[meetings.heading]' },
    ]);
    expect(meetingCrumbs(t, 'sv', plan, { date: '2027-03-15' }).slice(3)).toEqual([
      { label: '[meetings.heading]', href: `#/plan/${planId}/meetings` },
      { label: '15 mars 2027' },
    ]);
  });

  it('name a meeting by its title, or by its date in the UI language', () => {
    expect(meetingName({ title: 'Uppföljning mars', date: '2027-03-15' }, 'sv')).toBe('Uppföljning mars');
    expect(meetingName({ title: '', date: '2027-03-15' }, 'en')).toBe('March 15, 2027');
  });

  it('point at the plan page and name where a protokoll comes from', () => {
    expect(planHref(planId)).toBe(`#/plan/${planId}`);
    expect(protocolSource(plan)).toBe('Handlingsplan Karlskrona · LOS Karlskrona');
  });
});
