import { noticeNumber, noticeOrganPrefix } from './notice-templates';

describe('notice numbers per issuing organ', () => {
  it.each([
    ['the bureau, by its 机关代字', { name: '巨鹿县信访局', documentAbbr: '巨信' }, '巨信受告〔2026〕7号'],
    ['a department with a 机关代字 set', { name: '县人力资源和社会保障局', documentAbbr: '巨人社' }, '巨人社受告〔2026〕7号'],
    ['a department without one: its name', { name: '县人力资源和社会保障局', documentAbbr: null }, '县人力资源和社会保障局受告〔2026〕7号'],
    ['a blank 机关代字 counts as none', { name: '县公安局', documentAbbr: '  ' }, '县公安局受告〔2026〕7号'],
    ['the county name dropped before 县 only', { name: '巨鹿县民政局', documentAbbr: null, countyName: '巨鹿县' }, '县民政局受告〔2026〕7号'],
    ['a township keeps its whole name', { name: '巨鹿镇', documentAbbr: null, countyName: '巨鹿县' }, '巨鹿镇受告〔2026〕7号'],
    ['another county is served the same way', { name: '平乡县民政局', documentAbbr: null, countyName: '平乡县' }, '县民政局受告〔2026〕7号'],
    ['another county’s name is never dropped', { name: '平乡县民政局', documentAbbr: null, countyName: '巨鹿县' }, '平乡县民政局受告〔2026〕7号'],
  ])('%s', (_, unit, expected) => {
    expect(noticeNumber(noticeOrganPrefix(unit), 'ACCEPTANCE', 2026, 7)).toBe(expected);
  });

  it('never gives another organ the bureau prefix', () => {
    expect(noticeOrganPrefix({ name: '县人力资源和社会保障局', documentAbbr: null }).startsWith('巨信')).toBe(false);
  });
});
