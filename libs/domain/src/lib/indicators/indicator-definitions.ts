/**
 * The indicators (DOMAIN.md §6.2, §7.2) as definitions: what is counted, how the value is formed,
 * the default target, and — where the source leaves it open — the interpretation we chose. The
 * API computes each from the records behind it (the drill-down), so a figure and its records can
 * never disagree. Bump `version` when a definition changes: snapshots keep the version they used.
 */
export type IndicatorUnit = '%' | '次' | '批次' | '人次' | '个' | '元/人/天';
export type IndicatorDirection = 'HIGHER_BETTER' | 'LOWER_BETTER';
/**
 * RATE: numerator ÷ denominator × 100; COUNT: the numerator (denominator = records considered);
 * AVERAGE: numerator ÷ denominator (e.g. 元 paid ÷ person-days worked).
 */
export type IndicatorKind = 'RATE' | 'COUNT' | 'AVERAGE';

export interface IndicatorDefinition {
  code: IndicatorCode;
  name: string;
  version: number;
  unit: IndicatorUnit;
  kind: IndicatorKind;
  direction: IndicatorDirection;
  /** The formula in words, as shown beside the figure. */
  formula: string;
  numerator: string;
  denominator: string;
  /** Default target, e.g. { operator: '≥', value: 95 }. */
  target: { operator: '≥' | '≤' | '='; value: number };
  /** How we read the source where it is open to interpretation. */
  interpretation: string;
  /** The module whose records it counts (an indicator whose module is not built yet shows no value). */
  source: 'workflow' | 'visits' | 'diversion' | 'hotspots' | 'duty' | 'incidents' | 'publicity' | 'budget';
}

