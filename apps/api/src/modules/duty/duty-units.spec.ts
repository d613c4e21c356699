import { subsidyBudgetProject } from './duty-units';

describe('subsidyBudgetProject', () => {
  const pingxiang = { DUTY_SUBSIDY_PROJECT_BUREAU: '13053224P001', DUTY_SUBSIDY_PROJECT_TOWNSHIPS: '13053224P002' };

  it('books the bureau’s own shifts on its project and every township’s or zone’s on theirs, as configured', () => {
    expect(subsidyBudgetProject({ id: 'u1', name: '平乡县信访局', type: 'BUREAU' }, pingxiang)).toBe('13053224P001');
    expect(subsidyBudgetProject({ id: 'u2', name: '丰州镇', type: 'TOWN' }, pingxiang)).toBe('13053224P002');
    expect(subsidyBudgetProject({ id: 'u3', name: '经济开发区', type: 'DEV_ZONE' }, pingxiang)).toBe('13053224P002');
  });
});
