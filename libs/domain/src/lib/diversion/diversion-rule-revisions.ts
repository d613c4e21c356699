import { DEFAULT_DIVERSION_RULES } from './default-diversion-rules';
import { type DiversionRule, latestVersions } from './diversion-rules';

const ART31 = '《信访工作条例》第三十一条';

/**
 * The December 2026 revision of the rule table (issue 16 point 27). The first table printed a
 * limitation period where the law has none or a different one, and sent some matters past the
 * step the law puts first:
 * - 赡养费/抚养费/扶养费 claims have no limitation (民法典 Art 196(三)), nor has a divorce
 *   petition: they leave the general civil rule for a family rule without a limit;
 * - wages while still employed have no arbitration limitation; after the employment ends, one
 *   year from its end (劳动争议调解仲裁法 Art 27 ¶4);
 * - 工伤 first needs 工伤认定 by the social-insurance department (工伤保险条例 Art 17), not
 *   arbitration;
 * - a judgment thought unjust first goes to 再审 within six months (民事诉讼法 Art 216); the
 *   procuratorate comes after the court refused or failed to rule (Art 220);
 * - Art 31(五): requests to investigate a violation or to protect rights go to the organ whose
 *   duty it is (劳动保障监察, 市场监管 complaints).
 * A revision is a new version of a code (or a new code); the migration inserts these rows after
 * whatever version an administrator reached, and earlier decisions keep their copy.
 */
