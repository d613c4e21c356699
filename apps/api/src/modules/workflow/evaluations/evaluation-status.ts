import { EVALUATION_STAGES, type EvaluationStage, type EvaluationView, type NoticeKind, type SatisfactionResult } from '@julu/contracts';
import { addDays, chinaDate } from '@julu/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** The notices whose delivery opens each stage's evaluation (受理环节: the intake decision; 办理环节: the opinion). */
export const STAGE_NOTICES: Readonly<Record<EvaluationStage, readonly NoticeKind[]>> = {
  ACCEPTANCE: ['ACCEPTANCE', 'NON_ACCEPTANCE', 'NO_REACCEPTANCE'],
  HANDLING: ['HANDLING_OPINION'],
};

export interface EvaluationRow {
  stage: EvaluationStage;
  result: SatisfactionResult;
  source: 'PUBLIC' | 'CALLBACK';
  comment: string | null;
  recorded_at: Date;
}

/**
 * A stage's evaluation: not yet open until its notice is delivered; open for `windowDays` after
 * delivery; then evaluated, or 未参评 (never counted as satisfied) once the window has passed.
 */
export function evaluationView(stage: EvaluationStage, deliveredAt: Date | null, row: EvaluationRow | undefined, windowDays: number, now: Date): EvaluationView {
  const windowEndsOn = deliveredAt ? addDays(chinaDate(deliveredAt), windowDays) : null;
  const base = { stage, result: null, source: null, comment: null, recordedAt: null, windowEndsOn };
  if (row) return { ...base, status: 'EVALUATED', result: row.result, source: row.source, comment: row.comment, recordedAt: row.recorded_at.toISOString() };
  if (!windowEndsOn) return { ...base, status: 'NOT_YET' };
  return { ...base, status: chinaDate(now) <= windowEndsOn ? 'OPEN' : 'NOT_PARTICIPATED' };
}

/** Both stages' evaluations of a case. */
export async function caseEvaluations(m: EntityManager | DataSource, caseId: string, windowDays: number, now: Date): Promise<EvaluationView[]> {
  const rows: EvaluationRow[] = await m.query('SELECT stage, result, source, comment, recorded_at FROM case_evaluation WHERE case_id = $1', [caseId]);
  const delivered: { kind: NoticeKind; delivered_at: Date }[] = await m.query(
    'SELECT kind, min(delivered_at) AS delivered_at FROM case_notice WHERE case_id = $1 AND delivered_at IS NOT NULL GROUP BY kind',
    [caseId],
  );
  return EVALUATION_STAGES.map((stage) => {
    const times = delivered.filter((d) => STAGE_NOTICES[stage].includes(d.kind)).map((d) => d.delivered_at.getTime());
    const deliveredAt = times.length ? new Date(Math.min(...times)) : null;
    return evaluationView(
      stage,
      deliveredAt,
      rows.find((r) => r.stage === stage),
      windowDays,
      now,
    );
  });
}
