import { DIVERSION_ROUTES, type DiversionRoute, type MatterType } from '@julu/contracts';
import { DEFAULT_DIVERSION_RULES } from './default-diversion-rules';
import { CURRENT_DIVERSION_RULES, DIVERSION_RULE_REVISIONS_2026_12 } from './diversion-rule-revisions';
import { clockSentence, decisionSnapshot, type DiversionRule, latestVersions, matchRule, reviseRule, suggestDiversions } from './diversion-rules';

const facts = (text: string, matterType: MatterType = 'APPEAL', categoryCode = '18') => ({ text, matterType, categoryCode });

/** A representative case for every route of DOMAIN.md §1.5 D (Art 31 (一)–(五), Art 22 ¶2). */
const REPRESENTATIVE: readonly { item: string; text: string; matterType?: MatterType; categoryCode?: string; route: DiversionRoute; code: string; basis: string; clock: string }[] =
  [
    { item: '(一) 民事诉讼', text: '邻居借款五万元到期不还，要求政府帮忙追回欠款', route: 'LITIGATION', code: 'CIVIL_LITIGATION', basis: '第一百八十八条', clock: '三年' },
    { item: '(一) 行政诉讼', text: '对镇政府强制拆除我家厂房不服，要求赔偿', route: 'LITIGATION', code: 'ADMIN_LITIGATION', basis: '行政诉讼法》第四十六条', clock: '六个月' },
    {
      item: '(一) 检察监督',
      text: '法院驳回再审申请，请求检察院进行法律监督',
      route: 'PROCURATORATE',
      code: 'PROCURATORATE',
      basis: '民事诉讼法》第二百二十条',
      clock: '应当先向人民法院申请再审',
    },
    { item: '(一) 申请再审', text: '法院判决不公，要求改判', route: 'LITIGATION', code: 'CIVIL_RETRIAL', basis: '第二百一十六条', clock: '六个月' },
    { item: '(一) 婚姻家庭', text: '子女不履行赡养义务，要求支付赡养费', route: 'LITIGATION', code: 'FAMILY_LITIGATION', basis: '第一百九十六条', clock: '不适用诉讼时效' },
    { item: '(一)(五) 公安', text: '被人殴打后报警无人处理，要求追究打人者', route: 'POLICE', code: 'POLICE', basis: '第（五）项', clock: '' },
    {
      item: '(二) 劳动仲裁',
      text: '公司违法解除劳动合同，不给经济补偿',
      categoryCode: '03',
      route: 'ARBITRATION',
      code: 'LABOUR_ARBITRATION',
      basis: '劳动争议调解仲裁法》第二十七条',
      clock: '一年',
    },
    { item: '(二) 劳动报酬', text: '公司拖欠三个月工资', categoryCode: '03', route: 'ARBITRATION', code: 'WAGE_ARBITRATION', basis: '第二十七条第四款', clock: '劳动关系存续期间' },
    {
      item: '(四) 工伤认定',
      text: '在工地受伤，单位不给认定工伤',
      route: 'ADMIN_RULING',
      code: 'WORK_INJURY_RECOGNITION',
      basis: '工伤保险条例》第十七条',
      clock: '一年内申请工伤认定',
    },
    {
      item: '(五) 劳动保障监察',
      text: '用人单位不签劳动合同、不缴社保，请求劳动监察查处',
      route: 'ADMIN_DUTY',
      code: 'LABOUR_INSPECTION',
      basis: '第三十一条第（五）项',
      clock: '二年',
    },
    {
      item: '(二) 土地承包仲裁',
      text: '村委会收回我家承包地另行发包',
      categoryCode: '04',
      route: 'ARBITRATION',
      code: 'LAND_CONTRACT_ARBITRATION',
      basis: '第十八条',
      clock: '二年',
    },
    { item: '(三) 党员申诉', text: '本人作为党员对党纪处分不服，申请复审', route: 'PARTY_APPEAL', code: 'PARTY_APPEAL', basis: '第三十一条第（三）项', clock: '' },
    { item: '(四) 行政复议', text: '对交警罚款的行政处罚不服', route: 'ADMIN_RECONSIDERATION', code: 'ADMIN_RECONSIDERATION', basis: '行政复议法》第二十条', clock: '六十日' },
    {
      item: '(四) 行政裁决/确认',
      text: '与邻村发生土地权属争议，请求确权',
      categoryCode: '02',
      route: 'ADMIN_RULING',
      code: 'ADMIN_RULING',
      basis: '第三十一条第（四）项',
      clock: '',
    },
    { item: '纪检监察 (Art 22 ¶2)', text: '检举村干部贪污低保资金', matterType: 'ACCUSATION', route: 'DISCIPLINE', code: 'DISCIPLINE', basis: '第二十二条第二款', clock: '' },
  ];

