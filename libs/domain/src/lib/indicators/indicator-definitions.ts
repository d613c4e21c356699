/**
 * The indicators (DOMAIN.md §6.2, §7.2) as definitions: what is counted, how the value is formed,
 * the default target, and — where the source leaves it open — the interpretation we chose. The
 * API computes each from the records behind it (the drill-down), so a figure and its records can
 * never disagree. Bump `version` when a definition changes: snapshots keep the version they used.
 */
export type IndicatorUnit = '%' | '次' | '批次' | '人次' | '个' | '元/人/天';
export type IndicatorDirection = 'HIGHER_BETTER' | 'LOWER_BETTER';
/** RATE: numerator ÷ denominator × 100; COUNT: the numerator (denominator = records considered). */
export type IndicatorKind = 'RATE' | 'COUNT';

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
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

const rate = (value: number): IndicatorDefinition['target'] => ({ operator: '≥', value });

export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  {
    code: 'DIVERSION_RATE',
    name: '依法分流率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '已导入法定途径且告知书已送达的涉法涉诉事项 ÷ 登记的涉法涉诉事项 × 100%',
    numerator: '期内登记、标记涉法涉诉、已分流且不予受理（分流）告知书已送达的事项',
    denominator: '期内登记并标记涉法涉诉的事项（尚未处理的也计入）',
    target: rate(95),
    interpretation: '分流未送达告知书的不计为已分流；涉法涉诉事项仍在办理的计入分母，不因未处理而隐去。',
    source: 'diversion',
  },
  {
    code: 'INCIDENT_REPORT_RATE',
    name: '突发信访问题上报率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '电话和书面报告均在时限内的突发信访问题 ÷ 突发信访问题总数 × 100%',
    numerator: '期内发现、电话报告与书面报告均未超时限的事件',
    denominator: '期内发现的全部事件',
    target: rate(95),
    interpretation: '只要有一项报告超时或未报，即不计为已上报。',
    source: 'incidents',
  },
  {
    code: 'DUTY_COMPLETION_RATE',
    name: '值班完成率',
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '已完成的敏感节点值班班次 ÷ 已排定且已开始的班次 × 100%',
    numerator: '有人签到且签退的班次',
    denominator: '已发布排班中开始时间已到的班次（缺岗计入）',
    target: rate(95),
    interpretation: '尚未开始的班次不计入；缺岗班次计入分母。',
    source: 'duty',
  },
  {
    code: 'DUTY_COMPLETIONS',
    name: '各敏感节点信访值班完成数',
    version: 1,
    unit: '次',
    kind: 'COUNT',
    direction: 'HIGHER_BETTER',
    formula: '敏感节点期间已完成的值班班次数',
    numerator: '有人签到且签退的班次',
    denominator: '已发布排班中开始时间已到的班次',
    target: { operator: '≥', value: 200 },
    interpretation: '“次”按班次计，一个 24 小时班为一次。',
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
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '在 15 日期限内作出处理（转送、交办、受理、告知）的事项 ÷ 期限届满在期内的事项 × 100%',
    numerator: '在登记后或收到转送、交办后的受理告知期限内停止计时的事项',
    denominator: '上述期限的届满日落在期内的事项，含仍未处理已超期的',
    target: rate(95),
    interpretation: '按期限届满日归属统计期；超期仍未处理的计入分母，不因未完成而隐去。',
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
    interpretation: '评价期内未作评价的计为未参评（分母计入、分子不计），从不计为满意。',
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
    version: 1,
    unit: '%',
    kind: 'RATE',
    direction: 'HIGHER_BETTER',
    formula: '已化解的积案 ÷（期初在册 + 期内新增）× 100%',
    numerator: '期内化解（含依法终结）的积案',
    denominator: '期初未化解的积案与期内新增积案',
    target: rate(90),
    interpretation: '依法终结计为化解。',
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
  return Math.round((numerator / denominator) * 10_000) / 100;
}

/** Whether a value meets its target. */
export function meetsTarget(value: number | null, target: IndicatorDefinition['target']): boolean | null {
  if (value === null) return null;
  if (target.operator === '≥') return value >= target.value;
  if (target.operator === '≤') return value <= target.value;
  return value === target.value;
}
