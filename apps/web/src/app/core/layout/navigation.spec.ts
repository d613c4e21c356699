import { canUse, ROLES } from '@julu/contracts';
import { breadcrumbFor, LANDING, NAVIGATION, navigationFor, navigationGroupsFor } from './navigation';

describe('navigation', () => {
  const menu = (role: Parameters<typeof navigationFor>[0]): string[] => navigationFor(role).map((i) => i.testId);

  it('Issue 17: each role sees only what it may do, grouped by area, its daily area first', () => {
    expect(menu('HANDLER')).toEqual(['nav-work', 'nav-cases', 'nav-diversion', 'nav-resident-id', 'nav-profile']);
    expect(navigationGroupsFor('TOWNSHIP_OFFICER').map((g) => g.label)).toEqual(['值班与应急', '信访办理', '隐患与积案', '统计分析', '个人']);
    expect(navigationGroupsFor('SUPERVISOR').map((g) => g.id)).toEqual(['stats', 'work', 'duty', 'risk', 'admin', 'me']);
    expect(navigationGroupsFor('ADMIN')[0]).toMatchObject({ id: 'admin', label: '系统管理' });
    expect(menu('ADMIN')).not.toContain('nav-work');
    // Issue 18: 我的值班 is a page of those who keep duty; the administrator keeps none (nor may open it).
    expect(menu('ADMIN')).not.toContain('nav-duty-today');
    expect(menu('RECEPTION')).not.toContain('nav-users');
    for (const role of ROLES) {
      for (const group of navigationGroupsFor(role)) expect(group.items.length).toBeLessThanOrEqual(8);
    }
  });

  it('Issue 17: every role lands on a page of its own menu (reception → 接待登记, township → 我的值班, handler → 我的工作, supervisor → 指标看板)', () => {
    expect(LANDING).toEqual({ RECEPTION: '/reception', TOWNSHIP_OFFICER: '/duty/today', HANDLER: '/work', SUPERVISOR: '/dashboard', ADMIN: '/admin/users' });
    for (const role of ROLES) {
      const landing = NAVIGATION.find((i) => i.route === LANDING[role]);
      expect(landing && canUse(role, landing.feature)).toBe(true);
    }
  });

  it('Issue 17: breadcrumbs name the area, the menu item and the page below it', () => {
    expect(breadcrumbFor('/cases', '信访事项')).toEqual([{ label: '信访办理' }, { label: '信访事项', route: '/cases' }]);
    expect(breadcrumbFor('/cases/7b1c?tab=1', '事项详情')).toEqual([{ label: '信访办理' }, { label: '信访事项', route: '/cases' }, { label: '事项详情' }]);
    expect(breadcrumbFor('/admin/audit', '审计日志').map((c) => c.label)).toEqual(['系统管理', '审计日志']);
    expect(breadcrumbFor('/notices/1/print', '打印文书')).toEqual([{ label: '打印文书' }]);
  });

  it('shows nothing without a user', () => {
    expect(navigationFor(undefined)).toEqual([]);
  });
});