describe('diversion rule table', () => {
  it.each(REPRESENTATIVE)('suggests $route for a representative $item case, with its legal basis and clock', (c) => {
    const [best] = suggestDiversions(CURRENT_DIVERSION_RULES, facts(c.text, c.matterType, c.categoryCode));
    expect(best?.rule.code).toBe(c.code);
    expect(best?.rule.route).toBe(c.route);
    expect(best?.rule.legalBasis).toContain(c.basis);
    expect(best?.matchedKeywords.length).toBeGreaterThan(0);
    if (c.clock) expect(best?.rule.statutoryClock).toContain(c.clock);
    else expect(best?.rule.statutoryClock).toBe('');
  });

  it('covers every diversion route of the contracts enum', () => {
    expect(new Set(REPRESENTATIVE.map((c) => c.route))).toEqual(new Set(CURRENT_DIVERSION_RULES.map((r) => r.route)));
    expect(new Set(CURRENT_DIVERSION_RULES.map((r) => r.route)).size).toBe(DIVERSION_ROUTES.length);
  });

  it('names the statutory limits of DOMAIN.md §1.5 D: 行政复议 60 days, 行政诉讼 6 months, labour arbitration 1 year, land 2 years, civil 3 years', () => {
    const limit = (code: string) => DEFAULT_DIVERSION_RULES.find((r) => r.code === code)?.limit;
    expect(limit('ADMIN_RECONSIDERATION')).toEqual({ amount: 60, unit: 'DAYS' });
    expect(limit('ADMIN_LITIGATION')).toEqual({ amount: 6, unit: 'MONTHS' });
    expect(limit('LABOUR_ARBITRATION')).toEqual({ amount: 1, unit: 'YEARS' });
    expect(limit('LAND_CONTRACT_ARBITRATION')).toEqual({ amount: 2, unit: 'YEARS' });
    expect(limit('CIVIL_LITIGATION')).toEqual({ amount: 3, unit: 'YEARS' });
  });

  it('suggests nothing for an ordinary 信访 matter (Art 31 (六) stays in ordinary handling)', () => {
    expect(suggestDiversions(DEFAULT_DIVERSION_RULES, facts('建议在县城增设公交线路', 'SUGGESTION', '13'))).toEqual([]);
  });

  it('respects matter type, category and the active flag', () => {
    const labour = DEFAULT_DIVERSION_RULES.find((r) => r.code === 'LABOUR_ARBITRATION') as DiversionRule;
    expect(matchRule(labour, facts('拖欠工资', 'APPEAL', '03'))).not.toBeNull();
    expect(matchRule(labour, facts('拖欠工资', 'APPEAL', '03.01'))).not.toBeNull();
    expect(matchRule(labour, facts('拖欠工资', 'APPEAL', '01'))).toBeNull();
    expect(matchRule(labour, facts('拖欠工资', 'SUGGESTION', '03'))).toBeNull();
    expect(matchRule({ ...labour, active: false }, facts('拖欠工资', 'APPEAL', '03'))).toBeNull();
  });

  it('ranks by matched keywords, then specificity, and returns at most the requested number', () => {
    const all = suggestDiversions(DEFAULT_DIVERSION_RULES, facts('拖欠工资，被殴打后报警，行政处罚罚款不服', 'APPEAL', '03'), 10);
    const scores = all.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(all.length).toBeGreaterThan(2);
    expect(suggestDiversions(DEFAULT_DIVERSION_RULES, facts('拖欠工资，被殴打后报警，行政处罚罚款不服', 'APPEAL', '03'), 1)).toHaveLength(1);
  });

  it('a changed rule does not alter an earlier decision; later suggestions use the new version', () => {
    const table: DiversionRule[] = [...DEFAULT_DIVERSION_RULES];
    const labourFacts = facts('公司拖欠工资', 'APPEAL', '03');
    const [before] = suggestDiversions(table, labourFacts);
    const decided = decisionSnapshot(before.rule.route, before.rule.competentOrgan, before.rule);
    const frozen = structuredClone(decided);

    const rest = { ...before.rule };
    const revised = reviseRule(table, 'LABOUR_ARBITRATION', { ...rest, competentOrgan: '邢台市劳动人事争议仲裁委员会', legalBasis: `${rest.legalBasis}（2026 修订）` }, 'new-id');
    table.push(revised);
    expect(revised.version).toBe(2);

    const [after] = suggestDiversions(table, labourFacts);
    expect(after.rule.version).toBe(2);
    expect(after.rule.competentOrgan).toBe('邢台市劳动人事争议仲裁委员会');
    expect(decided).toEqual(frozen);
    expect(decided).toMatchObject({ ruleCode: 'LABOUR_ARBITRATION', ruleVersion: 1, competentOrgan: '巨鹿县劳动人事争议仲裁委员会' });
    expect(latestVersions(table).filter((r) => r.code === 'LABOUR_ARBITRATION')).toEqual([revised]);
  });

  it('records no rule when staff choose another route than the suggestion', () => {
    const rule = DEFAULT_DIVERSION_RULES[0];
    expect(decisionSnapshot('ADMIN_RECONSIDERATION', '县政府', rule)).toMatchObject({
      ruleId: null,
      ruleVersion: null,
      legalBasis: '《信访工作条例》第二十二条、第三十一条',
      statutoryClock: '',
    });
    expect(decisionSnapshot(rule.route, '县法院', rule)).toMatchObject({ ruleId: rule.id, ruleVersion: 1, competentOrgan: '县法院' });
  });

  it('phrases the clock sentence of the 告知 letter', () => {
    expect(clockSentence('')).toBe('');
    expect(clockSentence('六十日内申请')).toBe('请注意：六十日内申请。');
  });

  describe('issue 16 point 27: limitation periods and first steps as the law has them', () => {
    const best = (text: string, categoryCode = '18') => suggestDiversions(CURRENT_DIVERSION_RULES, facts(text, 'APPEAL', categoryCode))[0]?.rule;

    it('民法典 Art 196(三): 赡养费 and divorce claims print no limitation period', () => {
      for (const text of ['父亲要求儿子支付赡养费', '要求与丈夫离婚']) {
        const rule = best(text);
        expect(rule?.code).toBe('FAMILY_LITIGATION');
        expect(rule?.limit).toBeNull();
        expect(rule?.statutoryClock).not.toContain('三年');
      }
      expect(CURRENT_DIVERSION_RULES.find((r) => r.code === 'CIVIL_LITIGATION')?.keywords).not.toEqual(expect.arrayContaining(['离婚']));
    });

    it('劳动争议调解仲裁法 Art 27 ¶4: unpaid wages while employed have no one-year limit', () => {
      const rule = best('单位拖欠工资半年', '03');
      expect(rule?.code).toBe('WAGE_ARBITRATION');
      expect(rule?.limit).toBeNull();
      expect(rule?.statutoryClock).toContain('不受一年仲裁时效期间的限制');
      expect(rule?.statutoryClock).toContain('自劳动关系终止之日起一年内');
    });

    it('工伤保险条例 Art 17: 工伤 goes to 工伤认定 first, not to arbitration', () => {
      const rule = best('工伤待遇没有落实', '03');
      expect(rule?.code).toBe('WORK_INJURY_RECOGNITION');
      expect(rule?.route).toBe('ADMIN_RULING');
      expect(CURRENT_DIVERSION_RULES.filter((r) => r.route === 'ARBITRATION').flatMap((r) => r.keywords)).not.toContain('工伤');
    });

    it('民事诉讼法 Arts 216/220: a judgment thought unjust goes to 再审 within six months before the procuratorate', () => {
      const rule = best('法院判决不公');
      expect(rule).toMatchObject({ code: 'CIVIL_RETRIAL', route: 'LITIGATION', limit: { amount: 6, unit: 'MONTHS' } });
      expect(CURRENT_DIVERSION_RULES.find((r) => r.code === 'PROCURATORATE')?.keywords).not.toContain('判决不公');
    });

    it('Art 31(五): a request to investigate a violation goes to the organ whose duty it is', () => {
      expect(best('请求劳动保障监察查处用人单位使用童工')).toMatchObject({ code: 'LABOUR_INSPECTION', route: 'ADMIN_DUTY' });
      expect(best('超市销售假冒伪劣商品，消费者要求查处')).toMatchObject({ code: 'MARKET_COMPLAINT', route: 'ADMIN_DUTY' });
    });

    it('revisions have their own fixed ids and supersede the seed version of the same code', () => {
      const ids = [...DEFAULT_DIVERSION_RULES, ...DIVERSION_RULE_REVISIONS_2026_12].map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(CURRENT_DIVERSION_RULES.find((r) => r.code === 'CIVIL_LITIGATION')?.version).toBe(2);
    });
  });

  it('has unique ids and codes in the seed', () => {
    expect(new Set(DEFAULT_DIVERSION_RULES.map((r) => r.id)).size).toBe(DEFAULT_DIVERSION_RULES.length);
    expect(new Set(DEFAULT_DIVERSION_RULES.map((r) => r.code)).size).toBe(DEFAULT_DIVERSION_RULES.length);
  });
});
