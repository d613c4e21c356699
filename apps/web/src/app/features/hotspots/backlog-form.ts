import type { BacklogStatus, CreateBacklogCaseRequest, LeaderActivityRequest, ResolutionType } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';
import { textProblem } from './hotspot-form';

/** 更新化解情况 as the drawer holds it (the API's request without the version). */
export interface ResolutionDraft {
  status: BacklogStatus;
  resolutionType: ResolutionType | null;
  settledOn: string;
  note: string;
}

export const BACKLOG_FIELDS = ['title', 'origin', 'townshipId', 'leader', 'responsibleOrg', 'team', 'task', 'responsibility', 'plan', 'deadline', 'supervisionLevel'] as const;
export const ACTIVITY_FIELDS = ['kind', 'heldOn', 'leader', 'place', 'peopleMet', 'result'] as const;
export const RESOLUTION_FIELDS = ['status', 'resolutionType', 'settledOn', 'note'] as const;

function texts(entries: readonly (readonly [string, string, string, number])[]): FieldError[] {
  return entries.flatMap(([field, label, value, max]) => {
    const message = textProblem(label, value, max);
    return message ? [{ field, message }] : [];
  });
}

/** 登记积案 with its 五定, checked as the API checks it (CreateBacklogCaseDto); [] = fine. */
export function backlogCaseErrors(d: CreateBacklogCaseRequest): FieldError[] {
  return [
    ...texts([['title', '积案名称', d.title, 200]]),
    ...(d.townshipId ? [] : [{ field: 'townshipId', message: '请选择属地乡镇' }]),
    ...texts([
      ['leader', '包案领导（定领导）', d.leader, 50],
      ['responsibleOrg', '责任单位', d.responsibleOrg, 100],
      ['team', '工作专班（定人员）', d.team, 200],
      ['task', '化解任务（定任务）', d.task, 2000],
      ['responsibility', '责任要求（定责任）', d.responsibility, 2000],
      ['plan', '化解方案（一案一策）', d.plan, 4000],
    ]),
    ...(d.deadline ? [] : [{ field: 'deadline', message: '请选择化解时限（定时间）' }]),
  ];
}

/** 领导接访、下访、约访 (LeaderActivityDto and the service's rule: not after today). */
export function leaderActivityErrors(a: LeaderActivityRequest, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!a.heldOn) errors.push({ field: 'heldOn', message: '请选择日期' });
  else if (a.heldOn > today) errors.push({ field: 'heldOn', message: '日期不能晚于今天' });
  return [
    ...errors,
    ...texts([
      ['leader', '领导', a.leader, 50],
      ['place', '地点', a.place, 100],
      ['peopleMet', '接谈对象', a.peopleMet, 200],
      ['result', '结果', a.result, 2000],
    ]),
  ];
}

/** 更新化解情况: 已化解 names how (《信访工作条例》第二十七条), 已终结 is 依法终结, the settling day is past. */
export function resolutionErrors(r: ResolutionDraft, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (r.status === 'RESOLVED' && (!r.resolutionType || r.resolutionType === 'LAWFUL_TERMINATION'))
    errors.push({ field: 'resolutionType', message: '已化解须选择化解方式（解决问题、思想教育、帮扶救助到位或依法处理）' });
  if (r.status === 'TERMINATED' && r.resolutionType && r.resolutionType !== 'LAWFUL_TERMINATION') errors.push({ field: 'resolutionType', message: '已终结的化解方式为依法终结' });
  if (r.settledOn && r.settledOn > today) errors.push({ field: 'settledOn', message: '息诉罢访确认日期不能晚于今天' });
  return [...errors, ...texts([['note', '情况说明', r.note, 2000]])];
}
