/**
 * 绩效运行监控 (DOMAIN.md §6.4, 财预〔2019〕136号): per goal row, the likelihood of reaching the
 * target by year end. 有可能 and 不可能 must say why (one of the four cause categories plus text)
 * and what will be done about it.
 */
export const MONITORING_LIKELIHOODS = ['CERTAIN', 'POSSIBLE', 'IMPOSSIBLE'] as const;
export type MonitoringLikelihood = (typeof MONITORING_LIKELIHOODS)[number];

export const MONITORING_LIKELIHOOD_LABELS: Record<MonitoringLikelihood, string> = { CERTAIN: '确定能', POSSIBLE: '有可能', IMPOSSIBLE: '不可能' };

export const DEVIATION_CAUSES = ['PLANNING', 'FUNDING', 'INSTITUTIONAL', 'MANAGEMENT'] as const;
export type DeviationCause = (typeof DEVIATION_CAUSES)[number];

export const DEVIATION_CAUSE_LABELS: Record<DeviationCause, string> = {
  PLANNING: '规划和目标设计',
  FUNDING: '投入保障',
  INSTITUTIONAL: '制度保障',
  MANAGEMENT: '项目管理',
};

export interface MonitoringRowInput {
  likelihood: MonitoringLikelihood;
  causeCategory?: DeviationCause | null;
  causeText?: string | null;
  measures?: string | null;
}

/** The first missing field of a monitoring row, in Chinese, or null when the row is complete. */
export function monitoringRowProblem(row: MonitoringRowInput): { field: 'causeCategory' | 'causeText' | 'measures'; message: string } | null {
  if (row.likelihood === 'CERTAIN') return null;
  const label = MONITORING_LIKELIHOOD_LABELS[row.likelihood];
  if (!row.causeCategory) return { field: 'causeCategory', message: `完成目标可能性为“${label}”时须选择偏差原因类别` };
  if (!row.causeText?.trim()) return { field: 'causeText', message: `完成目标可能性为“${label}”时须说明偏差或不能完成的原因` };
  if (!row.measures?.trim()) return { field: 'measures', message: `完成目标可能性为“${label}”时须填写相关建议或举措` };
  return null;
}
