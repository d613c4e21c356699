import { SavedViews } from './saved-views';

describe('saved case-list views', () => {
  beforeEach(() => localStorage.clear());

  it('saves, replaces by name and removes views per user, without paging fields', () => {
    const views = new SavedViews('u1');
    views.save('本周来访', { channel: 'VISIT', from: '2026-11-23', after: 'cursor', limit: 20 });
    views.save('集体访', { group: true });
    expect(views.save('本周来访', { channel: 'VISIT', from: '2026-11-24' })).toEqual([
      { name: '集体访', query: { group: true } },
      { name: '本周来访', query: { channel: 'VISIT', from: '2026-11-24' } },
    ]);
    expect(new SavedViews('u2').list()).toEqual([]);
    expect(views.remove('集体访').map((v) => v.name)).toEqual(['本周来访']);
  });

  it('survives damaged storage', () => {
    localStorage.setItem('julu.caseViews.u1', '{not json');
    expect(new SavedViews('u1').list()).toEqual([]);
  });
});
