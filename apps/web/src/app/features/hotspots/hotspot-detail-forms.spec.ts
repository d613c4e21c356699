import type { HotspotIncidentRequest } from '@julu/contracts';
import { actionNoteErrors, followUpErrors, hotspotIncidentErrors } from './hotspot-detail-forms';

describe('actionNoteErrors', () => {
  it('takes a note and refuses a blank or too long one on the note', () => {
    expect(actionNoteErrors('已召开业主座谈会')).toEqual([]);
    expect(actionNoteErrors('  ')).toEqual([{ field: 'note', message: '请填写情况说明' }]);
    expect(actionNoteErrors('说'.repeat(2000))).toEqual([]);
    expect(actionNoteErrors('说'.repeat(2001))).toEqual([{ field: 'note', message: '情况说明不超过 2000 个字，请删减' }]);
  });
});

describe('followUpErrors', () => {
  it('takes a record and refuses a blank or too long one on its content', () => {
    expect(followUpErrors('住建局已受理办证材料')).toEqual([]);
    expect(followUpErrors('')).toEqual([{ field: 'content', message: '请填写动态记录内容' }]);
    expect(followUpErrors('记'.repeat(4001))[0]?.message).toBe('动态记录内容不超过 4000 个字，请删减');
  });
});

describe('hotspotIncidentErrors', () => {
  const complete = (): HotspotIncidentRequest => ({ level: 'GENERAL', nature: 'GATHERING', placeDetail: '巨鹿镇小马庄村' });

  it('takes a complete report', () => {
    expect(hotspotIncidentErrors(complete())).toEqual([]);
  });

  it('names each problem on its control, in reading order', () => {
    const form = { ...complete(), level: '' as HotspotIncidentRequest['level'], nature: 'RIOT' as HotspotIncidentRequest['nature'], placeDetail: ' ' };
    expect(hotspotIncidentErrors(form)).toEqual([
      { field: 'level', message: '请选择事件等级' },
      { field: 'nature', message: '请选择事件性质' },
      { field: 'placeDetail', message: '请填写事发地点' },
    ]);
    expect(hotspotIncidentErrors({ ...complete(), placeDetail: '地'.repeat(201) })).toEqual([{ field: 'placeDetail', message: '事发地点不超过 200 个字，请删减' }]);
  });
});
