import { coversTownship, territoryOf, townshipCondition } from './territory';

describe('territory', () => {
  const town = 'a0000000-0000-4000-8000-000000000001';

  it('gives county roles the county, township officers their township, handlers their unit', () => {
    for (const role of ['ADMIN', 'SUPERVISOR', 'RECEPTION'] as const) expect(territoryOf({ role, orgUnitId: town })).toEqual({ kind: 'COUNTY' });
    expect(territoryOf({ role: 'TOWNSHIP_OFFICER', orgUnitId: town })).toEqual({ kind: 'TOWNSHIP', townshipId: town });
    expect(territoryOf({ role: 'HANDLER', orgUnitId: town })).toEqual({ kind: 'UNIT', unitId: town });
  });

  it('a township officer without a township reaches nothing', () => {
    const t = territoryOf({ role: 'TOWNSHIP_OFFICER', orgUnitId: null });
    expect(coversTownship(t, town)).toBe(false);
    expect(coversTownship(t, null)).toBe(false);
  });

  it('builds the SQL condition with a bound parameter', () => {
    const params: unknown[] = ['first'];
    expect(townshipCondition({ kind: 'TOWNSHIP', townshipId: town }, 'p.township_id', params)).toBe('p.township_id = $2::uuid');
    expect(params).toEqual(['first', town]);
    expect(townshipCondition({ kind: 'COUNTY' }, 'p.township_id', params)).toBe('TRUE');
    expect(townshipCondition({ kind: 'UNIT', unitId: town }, 'p.township_id', params)).toBe('FALSE');
    expect(params).toHaveLength(2);
  });

  it('covers townships by territory', () => {
    expect(coversTownship({ kind: 'COUNTY' }, null)).toBe(true);
    expect(coversTownship({ kind: 'TOWNSHIP', townshipId: town }, town)).toBe(true);
    expect(coversTownship({ kind: 'TOWNSHIP', townshipId: town }, 'other')).toBe(false);
    expect(coversTownship({ kind: 'UNIT', unitId: town }, town)).toBe(false);
  });
});
