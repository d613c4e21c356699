/** The shape of an indicator definition (see indicator-definitions.ts). */
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

/** A target of at least the given value. */
export const atLeast = (value: number): IndicatorDefinition['target'] => ({ operator: '≥', value });
