import { navigationFor } from './navigation';

describe('navigationFor', () => {
  it('shows account administration to administrators only', () => {
    expect(navigationFor('ADMIN').map((i) => i.testId)).toContain('nav-users');
    for (const role of ['SUPERVISOR', 'RECEPTION', 'HANDLER', 'TOWNSHIP_OFFICER'] as const) {
      expect(navigationFor(role).map((i) => i.testId)).not.toContain('nav-users');
      expect(navigationFor(role).map((i) => i.testId)).toEqual(['nav-home', 'nav-resident-id', 'nav-profile']);
    }
  });

  it('shows nothing without a user', () => {
    expect(navigationFor(undefined)).toEqual([]);
  });
});
