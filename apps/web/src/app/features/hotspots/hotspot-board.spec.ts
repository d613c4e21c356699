import type { HotspotView } from '@julu/contracts';
import { chinaWeekStart, hotspotBoard } from './hotspot-board';

const h = (id: string, status: HotspotView['status'], townshipName: string): HotspotView => ({ id, status, townshipName }) as HotspotView;

describe('hotspot board', () => {
  it('groups by status, then by township in ledger order', () => {
    const board = hotspotBoard([h('1', 'UNRESOLVED', '巨鹿镇'), h('2', 'UNRESOLVED', '王虎寨镇'), h('3', 'UNRESOLVED', '巨鹿镇'), h('4', 'RESOLVED', '巨鹿镇')]);
    expect(board.map((c) => c.status)).toEqual(['UNRESOLVED', 'RESOLVING', 'STABILIZED', 'RESOLVED', 'BACKLOG', 'SUSPENDED']);
    expect(board[0].townships).toEqual([
      { name: '巨鹿镇', items: [expect.objectContaining({ id: '1' }), expect.objectContaining({ id: '3' })] },
      { name: '王虎寨镇', items: [expect.objectContaining({ id: '2' })] },
    ]);
    expect(board[0].count).toBe(3);
    expect(board[1].townships).toEqual([]);
    expect(board[3].count).toBe(1);
  });

  it('finds the Monday of the China week', () => {
    expect(chinaWeekStart(new Date('2026-03-18T04:00:00Z'))).toBe('2026-03-16');
    // Sunday 20:00 UTC is already Monday in China.
    expect(chinaWeekStart(new Date('2026-03-22T20:00:00Z'))).toBe('2026-03-23');
    expect(chinaWeekStart(new Date('2026-03-22T10:00:00Z'))).toBe('2026-03-16');
  });
});
