import fc from 'fast-check';
import { addDays } from '../calendar/holiday-calendar';
import { checkRosterTemplate, generateRoster, type PlannedShift, type RosterTemplate, shiftPersons, shiftSlots, type Unavailability } from './roster';
import { applySwap, checkSwap, type SwapRequest } from './swap';

const people = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

const template = (over: Partial<RosterTemplate> = {}): RosterTemplate => ({
  pattern: 'H24',
  dateFrom: '2026-03-01',
  dateTo: '2026-03-15',
  leaders: people('L', 3),
  staff: people('S', 5),
  staffPerShift: 2,
  dayStart: '08:30',
  nightStart: '17:30',
  ...over,
});

const generated = (t: RosterTemplate, unavailable: Unavailability[] = []): PlannedShift[] => {
  const r = generateRoster(t, unavailable);
  if (!r.ok) throw new Error(JSON.stringify(r.shortages));
  return r.shifts;
};

const counts = (shifts: PlannedShift[], pool: string[], pick: (s: PlannedShift) => string[]): number[] => pool.map((p) => shifts.filter((s) => pick(s).includes(p)).length);

describe('shift slots', () => {
  it('makes one 24-hour shift a day, handing over at the day start (China time)', () => {
    const slots = shiftSlots(template({ dateFrom: '2026-10-01', dateTo: '2026-10-02' }));
    expect(slots.map((s) => [s.date, s.type, s.startAt.toISOString(), s.endAt.toISOString()])).toEqual([
      ['2026-10-01', 'H24', '2026-10-01T00:30:00.000Z', '2026-10-02T00:30:00.000Z'],
      ['2026-10-02', 'H24', '2026-10-02T00:30:00.000Z', '2026-10-03T00:30:00.000Z'],
    ]);
  });

  it('makes a day and a night shift a day for DAY_NIGHT, the night ending the next morning', () => {
    const slots = shiftSlots(template({ pattern: 'DAY_NIGHT', dateFrom: '2026-10-01', dateTo: '2026-10-01' }));
    expect(slots.map((s) => [s.type, s.startAt.toISOString(), s.endAt.toISOString()])).toEqual([
      ['DAY', '2026-10-01T00:30:00.000Z', '2026-10-01T09:30:00.000Z'],
      ['NIGHT', '2026-10-01T09:30:00.000Z', '2026-10-02T00:30:00.000Z'],
    ]);
  });
});

describe('checkRosterTemplate', () => {
  it.each<[Partial<RosterTemplate>, string]>([
    [{ dateFrom: '2026-03-02', dateTo: '2026-03-01' }, '起始日期晚于结束日期'],
    [{ leaders: [] }, '至少选择一名带班领导'],
    [{ staffPerShift: 6 }, '只有 5 人'],
    [{ staff: ['S1', 'S1'], staffPerShift: 1 }, '重复'],
    [{ staff: ['L1', 'S2'] }, '既在带班领导名单又在值班人员名单'],
    [{ dayStart: '8:30' }, 'HH:MM'],
    [{ pattern: 'DAY_NIGHT', nightStart: '08:00' }, '夜班开始时间应晚于白班'],
    [{ dateTo: '2026-12-31' }, '最长 92 天'],
  ])('refuses %j: %s', (over, message) => {
    expect(checkRosterTemplate(template(over))).toContain(message);
    expect(() => generateRoster(template(over))).toThrow(message);
  });

  it('accepts a valid template and a roster without staff (leader only)', () => {
    expect(checkRosterTemplate(template())).toBeNull();
    expect(generated(template({ staff: [], staffPerShift: 0 })).every((s) => s.staffIds.length === 0)).toBe(true);
  });
});

