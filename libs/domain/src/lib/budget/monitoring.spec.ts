import { monitoringRowProblem } from './monitoring';

describe('mid-year monitoring rows (DOMAIN.md §6.4)', () => {
  it('needs nothing more for 确定能', () => {
    expect(monitoringRowProblem({ likelihood: 'CERTAIN' })).toBeNull();
  });

  it.each(['POSSIBLE', 'IMPOSSIBLE'] as const)('requires cause category, cause and measures for %s', (likelihood) => {
    expect(monitoringRowProblem({ likelihood })?.field).toBe('causeCategory');
    expect(monitoringRowProblem({ likelihood, causeCategory: 'FUNDING', causeText: '  ' })?.field).toBe('causeText');
    expect(monitoringRowProblem({ likelihood, causeCategory: 'FUNDING', causeText: '资金未及时拨付' })?.message).toContain('建议或举措');
    expect(monitoringRowProblem({ likelihood, causeCategory: 'FUNDING', causeText: '资金未及时拨付', measures: '督促财政拨付' })).toBeNull();
  });
});
