/** The petitioner's satisfaction evaluations (满意度评价) of acceptance and handling. */

export const EVALUATION_STAGES = ['ACCEPTANCE', 'HANDLING'] as const;
export type EvaluationStage = (typeof EVALUATION_STAGES)[number];
export const EVALUATION_STAGE_LABELS: Readonly<Record<EvaluationStage, string>> = { ACCEPTANCE: '受理环节', HANDLING: '办理环节' };

export const SATISFACTION_RESULTS = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const;
export type SatisfactionResult = (typeof SATISFACTION_RESULTS)[number];
export const SATISFACTION_RESULT_LABELS: Readonly<Record<SatisfactionResult, string>> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
};

/** OPEN: can be evaluated now; NOT_YET: its notice is not delivered; EVALUATED; NOT_PARTICIPATED: 未参评 (window passed). */
export type EvaluationStatus = 'NOT_YET' | 'OPEN' | 'EVALUATED' | 'NOT_PARTICIPATED';

export interface EvaluationView {
  stage: EvaluationStage;
  status: EvaluationStatus;
  result: SatisfactionResult | null;
  source: 'PUBLIC' | 'CALLBACK' | null;
  comment: string | null;
  recordedAt: string | null;
  /** Last day to evaluate (the window is configurable). */
  windowEndsOn: string | null;
}

export interface RecordEvaluationRequest {
  stage: EvaluationStage;
  result: SatisfactionResult;
  comment?: string;
}
