import type { OrgUnitDetail } from '@julu/contracts';
import { childTypesOf, flattenTree } from './org-tree';

const unit = (id: string, parentId: string | null, type: OrgUnitDetail['type'], childCount = 0): OrgUnitDetail => ({
  id,
  parentId,
  type,
  name: id,
  code: null,
  aliases: [],
  documentAbbr: null,
  retired: false,
  sortOrder: 0,
  childCount,
});

describe('org tree rows', () => {
  const top = [unit('巨鹿县', null, 'COUNTY', 3), unit('巨鹿镇', '巨鹿县', 'TOWN', 2), unit('堤村乡', '巨鹿县', 'TOWNSHIP', 0), unit('县公安局', '巨鹿县', 'DEPARTMENT')];

  it('lists the county, then its units; townships with villages can expand', () => {
    const rows = flattenTree(top, new Map(), new Set());
    expect(rows.map((r) => [r.unit.id, r.depth, r.expandable])).toEqual([
      ['巨鹿县', 0, false],
      ['巨鹿镇', 1, true],
      ['堤村乡', 1, false],
      ['县公安局', 1, false],
    ]);
  });

  it('shows the loaded villages under an expanded township', () => {
    const villages = new Map([['巨鹿镇', [unit('小马庄村', '巨鹿镇', 'VILLAGE'), unit('南街社区', '巨鹿镇', 'COMMUNITY')]]]);
    const rows = flattenTree(top, villages, new Set(['巨鹿镇']));
    expect(rows.map((r) => `${r.depth}:${r.unit.id}`)).toEqual(['0:巨鹿县', '1:巨鹿镇', '2:小马庄村', '2:南街社区', '1:堤村乡', '1:县公安局']);
  });

  it('offers the kinds of unit each level may hold', () => {
    expect(childTypesOf('TOWNSHIP')).toEqual(['VILLAGE', 'COMMUNITY']);
    expect(childTypesOf('VILLAGE')).toEqual([]);
    expect(childTypesOf('COUNTY')).toContain('DEPARTMENT');
  });
});
