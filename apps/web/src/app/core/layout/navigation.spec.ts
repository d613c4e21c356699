import { navigationFor } from './navigation';

describe('navigationFor', () => {
  it('shows each role only what it may do', () => {
    const menu = (role: Parameters<typeof navigationFor>[0]): string[] => navigationFor(role).map((i) => i.testId);
    expect(menu('ADMIN')).toEqual(['nav-home', 'nav-reception', 'nav-cases', 'nav-resident-id', 'nav-petitioners', 'nav-users', 'nav-categories', 'nav-org', 'nav-audit', 'nav-profile']);
    expect(menu('SUPERVISOR')).toEqual(['nav-home', 'nav-cases', 'nav-resident-id', 'nav-petitioners', 'nav-org', 'nav-audit', 'nav-profile']);
    for (const role of ['RECEPTION', 'TOWNSHIP_OFFICER'] as const) {
      expect(menu(role)).toEqual(['nav-home', 'nav-reception', 'nav-cases', 'nav-resident-id', 'nav-petitioners', 'nav-profile']);
    }
    expect(menu('HANDLER')).toEqual(['nav-home', 'nav-cases', 'nav-resident-id', 'nav-profile']);
  });

  it('shows nothing without a user', () => {
    expect(navigationFor(undefined)).toEqual([]);
  });
});
