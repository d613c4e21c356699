import { parseVillageLine, villageDisplayName, villageKindOfCode } from './division-code';

describe('统计用区划代码 (village level)', () => {
  it('tells communities (001–199) from villages (200–399) by the last three digits', () => {
    expect(villageKindOfCode('130529100001')).toBe('COMMUNITY');
    expect(villageKindOfCode('130529107204')).toBe('VILLAGE');
    expect(villageKindOfCode('130529107400')).toBeNull();
    expect(villageKindOfCode('130529107')).toBeNull();
    expect(villageKindOfCode('13052910720X')).toBeNull();
  });

  it('turns official committee names into the names people use', () => {
    expect(villageDisplayName('王权村村民委员会', 'VILLAGE')).toBe('王权村');
    expect(villageDisplayName('蓦门村民委员会', 'VILLAGE')).toBe('蓦门村');
    expect(villageDisplayName('观寨村委会', 'VILLAGE')).toBe('观寨村');
    expect(villageDisplayName('南街社区居委会', 'COMMUNITY')).toBe('南街社区');
    expect(villageDisplayName('七里岗居委会', 'COMMUNITY')).toBe('七里岗社区');
    expect(villageDisplayName(' 大屯头一村 ', 'VILLAGE')).toBe('大屯头一村');
  });

  it('parses CSV and TSV lines and skips headers and higher levels', () => {
    expect(parseVillageLine('130529107204,乍补寨村民委员会,220')).toEqual({
      code: '130529107204',
      townshipCode: '130529107',
      name: '乍补寨村',
      kind: 'VILLAGE',
    });
    expect(parseVillageLine('"130529100001"\t"南街社区居民委员会"')?.name).toBe('南街社区');
    expect(parseVillageLine('code,name')).toBeNull();
    expect(parseVillageLine('130529107000,观寨镇')).toBeNull();
    expect(parseVillageLine('')).toBeNull();
  });
});
