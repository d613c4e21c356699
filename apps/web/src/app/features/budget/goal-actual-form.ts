import type { QualitativeGradeCode, UpdateGoalRowRequest } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';

const GRADES: readonly QualitativeGradeCode[] = ['ACHIEVED', 'PARTLY', 'NOT_ACHIEVED'];

/** 录入实际完成值 as typed: a number for a quantitative row, a grade for a qualitative (定性) one. */
export interface GoalActualForm {
  qualitative: boolean;
  manualActual: number | null;
  manualGrade: QualitativeGradeCode | null;
  evidence: string;
}

/** The controls of the dialog, in reading order (API names). */
export const GOAL_ACTUAL_FIELDS = ['manualActual', 'manualGrade', 'evidence'] as const;

/**
 * What the API would refuse in a manual actual (UpdateGoalRowDto and GoalRowsService), each on its
 * control; [] = fine. An empty value clears the manual entry, which needs no evidence.
 */
export function goalActualErrors(form: GoalActualForm): FieldError[] {
  const errors: FieldError[] = [];
  if (form.qualitative) {
    if (form.manualGrade !== null && !GRADES.includes(form.manualGrade)) errors.push({ field: 'manualGrade', message: '达成情况应为达成、部分达成或未达成' });
  } else if (form.manualActual !== null) {
    const value = form.manualActual;
    if (!Number.isFinite(value) || Number(value.toFixed(4)) !== value) errors.push({ field: 'manualActual', message: '实际完成值应为数字，至多四位小数' });
    else if (value < 0) errors.push({ field: 'manualActual', message: '实际完成值不能为负数' });
  }
  const entered = form.qualitative ? form.manualGrade !== null : form.manualActual !== null;
  const evidence = form.evidence.trim();
  if (entered && !evidence) errors.push({ field: 'evidence', message: '手工录入实际完成值时须说明依据或证明材料（如调查问卷汇总、会议纪要）' });
  else if (evidence.length > 2000) errors.push({ field: 'evidence', message: '依据或证明材料不超过 2000 个字，请删减' });
  return errors;
}

/** The row update the API takes: the grade or the number, with the evidence trimmed. */
export const goalActualRequestOf = (form: GoalActualForm): UpdateGoalRowRequest =>
  form.qualitative ? { manualGrade: form.manualGrade, evidence: form.evidence.trim() } : { manualActual: form.manualActual, evidence: form.evidence.trim() };
