import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgenda, carryOver, isOverdue, localDate, progressOf, type AgendaActivity } from './rules';
import { activityStatuses, healthValues, type ActivityStatus } from './schema';

const TODAY = '2027-03-15';
const date = fc.date({ min: new Date('2026-01-01T12:00:00Z'), max: new Date('2028-12-31T12:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const status = fc.constantFrom(...activityStatuses);
const activity = fc.record({ id: fc.uuid(), due: fc.option(date, { nil: null }), status, health: fc.constantFrom(...healthValues) });

describe('isOverdue', () => {
  it('is late only when the due date has passed and the work is not klar or struken', () => {
    expect(isOverdue({ due: '2027-03-14', status: 'pagar' }, TODAY)).toBe(true);
    expect(isOverdue({ due: '2027-03-14', status: 'pausad' }, TODAY)).toBe(true);
    expect(isOverdue({ due: TODAY, status: 'ej_paborjad' }, TODAY)).toBe(false);
    expect(isOverdue({ due: '2027-03-14', status: 'klar' }, TODAY)).toBe(false);
    expect(isOverdue({ due: '2027-03-14', status: 'struken' }, TODAY)).toBe(false);
    expect(isOverdue({ due: null, status: 'pagar' }, TODAY)).toBe(false);
  });

  it('agrees with comparing the dates for any activity and day', () => {
    fc.assert(
      fc.property(activity, date, (a, today) => {
        const expected = a.due !== null && new Date(a.due) < new Date(today) && !['klar', 'struken'].includes(a.status);
        expect(isOverdue(a, today)).toBe(expected);
      }),
    );
  });
});

describe('progressOf', () => {
  it('counts klar against everything but struken and pausad, and says how', () => {
    const statuses: ActivityStatus[] = ['klar', 'klar', 'pagar', 'ej_paborjad', 'struken', 'pausad'];
    expect(progressOf(statuses.map((s) => ({ status: s })))).toEqual({ counted: 4, done: 2, struck: 1, paused: 1, total: 6, ratio: 0.5 });
  });

  it('has no figure when nothing counts', () => {
    expect(progressOf([])).toMatchObject({ counted: 0, ratio: null });
    expect(progressOf([{ status: 'struken' }, { status: 'pausad' }])).toMatchObject({ counted: 0, ratio: null, total: 2 });
  });

  it('always adds up, stays within 0..1, and ignores struken and pausad entirely', () => {
    fc.assert(
      fc.property(fc.array(status), fc.array(fc.constantFrom<ActivityStatus>('struken', 'pausad')), (statuses, extra) => {
        const p = progressOf(statuses.map((s) => ({ status: s })));
        expect(p.counted + p.struck + p.paused).toBe(p.total);
        expect(p.done).toBeLessThanOrEqual(p.counted);
        if (p.ratio !== null) expect(p.ratio).toBeGreaterThanOrEqual(0);
        if (p.ratio !== null) expect(p.ratio).toBeLessThanOrEqual(1);
        const withExtra = progressOf([...statuses, ...extra].map((s) => ({ status: s })));
        expect(withExtra.ratio).toBe(p.ratio);
      }),
    );
  });
});

describe('buildAgenda', () => {
  const a = (id: string, fields: Partial<AgendaActivity> = {}): AgendaActivity => ({ id, due: null, status: 'ej_paborjad', health: 'gron', ...fields });

  it('lists parked free text first, then parked, red, overdue and ongoing activities in plan order', () => {
    const activities = [
      a('quiet'),
      a('late', { due: '2027-03-01' }),
      a('ongoing', { status: 'pagar' }),
      a('red', { health: 'rod', status: 'pagar', due: '2027-01-01' }),
      a('parked', { status: 'klar' }),
      a('struck-red', { health: 'rod', status: 'struken' }),
    ];
    const agenda = buildAgenda(activities, [{ activityId: null, text: 'Lokalerna' }, { activityId: 'parked', text: 'Återkoppla' }], TODAY);
    expect(agenda).toEqual([
      { activityId: null, texts: ['Lokalerna'], reasons: ['parked'] },
      { activityId: 'late', texts: [], reasons: ['overdue'] },
      { activityId: 'ongoing', texts: [], reasons: ['open'] },
      { activityId: 'red', texts: [], reasons: ['red', 'overdue', 'open'] },
      { activityId: 'parked', texts: ['Återkoppla'], reasons: ['parked'] },
    ]);
  });

  it('keeps plan order, lists an activity at most once, and is the same for the same input', () => {
    fc.assert(
      fc.property(fc.uniqueArray(activity, { selector: (x) => x.id }), date, (activities, today) => {
        const parked = activities.filter((_, i) => i % 3 === 0).map((x) => ({ activityId: x.id, text: '' }));
        const agenda = buildAgenda(activities, parked, today);
        const ids = agenda.map((e) => e.activityId);
        expect(new Set(ids).size).toBe(ids.length);
        const order = ids.map((id) => activities.findIndex((x) => x.id === id));
        expect(order).toEqual([...order].sort((x, y) => x - y));
        expect(buildAgenda(activities, parked, today)).toEqual(agenda);
        for (const x of activities) {
          const due = isOverdue(x, today) || x.status === 'pagar' || (x.health === 'rod' && x.status !== 'struken') || x.id === parked.find((p) => p.activityId === x.id)?.activityId;
          expect(ids.includes(x.id)).toBe(due);
        }
      }),
    );
  });
});

describe('carryOver', () => {
  const agenda = [
    { activityId: null, texts: ['Lokalerna'], reasons: ['parked' as const] },
    { activityId: 'a', texts: [], reasons: ['open' as const] },
    { activityId: 'b', texts: [], reasons: ['overdue' as const] },
    { activityId: 'c', texts: [], reasons: ['red' as const] },
  ];

  it('hands over what was parked and the agenda activities not reached, unless let go', () => {
    const parked = [
      { activityId: null, text: 'Bjud in vårdcentralen' },
      { activityId: 'c', text: 'Ta upp budget' },
      { activityId: 'c', text: 'och bemanning' },
    ];
    expect(carryOver(agenda, parked, new Set(['a']), new Set(['b']))).toEqual([
      { activityId: null, texts: ['Bjud in vårdcentralen'] },
      { activityId: 'c', texts: ['Ta upp budget', 'och bemanning'] },
    ]);
    expect(carryOver(agenda, [], new Set(['a']))).toEqual([
      { activityId: 'b', texts: [] },
      { activityId: 'c', texts: [] },
    ]);
  });

  it('does not carry earlier free-text agenda items by itself: only what is parked again goes on', () => {
    expect(carryOver(agenda, [], new Set(['a', 'b', 'c']))).toEqual([]);
  });
});

describe('localDate', () => {
  it('gives the calendar date in the local time zone', () => {
    expect(localDate(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });
});
