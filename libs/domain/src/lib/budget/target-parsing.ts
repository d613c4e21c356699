/**
 * 指标值 of a 绩效目标表 row (DOMAIN.md §6.1–6.2). Real tables write targets as `≥200次`, `100%`,
 * `180元/人/天`, `10万元` or free text (定性). The original text is always kept; what can be read is
 * parsed into operator, number and unit, and what cannot — or reads oddly for its row — is flagged,
 * never coerced or dropped.
 */
export type TargetOperator = '≥' | '≤' | '=' | '定性';

/** Why a target needs a person's eye. */
export type TargetFlag =
  /** The cell is empty. */
  | 'EMPTY'
  /** It has figures but not in a shape we read (ranges, several numbers, a number inside prose). */
  | 'UNPARSEABLE'
  /** The unit after the number is not one we know. */
  | 'UNKNOWN_UNIT'
  /** The unit does not fit the kind of row (a percentage on a 数量指标 row, a count on a rate). */
  | 'UNIT_MISMATCH'
  /** A ≥ target above 100% of a rate cannot be exceeded meaningfully (e.g. ≥100% reads as =100%). */
  | 'RATE_AT_CEILING';

export interface ParsedTarget {
  /** The cell exactly as written (trimmed of surrounding blanks only). */
  original: string;
  /** null when the text could not be read at all. */
  operator: TargetOperator | null;
  value: number | null;
  unit: string | null;
  flags: TargetFlag[];
}

export const TARGET_FLAG_LABELS: Record<TargetFlag, string> = {
  EMPTY: '指标值为空',
  UNPARSEABLE: '指标值无法解析',
  UNKNOWN_UNIT: '计量单位无法识别',
  UNIT_MISMATCH: '计量单位与指标类别不符',
  RATE_AT_CEILING: '比率指标“≥100%”只能按等于100%考核',
};

/** Units met in 绩效目标表 rows; the longest first so `元/人/天` wins over `元`. */
export const KNOWN_TARGET_UNITS = [
  '元/人/天',
  '元/人/年',
  '元/人',
  '万元',
  '千元',
  '元',
  '批次',
  '人次',
  '次',
  '%',
  '个',
  '家',
  '人',
  '户',
  '件',
  '场',
  '期',
  '村',
  '天',
  '日',
  '小时',
  '年',
  '月',
  '份',
  '篇',
  '条',
  '台',
  '套',
  '项',
] as const;

const OPERATORS: readonly [string, TargetOperator][] = [
  ['≥', '≥'],
  ['>=', '≥'],
  ['＞＝', '≥'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['≤', '≤'],
  ['<=', '≤'],
  ['＜＝', '≤'],
  ['不高于', '≤'],
  ['不超过', '≤'],
  ['=', '='],
  ['＝', '='],
];

const COUNT_UNITS = new Set(['批次', '人次', '次', '个', '家', '人', '户', '件', '场', '期', '村', '份', '篇', '条', '台', '套', '项']);

/** The kind of row, from its 二级指标 and 三级 name, used to judge whether a unit fits. */
export type TargetRowKind = 'COUNT' | 'RATE' | 'OTHER';

export function targetRowKind(level2: string, name: string): TargetRowKind {
  if (/数量指标/.test(level2)) return 'COUNT';
  if (/率$/.test(name.trim())) return 'RATE';
  return 'OTHER';
}

/**
 * Reads one 指标值. `row` (the 二级指标 and 三级 name) lets the parser flag a unit that does not
 * fit its row, e.g. `≥95%` as the target of 年度服务部门数量 (a 数量指标).
 */
export function parseTarget(text: string | null | undefined, row?: { level2: string; name: string }): ParsedTarget {
  const original = (text ?? '').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (original === '') return { original, operator: null, value: null, unit: null, flags: ['EMPTY'] };
  const compact = original
    .replace(/[\s\u3000]/g, '')
    .replace(/％/g, '%')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!/\d/.test(compact)) return { original, operator: '定性', value: null, unit: null, flags: [] };

  let operator: TargetOperator = '=';
  let rest = compact;
  const op = OPERATORS.find(([symbol]) => rest.startsWith(symbol));
  if (op) {
    operator = op[1];
    rest = rest.slice(op[0].length);
  }
  const match = /^(\d+(?:\.\d+)?)(.*)$/.exec(rest);
  if (!match) return { original, operator: null, value: null, unit: null, flags: ['UNPARSEABLE'] };
  const value = Number(match[1]);
  const unitText = match[2];
  if (/\d/.test(unitText)) return { original, operator: null, value: null, unit: null, flags: ['UNPARSEABLE'] };
  const flags: TargetFlag[] = [];
  const unit: string | null = unitText === '' ? null : unitText;
  if (unit !== null && !(KNOWN_TARGET_UNITS as readonly string[]).includes(unit)) flags.push('UNKNOWN_UNIT');
  if (row && unit !== null) {
    const kind = targetRowKind(row.level2, row.name);
    if (kind === 'COUNT' && unit === '%') flags.push('UNIT_MISMATCH');
    if (kind === 'RATE' && COUNT_UNITS.has(unit)) flags.push('UNIT_MISMATCH');
  }
  if (unit === '%' && operator === '≥' && value >= 100) flags.push('RATE_AT_CEILING');
  return { original, operator, value, unit, flags };
}

/** Scoring direction of a parsed target (DOMAIN.md §6.5). */
export type TargetDirection = 'POSITIVE' | 'NEGATIVE' | 'EQUAL' | 'QUALITATIVE';

export function targetDirection(operator: TargetOperator): TargetDirection {
  switch (operator) {
    case '≥':
      return 'POSITIVE';
    case '≤':
      return 'NEGATIVE';
    case '=':
      return 'EQUAL';
    case '定性':
      return 'QUALITATIVE';
  }
}

/** Whether a quantitative actual meets its target; null when there is nothing to compare. */
export function targetMet(target: { operator: TargetOperator | null; value: number | null }, actual: number | null): boolean | null {
  if (actual === null || target.value === null || target.operator === null || target.operator === '定性') return null;
  switch (target.operator) {
    case '≥':
      return actual >= target.value - 1e-9;
    case '≤':
      return actual <= target.value + 1e-9;
    case '=':
      return Math.abs(actual - target.value) < 1e-9;
  }
}
