import { navigationFor } from './navigation';

describe('navigationFor', () => {
  it('shows each role only what it may do', () => {
    const menu = (role: Parameters<typeof navigationFor>[0]): string[] => navigationFor(role).map((i) => i.testId);
    expect(menu('ADMIN')).toEqual(['nav-home', 'nav-reception', 'nav-cases', 'nav-supervision', 'nav-resident-id', 'nav-petitioners', 'nav-duty-rosters', 'nav-duty-records', 'nav-incidents', 'nav-publicity', 'nav-diversion', 'nav-hotspots', 'nav-backlog', 'nav-dashboard', 'nav-annual-report', 'nav-budget', 'nav-users', 'nav-categories', 'nav-diversion-rules', 'nav-calendar', 'nav-incident-limits', 'nav-org', 'nav-audit', 'nav-profile']);
    expect(menu('SUPERVISOR')).toEqual(['nav-dashboard', 'nav-home', 'nav-work', 'nav-cases', 'nav-supervision', 'nav-resident-id', 'nav-petitioners', 'nav-duty-today', 'nav-duty-rosters', 'nav-duty-records', 'nav-incidents', 'nav-publicity', 'nav-diversion', 'nav-hotspots', 'nav-backlog', 'nav-annual-report', 'nav-budget', 'nav-org', 'nav-audit', 'nav-profile']);
    expect(menu('RECEPTION')).toEqual(['nav-home', 'nav-work', 'nav-reception', 'nav-cases', 'nav-resident-id', 'nav-petitioners', 'nav-duty-today', 'nav-duty-rosters', 'nav-duty-records', 'nav-incidents', 'nav-publicity', 'nav-diversion', 'nav-hotspots', 'nav-backlog', 'nav-dashboard', 'nav-annual-report', 'nav-profile']);
    // 我的工作 heads the menu of those whose day is the work waiting for their unit.
    expect(menu('TOWNSHIP_OFFICER')).toEqual(['nav-work', 'nav-home', 'nav-reception', 'nav-cases', 'nav-resident-id', 'nav-petitioners', 'nav-duty-today', 'nav-duty-rosters', 'nav-duty-records', 'nav-incidents', 'nav-publicity', 'nav-diversion', 'nav-hotspots', 'nav-backlog', 'nav-dashboard', 'nav-annual-report', 'nav-profile']);
    expect(menu('HANDLER')).toEqual(['nav-work', 'nav-home', 'nav-cases', 'nav-resident-id', 'nav-diversion', 'nav-profile']);
  });

  it('shows nothing without a user', () => {
    expect(navigationFor(undefined)).toEqual([]);
  });
});
