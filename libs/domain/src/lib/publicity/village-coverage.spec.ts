import fc from 'fast-check';
import { type CoverageVillage, countCoverage, coverageByTownship, doneToPlan } from './village-coverage';

const v = (id: string, townshipId: string, timesReached: number, plannedTimes: number | null = null, type: CoverageVillage['type'] = 'VILLAGE'): CoverageVillage => ({
  id,
  townshipId,
  type,
  timesReached,
  plannedTimes,
});

describe('publicity coverage of 行政村 (DOMAIN.md §6.2)', () => {
  it('counts villages reached over the villages of the tree, leaving communities out of the ratio', () => {
    const c = countCoverage([v('a', 't', 1), v('b', 't', 0), v('c', 't', 2), v('d', 't', 0), v('s1', 't', 3, null, 'COMMUNITY'), v('s2', 't', 0, null, 'COMMUNITY')]);
    expect(c).toEqual({ villages: 4, villagesReached: 2, coverage: 0.5, villagesPlanned: 0, villagesDoneToPlan: 2, completion: 0.5, communitiesReached: 1 });
  });

  it('has no ratio for a township with no 行政村 on record', () => {
    expect(countCoverage([v('s', 't', 1, null, 'COMMUNITY')])).toMatchObject({ villages: 0, coverage: null, completion: null, communitiesReached: 1 });
  });

  it('judges completion against the annual plan', () => {
    expect(doneToPlan({ timesReached: 1, plannedTimes: 2 })).toBe(false);
    expect(doneToPlan({ timesReached: 2, plannedTimes: 2 })).toBe(true);
    expect(doneToPlan({ timesReached: 0, plannedTimes: null })).toBe(false);
    expect(doneToPlan({ timesReached: 1, plannedTimes: null })).toBe(true);
    const c = countCoverage([v('a', 't', 1, 2), v('b', 't', 2, 2), v('c', 't', 1)]);
    expect(c).toMatchObject({ villagesReached: 3, coverage: 1, villagesPlanned: 2, villagesDoneToPlan: 2, completion: 2 / 3 });
  });

  it('adding an unreached village lowers the coverage: the denominator comes from the units given', () => {
    const before = countCoverage([v('a', 't', 1), v('b', 't', 1)]);
    const after = countCoverage([v('a', 't', 1), v('b', 't', 1), v('new', 't', 0)]);
    expect(before.coverage).toBe(1);
    expect(after.villages).toBe(3);
    expect(after.coverage).toBeCloseTo(2 / 3);
  });

  it('gives every township a row, and a county total equal to the sum of the rows (property)', () => {
    const unit = fc.record({
      id: fc.uuid(),
      townshipId: fc.constantFrom('t1', 't2', 't3'),
      type: fc.constantFrom('VILLAGE' as const, 'COMMUNITY' as const),
      timesReached: fc.nat(5),
      plannedTimes: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const { townships, county } = coverageByTownship(['t1', 't2', 't3', 'empty'], units);
        expect([...townships.keys()]).toEqual(['t1', 't2', 't3', 'empty']);
        const rows = [...townships.values()];
        expect(county.villages).toBe(rows.reduce((n, r) => n + r.villages, 0));
        expect(county.villagesReached).toBe(rows.reduce((n, r) => n + r.villagesReached, 0));
        expect(county.villagesDoneToPlan).toBeLessThanOrEqual(county.villagesReached);
        if (county.coverage !== null) expect(county.coverage).toBeLessThanOrEqual(1);
      }),
    );
  });
});