describe('generateRoster', () => {
  it('rotates fairly and gives nobody two shifts in a row when the pool allows', () => {
    const shifts = generated(template());
    expect(shifts).toHaveLength(15);
    expect(shifts.map((s) => s.leaderId).slice(0, 6)).toEqual(['L1', 'L2', 'L3', 'L1', 'L2', 'L3']);
    for (let i = 1; i < shifts.length; i++) {
      const before = new Set(shiftPersons(shifts[i - 1]));
      expect(shiftPersons(shifts[i]).filter((p) => before.has(p))).toEqual([]);
    }
  });

  const arbitraryTemplate = fc
    .record({
      pattern: fc.constantFrom<'H24' | 'DAY_NIGHT'>('H24', 'DAY_NIGHT'),
      days: fc.integer({ min: 1, max: 40 }),
      leaders: fc.integer({ min: 1, max: 6 }),
      staff: fc.integer({ min: 0, max: 9 }),
      perShift: fc.integer({ min: 0, max: 4 }),
    })
    .filter((r) => r.perShift <= r.staff)
    .map((r) =>
      template({ pattern: r.pattern, dateTo: addDays('2026-03-01', r.days - 1), leaders: people('L', r.leaders), staff: people('S', r.staff), staffPerShift: r.perShift }),
    );

  it('fairness: with nobody unavailable, max − min shifts per person ≤ 1 in each pool (property)', () => {
    fc.assert(
      fc.property(arbitraryTemplate, (t) => {
        const shifts = generated(t);
        const leaderCounts = counts(shifts, [...t.leaders], (s) => [s.leaderId]);
        const staffCounts = counts(shifts, [...t.staff], (s) => s.staffIds);
        expect(Math.max(...leaderCounts) - Math.min(...leaderCounts)).toBeLessThanOrEqual(1);
        if (staffCounts.length > 0) expect(Math.max(...staffCounts) - Math.min(...staffCounts)).toBeLessThanOrEqual(1);
        expect(shifts).toHaveLength(shiftSlots(t).length);
        expect(shifts.every((s) => s.staffIds.length === t.staffPerShift && new Set(shiftPersons(s)).size === t.staffPerShift + 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('unavailability is respected: nobody is rostered on a day they declared (property)', () => {
    fc.assert(
      fc.property(
        arbitraryTemplate,
        fc.array(fc.record({ who: fc.integer({ min: 0, max: 14 }), from: fc.integer({ min: 0, max: 40 }), len: fc.integer({ min: 0, max: 5 }) }), { maxLength: 6 }),
        (t, raw) => {
          const everyone = [...t.leaders, ...t.staff];
          const unavailable = raw.map((u) => ({ personId: everyone[u.who % everyone.length], from: addDays('2026-03-01', u.from), to: addDays('2026-03-01', u.from + u.len) }));
          const result = generateRoster(t, unavailable);
          if (!result.ok) {
            // A shortage is only reported when the pool really lacks free people that day.
            for (const s of result.shortages) expect(s.available).toBeLessThan(s.needed);
            return;
          }
          for (const s of result.shifts) {
            for (const p of shiftPersons(s)) expect(unavailable.some((u) => u.personId === p && u.from <= s.date && s.date <= u.to)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names every day it cannot fill instead of leaving a gap', () => {
    const result = generateRoster(template({ dateTo: '2026-03-03', leaders: ['L1'] }), [{ personId: 'L1', from: '2026-03-02', to: '2026-03-02' }]);
    expect(result).toEqual({ ok: false, shortages: [{ date: '2026-03-02', type: 'H24', role: 'LEADER', needed: 1, available: 0 }] });
  });

  it('lets someone back from leave catch up, so the totals even out', () => {
    const shifts = generated(template({ dateTo: '2026-03-12', leaders: ['L1', 'L2', 'L3'] }), [{ personId: 'L1', from: '2026-03-01', to: '2026-03-06' }]);
    expect(shifts.slice(0, 6).map((s) => s.leaderId)).not.toContain('L1');
    expect(counts(shifts, ['L1', 'L2', 'L3'], (s) => [s.leaderId])).toEqual([4, 4, 4]);
  });
});

describe('swaps keep coverage', () => {
  const withIds = (shifts: PlannedShift[]) => shifts.map((s, i) => ({ ...s, id: `shift-${i}` }));

  it('refuses an impossible swap with the reason', () => {
    const shifts = withIds(generated(template({ dateTo: '2026-03-03' })));
    const [a, b] = shifts;
    const base = { shiftId: a.id, fromPersonId: a.staffIds[0] };
    expect(checkSwap(shifts, { kind: 'SUBSTITUTE', ...base, toPersonId: a.staffIds[0] })).toContain('同一人');
    expect(checkSwap(shifts, { kind: 'SUBSTITUTE', ...base, toPersonId: a.leaderId })).toContain('已在该班次上');
    expect(checkSwap(shifts, { kind: 'SUBSTITUTE', shiftId: a.id, fromPersonId: 'nobody', toPersonId: 'S9' })).toContain('不在该班次上');
    expect(checkSwap(shifts, { kind: 'SUBSTITUTE', ...base, toPersonId: 'S5' }, [{ personId: 'S5', from: a.date, to: a.date }])).toContain('不能值班');
    expect(checkSwap(shifts, { kind: 'EXCHANGE', ...base, toPersonId: 'S5', counterpartShiftId: b.id })).toContain('不在对应班次上');
    expect(() => applySwap(shifts, { kind: 'SUBSTITUTE', shiftId: 'none', fromPersonId: 'S1', toPersonId: 'S2' })).toThrow('班次不存在');
  });

  it('every allowed swap keeps each shift manned with the same number of people and a leader (property)', () => {
    const shifts = withIds(generated(template({ pattern: 'DAY_NIGHT', dateTo: '2026-03-07' })));
    const everyone = [...people('L', 3), ...people('S', 5), 'X1'];
    fc.assert(
      fc.property(
        fc.record({ kind: fc.constantFrom<'SUBSTITUTE' | 'EXCHANGE'>('SUBSTITUTE', 'EXCHANGE'), shift: fc.nat(13), other: fc.nat(13), from: fc.nat(8), to: fc.nat(8) }),
        (r) => {
          const shift = shifts[r.shift];
          const persons = shiftPersons(shift);
          const fromPersonId = persons[r.from % persons.length];
          const request: SwapRequest =
            r.kind === 'SUBSTITUTE'
              ? { kind: 'SUBSTITUTE', shiftId: shift.id, fromPersonId, toPersonId: everyone[r.to] }
              : { kind: 'EXCHANGE', shiftId: shift.id, fromPersonId, toPersonId: everyone[r.to], counterpartShiftId: shifts[r.other].id };
          if (checkSwap(shifts, request)) return;
          const after = applySwap(shifts, request);
          expect(after).toHaveLength(shifts.length);
          after.forEach((s, i) => {
            expect(s.staffIds).toHaveLength(shifts[i].staffIds.length);
            expect(new Set(shiftPersons(s)).size).toBe(shiftPersons(s).length);
            expect(s.startAt).toBe(shifts[i].startAt);
          });
          expect(shiftPersons(after[r.shift])).toContain(request.toPersonId);
          expect(shiftPersons(after[r.shift])).not.toContain(fromPersonId);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('an exchange trades the two shifts', () => {
    const shifts = withIds(generated(template({ dateTo: '2026-03-03' })));
    const [a, , c] = shifts;
    const after = applySwap(shifts, { kind: 'EXCHANGE', shiftId: a.id, fromPersonId: a.leaderId, toPersonId: c.leaderId, counterpartShiftId: c.id });
    expect(after[0].leaderId).toBe(c.leaderId);
    expect(after[2].leaderId).toBe(a.leaderId);
  });
});
