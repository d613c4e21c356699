import { HOTSPOT_ACTIONS, HOTSPOT_STATUSES, type HotspotStatus, ROLES } from '@julu/contracts';
import fc from 'fast-check';
import { checkHotspotAction, DUE_SOON_DAYS, hotspotColour, isWeekStart, permittedHotspotActions, weekStartOf } from './hotspot-lifecycle';

describe('hotspot lifecycle', () => {
  it('walks 未化解 → 化解中 → 申请销号 → 批准销号 (已化解)', () => {
    let status: HotspotStatus = 'UNRESOLVED';
    let requested = false;
    for (const [action, role] of [
      ['START', 'TOWNSHIP_OFFICER'],
      ['REQUEST_CLOSE', 'TOWNSHIP_OFFICER'],
      ['APPROVE_CLOSE', 'SUPERVISOR'],
    ] as const) {
      const r = checkHotspotAction(action, status, requested, role);
      if (!r.allowed) throw new Error(r.reason);
      status = r.to;
      requested = r.closeRequested;
    }
    expect(status).toBe('RESOLVED');
    expect(requested).toBe(false);
  });

  it('销号 needs a pending request and a bureau leader', () => {
    expect(checkHotspotAction('APPROVE_CLOSE', 'RESOLVING', false, 'SUPERVISOR')).toMatchObject({ allowed: false, status: 409 });
    expect(checkHotspotAction('APPROVE_CLOSE', 'RESOLVING', true, 'TOWNSHIP_OFFICER')).toMatchObject({ allowed: false, status: 403 });
    expect(checkHotspotAction('REQUEST_CLOSE', 'RESOLVING', true, 'TOWNSHIP_OFFICER')).toMatchObject({ allowed: false, status: 409 });
    expect(checkHotspotAction('REJECT_CLOSE', 'STABILIZED', true, 'ADMIN')).toEqual({ allowed: true, to: 'STABILIZED', closeRequested: false });
  });

  it.each([
    ['START', 'UNRESOLVED', 'RESOLVING'],
    ['STABILIZE', 'RESOLVING', 'STABILIZED'],
    ['TO_BACKLOG', 'RESOLVING', 'BACKLOG'],
    ['SUSPEND', 'UNRESOLVED', 'SUSPENDED'],
    ['RESUME', 'SUSPENDED', 'RESOLVING'],
  ] as const)('%s from %s leads to %s', (action, from, to) => {
    expect(checkHotspotAction(action, from, false, 'SUPERVISOR')).toMatchObject({ allowed: true, to });
  });

  it('final states accept no action; 中止 only resumes', () => {
    for (const role of ROLES) {
      expect(permittedHotspotActions('RESOLVED', false, role)).toEqual([]);
      expect(permittedHotspotActions('BACKLOG', false, role)).toEqual([]);
      expect(permittedHotspotActions('SUSPENDED', false, role)).toEqual(['RESUME']);
    }
  });

  it('never moves out of a final state, whatever the action and role (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HOTSPOT_ACTIONS),
        fc.constantFrom('RESOLVED', 'BACKLOG') as fc.Arbitrary<HotspotStatus>,
        fc.boolean(),
        fc.constantFrom(...ROLES),
        (action, status, requested, role) => {
          expect(checkHotspotAction(action, status, requested, role).allowed).toBe(false);
        },
      ),
    );
  });

  it('a permitted action is always allowed by the check, and leads to a known status (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOTSPOT_STATUSES), fc.boolean(), fc.constantFrom(...ROLES), (status, requested, role) => {
        for (const action of permittedHotspotActions(status, requested, role)) {
          const r = checkHotspotAction(action, status, requested, role);
          expect(r.allowed).toBe(true);
          if (r.allowed) expect(HOTSPOT_STATUSES).toContain(r.to);
        }
      }),
    );
  });
});

describe('hotspot deadline colour', () => {
  it.each([
    ['RESOLVED', '2026-01-01', '2026-03-01', 'GREEN'],
    ['STABILIZED', '2026-01-01', '2026-03-01', 'GREEN'],
    ['BACKLOG', '2026-01-01', '2026-03-01', 'GREEN'],
    ['SUSPENDED', '2026-01-01', '2026-03-01', 'GREY'],
    ['RESOLVING', '2026-03-01', '2026-03-02', 'RED'],
    ['UNRESOLVED', '2026-03-01', '2026-03-01', 'YELLOW'],
    ['RESOLVING', '2026-03-08', '2026-03-01', 'YELLOW'],
    ['RESOLVING', '2026-03-09', '2026-03-01', 'NONE'],
  ] as const)('%s due %s on %s is %s', (status, deadline, today, colour) => {
    expect(hotspotColour(status, deadline, today)).toBe(colour);
  });

  it('open hotspots are red exactly when past the deadline (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 60 }), (offset) => {
        const today = '2026-06-15';
        const deadline = new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
        const colour = hotspotColour('RESOLVING', deadline, today);
        expect(colour === 'RED').toBe(offset < 0);
        expect(colour === 'YELLOW').toBe(offset >= 0 && offset <= DUE_SOON_DAYS);
      }),
    );
  });
});

describe('weekly 排查 week keys', () => {
  it.each([
    ['2026-03-16', '2026-03-16'],
    ['2026-03-18', '2026-03-16'],
    ['2026-03-22', '2026-03-16'],
    ['2026-01-01', '2025-12-29'],
  ])('%s lies in the week of %s', (date, monday) => {
    expect(weekStartOf(date)).toBe(monday);
  });

  it('recognises Mondays only', () => {
    expect(isWeekStart('2026-03-16')).toBe(true);
    expect(isWeekStart('2026-03-17')).toBe(false);
    expect(isWeekStart('16/03/2026')).toBe(false);
  });
});
