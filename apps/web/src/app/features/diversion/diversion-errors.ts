import type { ConsultationKind } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import type { FieldError } from '../../core/forms/form-errors';
import type { DecisionForm } from './diversion-forms';

/** A text the API takes with at least `min` and at most `max` characters (trimmed), else what to fix. */
function textProblem(value: string, name: string, min: number, max: number, ask: string): string | null {
  const length = value.trim().length;
  if (length === 0) return ask;
  if (length < min) return `${name}至少写 ${min} 个字`;
  return length > max ? `${name}不能超过 ${max} 个字（现有 ${length} 个字），请精简` : null;
}

function push(errors: FieldError[], field: string, problem: string | null): void {
  if (problem) errors.push({ field, message: problem });
}

/** 标记涉法涉诉 (FlagLawRelatedDto): a case number and a reason of 2–500 characters. */
export function flagErrors(caseNo: string, reason: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!caseNo.trim()) errors.push({ field: 'caseNo', message: '请填写要标记的事项编号（登记回执上的完整编号）' });
  push(errors, 'reason', textProblem(reason, '标记理由', 2, 500, '请填写标记为涉法涉诉的理由，如“已向法院起诉”'));
  return errors;
}

/** 确认分流去向 (DivertCaseDto): a route, the competent organ (2–200) and the reason told (2–2000). */
export function decisionErrors(f: DecisionForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!f.route) errors.push({ field: 'route', message: '请选择分流去向' });
  push(errors, 'competentOrgan', textProblem(f.competentOrgan, '有权处理的机关', 2, 200, '请填写有权处理的机关，如“巨鹿县人民法院”'));
  push(errors, 'note', textProblem(f.note, '告知理由', 2, 2000, '请填写告知理由：为什么应通过这一法定途径解决'));
  return errors;
}

export interface ConsultationForm {
  kind: ConsultationKind;
  advisor: string;
  lawyerOnDuty: string;
  content: string;
  heldOn: string;
}

/** 法律咨询 / 政策解释 (ConsultationDto): who answered (≤ 50), the day (not after today), the answer (2–4000). */
export function consultationErrors(c: ConsultationForm, today = new Date()): FieldError[] {
  const errors: FieldError[] = [];
  if (!c.kind) errors.push({ field: 'kind', message: '请选择法律咨询或政策解释' });
  push(errors, 'advisor', textProblem(c.advisor, '解答人', 1, 50, '请填写解答人姓名'));
  if (c.lawyerOnDuty.trim().length > 50) errors.push({ field: 'lawyerOnDuty', message: `值班律师不能超过 50 个字（现有 ${c.lawyerOnDuty.trim().length} 个字）` });
  if (!c.heldOn) errors.push({ field: 'heldOn', message: '请选择咨询解答的日期' });
  else if (c.heldOn > chinaDate(today)) errors.push({ field: 'heldOn', message: '咨询解答的日期不能晚于今天' });
  push(errors, 'content', textProblem(c.content, '咨询解答内容', 2, 4000, '请填写咨询解答内容：解答了什么、依据什么'));
  return errors;
}

export interface FollowUpForm {
  outcome: string;
  checkedOn: string;
  evidence: string;
}

/** 回访 of a diverted case (ChannelFollowUpDto): the outcome, the day checked (not after today), the evidence (2–1000). */
export function followUpErrors(f: FollowUpForm, today = new Date()): FieldError[] {
  const errors: FieldError[] = [];
  if (!f.outcome) errors.push({ field: 'outcome', message: '请选择是否进入法定途径' });
  if (!f.checkedOn) errors.push({ field: 'checkedOn', message: '请选择核实日期' });
  else if (f.checkedOn > chinaDate(today)) errors.push({ field: 'checkedOn', message: '核实日期不能晚于今天' });
  push(errors, 'evidence', textProblem(f.evidence, '核实依据', 2, 1000, '请填写核实依据，如立案通知书编号、电话回访记录'));
  return errors;
}