export const INDICATOR_CODES = [
  'DIVERSION_RATE',
  'INCIDENT_REPORT_RATE',
  'DUTY_COMPLETION_RATE',
  'DUTY_COMPLETIONS',
  'VISIT_BATCHES',
  'VISIT_PERSONS',
  'RECEPTION_TIMELINESS',
  'ACCEPTANCE_TIMELINESS',
  'ON_TIME_CLOSURE',
  'PARTICIPATION_RATE',
  'SATISFACTION_RATE',
  'SATISFIED_ONLY_RATE',
  'REPEAT_RATE',
  'HOTSPOT_RESOLUTION_RATE',
  'BACKLOG_RESOLUTION_RATE',
  'PUBLICITY_EVENTS',
  'VILLAGE_COVERAGE',
  'SPENDING_PROGRESS',
  'VISIT_SATISFACTION',
  'VISITOR_SATISFACTION_RATE',
  'RECEPTION_RATE',
  'DUTY_SUBSIDY_PER_PERSON_DAY',
  'PUBLICITY_PLAN_COMPLETION',
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

const rate = (value: number): IndicatorDefinition['target'] => ({ operator: '≥', value });

export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  {
    code: 'DIVERSION_RATE',
    name: '依法分流率',
    version: 2,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '已引导或转送进入法定途径且告知已送达的涉法涉诉事项 ÷ 期内登记的全部涉法涉诉事项 × 100%',
    numerator: '分流（引导至诉讼、仲裁、复议等法定途径）且分流告知书已送达的事项，以及转送、交办政法部门（条例第二十二条第二款）且该事项的受理或不予受理告知书已送达的事项',
    denominator: '期内登记的全部涉法涉诉事项，不论如何认定：登记时或其后标记涉法涉诉的、分流的、转送交办政法部门的；尚未处理或按普通信访受理的也计入',
    target: rate(95),
    interpretation:
      '分流或转送未送达告知的不计入分子；涉法涉诉事项作不予受理、受理等其他处理而未导入法定途径的，计入分母、不计入分子。政法部门指县公安局、县人民法院、县人民检察院、县司法局及政法委（按单位名称识别）。',
    source: 'diversion',
  },
  {
    code: 'INCIDENT_REPORT_RATE',
    name: '突发信访问题上报率',
    version: 2,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '电话和书面报告均在时限内的突发信访问题 ÷ 已有结论的突发信访问题 × 100%',
    numerator: '期内获知、本级发现且电话报告与书面报告均在时限内的事件',
    denominator: '期内获知的事件中已有结论的：两项报告均已按时报送的、任一时限已错过的、由上级通报获知的；两项时限均未届满且未错过的（待定）暂不计入分子分母',
    target: rate(95),
    interpretation:
      '只要有一项报告超时或未报，即不计为已上报；由上级通报获知的一律计为未上报。系统内报送的报告以系统时间为准，补录的较早时间须说明理由并在明细中标明。',
    source: 'incidents',
  },
  {
    code: 'DUTY_COMPLETION_RATE',
    name: '值班完成率',
    version: 2,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '本人签到并签退的敏感节点值班人次 ÷ 排定且已结束的值班人次 × 100%',
    numerator: '带班领导和值班人员各自签到并签退的人次',
    denominator: '已发布排班中已结束班次上排定的每一人（含带班领导），缺岗计入',
    target: rate(95),
    interpretation: '按人次计：每名排班人员（含带班领导）在每个已结束班次上各计一次，本人签到并签退才算完成；尚未结束的班次不计入。',
    source: 'duty',
  },
  {
    code: 'DUTY_COMPLETIONS',
    name: '各敏感节点信访值班完成数',
    version: 2,
    unit: '次',
    kind: 'COUNT',
    direction: 'HIGHER_BETTER',
    formula: '敏感节点期间已完成的值班天次数（一个 24 小时班，或同一日的白班加夜班，计一次）',
    numerator: '当日各班次均已完成的单位值班日',
    denominator: '已发布排班中已开始的单位值班日',
    target: { operator: '≥', value: 200 },
    interpretation: '“次”按值班日计：一个 24 小时班为一次；白班、夜班两个半班合计一次，两班均完成才计。',
    source: 'duty',
  },
  {
    code: 'VISIT_BATCHES',
    name: '来访接待批次',
    version: 1,
    unit: '批次',
    kind: 'COUNT',
    direction: 'HIGHER_BETTER',
    formula: '期内接待的来访批次（一次来访登记为一批）',
    numerator: '期内到达的来访登记',
    denominator: '期内到达的来访登记',
    target: { operator: '≥', value: 200 },
    interpretation: '多人同时来访登记为一批次。',
    source: 'visits',
  },
  {
    code: 'VISIT_PERSONS',
    name: '来访接待人次',
    version: 1,
    unit: '人次',
    kind: 'COUNT',
    direction: 'HIGHER_BETTER',
    formula: '期内来访登记的人数之和',
    numerator: '每批来访的人数',
    denominator: '期内到达的来访登记',
    target: { operator: '≥', value: 200 },
    interpretation: '人次为各批人数之和，同一人多次来访分别计。',
    source: 'visits',
  },
  {
    code: 'RECEPTION_TIMELINESS',
    name: '来访接待及时率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '到达后 30 分钟内开始接谈的来访批次 ÷ 来访批次 × 100%',
    numerator: '等候不超过 30 分钟的来访批次',
    denominator: '期内到达的来访批次',
    target: rate(100),
    interpretation: '绩效目标表的“来访群众接待在所有来访群众中的比例”按登记必然为 100%，故以等候时长衡量及时：30 分钟内开始接谈为及时。',
    source: 'visits',
  },
  {
    code: 'ACCEPTANCE_TIMELINESS',
    name: '信访事项受理及时率',
    version: 2,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '在 15 日期限内作出处理的事项 ÷ 期限届满在期内的事项 × 100%（按事项计，不按计时计）',
    numerator: '每一环节都在期限内作出处理的事项：登记单位在收到信访事项后 15 日内、收到转送交办的单位在收到后 15 日内',
    denominator: '最后一个受理环节期限届满日落在期内且已作出处理或已有环节超期的事项，含仍未处理已超期的',
    target: rate(95),
    interpretation:
      '一件事项只计一次：转送、交办的事项，信访部门按期而承办单位超期的，整件计为不及时。按事项最后一个受理环节的届满日归属统计期；超期仍未处理的计入分母，不因未完成而隐去。',
    source: 'workflow',
  },
  {
    code: 'ON_TIME_CLOSURE',
    name: '按期办结率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '在办理期限（含批准延期）内出具处理意见或调解结案的事项 ÷ 办理期限届满在期内的事项 × 100%',
    numerator: '办理期限在届满日（含延期）当日或之前停止的事项',
    denominator: '办理期限届满日落在期内的事项，含超期仍在办理的',
    target: rate(95),
    interpretation: '按办理期限届满日归属统计期；超期未办结的计入分母。',
    source: 'workflow',
  },
  {
    code: 'PARTICIPATION_RATE',
    name: '参评率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '已评价的环节 ÷ 评价期已结束或已评价的环节 × 100%',
    numerator: '期内评价的受理、办理环节',
    denominator: '期内评价或评价期在期内结束的环节',
    target: rate(90),
    interpretation: '按受理、办理两个环节分别计；评价期内未作评价的计为未参评（分母计入、分子不计），从不计为满意。',
    source: 'workflow',
  },
  {
    code: 'SATISFACTION_RATE',
    name: '满意率（满意+基本满意）',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '（满意 + 基本满意）÷ 已评价 × 100%',
    numerator: '评价为满意或基本满意的环节',
    denominator: '期内已评价的环节',
    target: rate(95),
    interpretation: '同时公布只计“满意”的满意率（见下一指标）。',
    source: 'workflow',
  },
  {
    code: 'SATISFIED_ONLY_RATE',
    name: '满意率（仅满意）',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '满意 ÷ 已评价 × 100%',
    numerator: '评价为满意的环节',
    denominator: '期内已评价的环节',
    target: rate(90),
    interpretation: '基本满意不计入分子。',
    source: 'workflow',
  },
  {
    code: 'REPEAT_RATE',
    name: '重复信访率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'LOWER_BETTER',
    formula: '确认为重复信访（同人同事）的事项 ÷ 登记的事项 × 100%',
    numerator: '期内登记并确认为重复的事项',
    denominator: '期内登记的全部事项',
    target: { operator: '≤', value: 10 },
    interpretation: '以登记时或之后人工确认的重复关联为准，疑似未确认的不计。',
    source: 'workflow',
  },
  {
    code: 'HOTSPOT_RESOLUTION_RATE',
    name: '隐患化解率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '已化解（销号）的隐患 ÷（期初在册 + 期内新增）× 100%',
    numerator: '期内销号的隐患',
    denominator: '期初未化解的隐患与期内新增隐患',
    target: rate(90),
    interpretation: '中止的隐患仍计入分母。',
    source: 'hotspots',
  },
  {
    code: 'BACKLOG_RESOLUTION_RATE',
    name: '积案化解率',
    version: 2,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '已化解的积案 ÷（期初在册 + 期内新增）× 100%',
    numerator: '期内标记为已化解或已终结（依法终结）的积案，不论是否填写息诉罢访日期',
    denominator: '期初未化解的积案与期内新增积案',
    target: rate(90),
    interpretation: '依法终结计为化解；化解日期为台账标记已化解、已终结的日期，息诉罢访确认日期仅作说明；化解后又反复的不计入分子。',
    source: 'hotspots',
  },
  {
    code: 'PUBLICITY_EVENTS',
    name: '开展外宣活动数量',
    version: 1,
    unit: '次',
    kind: 'COUNT',
    direction: 'HIGHER_BETTER',
    formula: '期内开展的信访宣传活动次数',
    numerator: '期内的宣传活动',
    denominator: '期内的宣传活动',
    target: { operator: '≥', value: 12 },
    interpretation: '一次活动覆盖多个村仍计一次。',
    source: 'publicity',
  },
  {
    code: 'VILLAGE_COVERAGE',
    name: '行政村宣传覆盖率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '年内开展过宣传的行政村 ÷ 行政村总数 × 100%',
    numerator: '年初至期末开展过宣传活动的行政村',
    denominator: '组织机构中现有的行政村（不含社区）',
    target: rate(95),
    interpretation: '分母取自组织机构树，从不写死；社区不计入行政村。',
    source: 'publicity',
  },
  {
    code: 'SPENDING_PROGRESS',
    name: '资金支出进度',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '年初至期末累计支出 ÷ 年度预算（调整后）× 100%',
    numerator: '累计支出（元）',
    denominator: '年度预算（元）',
    target: rate(100),
    interpretation: '按季度计划（3、6、10、12 月末 25%、50%、75%、100%）比较进度。',
    source: 'budget',
  },
  {
    code: 'VISIT_SATISFACTION',
    name: '接待满意率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '评价为满意或基本满意的来访批次 ÷ 期内来访批次 × 100%',
    numerator: '所属事项最近一次评价为满意或基本满意的来访批次',
    denominator: '期内到达的全部来访批次（未评价的也计入）',
    target: rate(95),
    interpretation: '绩效目标表“接待满意率占总来访总数量的比例”：分母为全部来访而非已评价的，未评价的来访不计为满意。',
    source: 'visits',
  },
  {
    code: 'VISITOR_SATISFACTION_RATE',
    name: '来访群众满意率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '来访（走访）事项评价为满意或基本满意的环节 ÷ 来访事项已评价的环节 × 100%',
    numerator: '期内评价为满意或基本满意的来访事项环节',
    denominator: '期内评价的来访事项环节',
    target: rate(95),
    interpretation: '只计走访渠道登记的事项，不含来信、网上信访和来电（绩效目标表：“来访群众的满意率”）。',
    source: 'visits',
  },
  {
    code: 'RECEPTION_RATE',
    name: '群众来访接待率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '已接谈的来访批次 ÷ 到达的来访批次 × 100%',
    numerator: '期内到达并已开始接谈的来访批次',
    denominator: '期内到达的来访批次',
    target: rate(100),
    interpretation: '衡量是否接待，不论等候时长（等候时长见“来访接待及时率”）。系统在接谈时登记来访，未接待即离开的来访没有记录，故该值按现有数据恒为 100%。',
    source: 'visits',
  },
  {
    code: 'DUTY_SUBSIDY_PER_PERSON_DAY',
    name: '人均值班补助',
    version: 1,
    unit: '元/人/天',
    kind: 'AVERAGE',
    direction: 'HIGHER_BETTER',
    formula: '已审批发放的值班补助（元）÷ 实际值班人天',
    numerator: '期内开始的已审批补助发放表金额（元）',
    denominator: '这些发放表的实际值班人天（本人签到并签退的人次折算）',
    target: { operator: '=', value: 180 },
    interpretation: '绩效目标表“信访维稳工作值班财政补助标准 180元/人/天”：以实际发放额除以实际值班人天，偏离标准即显示。',
    source: 'duty',
  },
  {
    code: 'PUBLICITY_PLAN_COMPLETION',
    name: '宣传计划完成率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '年内宣传次数达到年度计划的行政村 ÷ 行政村总数 × 100%',
    numerator: '年初至期末宣传次数不少于年度计划（未定计划的按 1 次）的行政村',
    denominator: '组织机构中现有的行政村（不含社区）',
    target: rate(95),
    interpretation: '绩效目标表项目 4“完成率”：按照要求和计划完成信访宣传的村在所有村中的比例。',
    source: 'publicity',
  },
];

export function indicatorDefinition(code: IndicatorCode): IndicatorDefinition {
  const found = INDICATOR_DEFINITIONS.find((d) => d.code === code);
  if (!found) throw new Error(`unknown indicator ${code}`);
  return found;
}

/** The value of a snapshot: a rate in percent (two decimals), a count, or null when nothing is counted. */
export function indicatorValue(kind: IndicatorKind, numerator: number, denominator: number): number | null {
  if (kind === 'COUNT') return numerator;
  if (denominator === 0) return null;
  if (kind === 'AVERAGE') return Math.round((numerator / denominator) * 100) / 100;
  return Math.round((numerator / denominator) * 10_000) / 100;
}

/** Whether a value meets its target. */
export function meetsTarget(value: number | null, target: IndicatorDefinition['target']): boolean | null {
  if (value === null) return null;
  if (target.operator === '≥') return value >= target.value;
  if (target.operator === '≤') return value <= target.value;
  return value === target.value;
}
