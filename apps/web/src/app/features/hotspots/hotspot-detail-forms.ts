import { type HotspotIncidentRequest, INCIDENT_LEVELS, INCIDENT_NATURES } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';
import { textProblem } from './hotspot-form';

/** 办理 (开始化解, 申请销号, …): its note, as the template's `data-field`s name it. */
export const ACTION_NOTE_FIELDS = ['note'] as const;
/** 添加动态记录. */
export const FOLLOW_UP_FIELDS = ['content'] as const;
/** 转为突发事件快报, in reading order. */
export const HOTSPOT_INCIDENT_FIELDS = ['level', 'nature', 'placeDetail'] as const;

const one = (field: string, message: string | null): FieldError[] => (message ? [{ field, message }] : []);

/** The note of an action on a hotspot, as the API checks it (HotspotTransitionDto); [] = fine. */
export function actionNoteErrors(note: string): FieldError[] {
  return one('note', textProblem('情况说明', note, 2000));
}

/** A 动态记录, as the API checks it (HotspotFollowUpDto); [] = fine. */
export function followUpErrors(content: string): FieldError[] {
  return one('content', textProblem('动态记录内容', content, 4000));
}

/** 转为突发事件快报, as the API checks it (HotspotIncidentDto), each on its control; [] = fine. */
export function hotspotIncidentErrors(form: HotspotIncidentRequest): FieldError[] {
  return [
    ...one('level', INCIDENT_LEVELS.includes(form.level) ? null : '请选择事件等级'),
    ...one('nature', INCIDENT_NATURES.includes(form.nature) ? null : '请选择事件性质'),
    ...one('placeDetail', textProblem('事发地点', form.placeDetail, 200)),
  ];
}
