import { navigationFor } from './navigation';

describe('navigationFor', () => {
  it('shows account administration to administrators only, org tree and audit log to administrators and supervisors', () => {
    expect(navigationFor('ADMIN').map((i) => i.testId)).toEqual(['nav-home', 'nav-resident-id', 'nav-users', 'nav-org', 'nav-audit', 'nav-profile']);
    expect(navigationFor('SUPERVISOR').map((i) => i.testId)).toEqual(['nav-home', 'nav-resident-id', 'nav-org', 'nav-audit', 'nav-profile']);
    for (const role of ['RECEPTION', 'HANDLER', 'TOWNSHIP_OFFICER'] as const) {
      expect(navigationFor(role).map((i) => i.testId)).toEqual(['nav-home', 'nav-resident-id', 'nav-profile']);
    }
  });

  it('shows nothing without a user', () => {
    expect(navigationFor(undefined)).toEqual([]);
  });
});