export const DIVERSION_RULE_REVISIONS_2026_12: readonly DiversionRule[] = [
  {
    id: '5d1f0000-0000-4000-8000-000000000101',
    code: 'CIVIL_LITIGATION',
    version: 2,
    title: '民事纠纷 → 民事诉讼',
    route: 'LITIGATION',
    matterTypes: ['APPEAL'],
    categoryCodes: [],
    keywords: ['借款', '欠款', '借贷', '合同纠纷', '继承', '邻里纠纷', '人身损害赔偿', '民事'],
    legalBasis: `${ART31}第（一）项；《中华人民共和国民法典》第一百八十八条`,
    competentOrgan: '巨鹿县人民法院',
    statutoryClock: '向人民法院请求保护民事权利的诉讼时效期间为三年，自知道或者应当知道权利受到损害以及义务人之日起计算（《民法典》第一百八十八条）',
    limit: { amount: 3, unit: 'YEARS' },
    priority: 1,
    active: true,
  },
  {
    id: '5d1f0000-0000-4000-8000-000000000102',
    code: 'FAMILY_LITIGATION',
    version: 1,
    title: '婚姻家庭纠纷（离婚、赡养、抚养） → 民事诉讼',
    route: 'LITIGATION',
    matterTypes: ['APPEAL'],
    categoryCodes: [],
    keywords: ['离婚', '赡养', '抚养', '扶养', '婚姻'],
    legalBasis: `${ART31}第（一）项；《中华人民共和国民法典》第一百九十六条第（三）项、第一千零七十九条`,
    competentOrgan: '巨鹿县人民法院',
    statutoryClock: '请求支付赡养费、抚养费或者扶养费不适用诉讼时效（《民法典》第一百九十六条第（三）项），起诉离婚亦不受诉讼时效限制，可以随时向人民法院提起诉讼',
    limit: null,
    priority: 2,
    active: true,
  },
  {
    id: '5d1f0000-0000-4000-8000-000000000103',
    code: 'LABOUR_ARBITRATION',
    version: 2,
    title: '劳动争议 → 劳动人事争议仲裁',
    route: 'ARBITRATION',
    matterTypes: ['APPEAL'],
    categoryCodes: ['03'],
    keywords: ['劳动合同', '辞退', '经济补偿', '劳动争议', '社会保险待遇'],
    legalBasis: `${ART31}第（二）项；《中华人民共和国劳动争议调解仲裁法》第二十七条`,
    competentOrgan: '巨鹿县劳动人事争议仲裁委员会',
    statutoryClock: '劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算（《劳动争议调解仲裁法》第二十七条第一款）',
    limit: { amount: 1, unit: 'YEARS' },
    priority: 4,
    active: true,
  },
  {
    id: '5d1f0000-0000-4000-8000-000000000104',
    code: 'WAGE_ARBITRATION',
    version: 1,
    title: '拖欠劳动报酬 → 劳动人事争议仲裁',
    route: 'ARBITRATION',
    matterTypes: ['APPEAL'],
    categoryCodes: ['03'],
    keywords: ['工资', '劳动报酬', '加班费', '欠薪'],
    legalBasis: `${ART31}第（二）项；《中华人民共和国劳动争议调解仲裁法》第二十七条第四款`,
    competentOrgan: '巨鹿县劳动人事争议仲裁委员会',
    statutoryClock:
      '劳动关系存续期间因拖欠劳动报酬发生争议的，申请仲裁不受一年仲裁时效期间的限制；劳动关系已经终止的，应当自劳动关系终止之日起一年内提出（《劳动争议调解仲裁法》第二十七条第四款）',
    limit: null,
    priority: 5,
    active: true,
  },
  {
    id: '5d1f0000-0000-4000-8000-000000000105',
    code: 'WORK_INJURY_RECOGNITION',
    version: 1,
    title: '工伤 → 工伤认定（行政确认）',
    route: 'ADMIN_RULING',
    matterTypes: ['APPEAL'],
    categoryCodes: [],
    keywords: ['工伤', '职业病', '工伤认定'],
    legalBasis: `${ART31}第（四）项；《工伤保险条例》第十七条`,
    competentOrgan: '巨鹿县人力资源和社会保障局（工伤认定）',
    statutoryClock:
      '用人单位未申请工伤认定的，工伤职工或者其近亲属、工会组织可以自事故伤害发生之日或者被诊断、鉴定为职业病之日起一年内申请工伤认定；待遇争议在认定后再申请仲裁（《工伤保险条例》第十七条）',
    limit: { amount: 1, unit: 'YEARS' },
    priority: 6,
    active: true,
  },
  {
    id: '5d1f0000-0000-4000-8000-000000000106',
    code: 'CIVIL_RETRIAL',
    version: 1,
    title: '认为生效裁判有错误 → 申请再审',
    route: 'LITIGATION',
    matterTypes: ['APPEAL'],
    categoryCodes: [],
    keywords: ['判决不公', '裁定不公', '申请再审', '错判', '判决有错误'],
    legalBasis: `${ART31}第（一）项；《中华人民共和国民事诉讼法》第二百一十条、第二百一十六条`,
    competentOrgan: '作出生效裁判的人民法院的上一级人民法院',
    statutoryClock: '当事人申请再审，应当在判决、裁定发生法律效力后六个月内提出（《民事诉讼法》第二百一十六条）',
    limit: { amount: 6, unit: 'MONTHS' },
    priority: 4,
    active: true,
  },
  {
    id: '5d1f0000-0000-4000-8000-000000000107',
    code: 'PROCURATORATE',
    version: 2,
    title: '再审被驳回或逾期未裁定 → 检察监督',
    route: 'PROCURATORATE',
    matterTypes: ['APPEAL'],
    categoryCodes: [],
    keywords: ['驳回再审', '法律监督', '抗诉', '检察建议', '执行不力', '检察'],
    legalBasis: `${ART31}第（一）项；《中华人民共和国民事诉讼法》第二百二十条`,
    competentOrgan: '巨鹿县人民检察院',
    statutoryClock:
      '人民法院驳回再审申请、逾期未对再审申请作出裁定或者再审裁判有明显错误的，可以向人民检察院申请检察建议或者抗诉；尚未申请再审的，应当先向人民法院申请再审（《民事诉讼法》第二百二十条）',
    limit: null,
    priority: 3,
    active: true,
  },
  {
    id: '5d1f0000-0000-4000-8000-000000000108',
    code: 'LABOUR_INSPECTION',
    version: 1,
    title: '用人单位违法用工 → 劳动保障监察',
    route: 'ADMIN_DUTY',
    matterTypes: ['APPEAL'],
    categoryCodes: [],
    keywords: ['劳动保障监察', '劳动监察', '不缴社保', '未缴纳社会保险', '使用童工', '不签劳动合同'],
    legalBasis: `${ART31}第（五）项；《劳动保障监察条例》第九条、第二十条`,
    competentOrgan: '巨鹿县人力资源和社会保障局（劳动保障监察）',
    statutoryClock: '违反劳动保障法律、法规或者规章的行为在二年内未被劳动保障行政部门发现，也未被举报、投诉的，劳动保障行政部门不再查处（《劳动保障监察条例》第二十条）',
    limit: { amount: 2, unit: 'YEARS' },
    priority: 5,
    active: true,
  },
  {
    id: '5d1f0000-0000-4000-8000-000000000109',
    code: 'MARKET_COMPLAINT',
    version: 1,
    title: '消费者权益、违法经营 → 市场监管投诉举报',
    route: 'ADMIN_DUTY',
    matterTypes: [],
    categoryCodes: [],
    keywords: ['消费者', '假冒伪劣', '食品安全', '无证经营', '虚假宣传'],
    legalBasis: `${ART31}第（五）项；《市场监督管理投诉举报处理暂行办法》`,
    competentOrgan: '巨鹿县市场监督管理局',
    statutoryClock: '',
    limit: null,
    priority: 3,
    active: true,
  },
];

/** The rule table as it stands: the latest version of every code of the seed and its revisions. */
export const CURRENT_DIVERSION_RULES: readonly DiversionRule[] = latestVersions([...DEFAULT_DIVERSION_RULES, ...DIVERSION_RULE_REVISIONS_2026_12]);
