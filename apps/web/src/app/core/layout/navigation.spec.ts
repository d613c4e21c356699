import { navigationFor } from './navigation';

describe('navigationFor', () => {
  it('shows each role only what it may do: accounts to administrators, org tree and audit to supervisors too, petitioners to all but handlers', () => {
    expect(navigationFor('ADMIN').map((i) => i.testId)).toEqual(['nav-home', 'nav-resident-id', 'nav-petitioners', 'nav-users', 'nav-org', 'nav-audit', 'nav-profile']);
    expect(navigationFor('SUPERVISOR').map((i) => i.testId)).toEqual(['nav-home', 'nav-resident-id', 'nav-petitioners', 'nav-org', 'nav-audit', 'nav-profile']);
    for (const role of ['RECEPTION', 'TOWNSHIP_OFFICER'] as const) {
      expect(navigationFor(role).map((i) => i.testId)).toEqual(['nav-home', 'nav-resident-id', 'nav-petitioners', 'nav-profile']);
    }
    expect(navigationFor('HANDLER').map((i) => i.testId)).toEqual(['nav-home', 'nav-resident-id', 'nav-profile']);
  });

  it('shows nothing without a user', () => {
    expect(navigationFor(undefined)).toEqual([]);
  });
});
