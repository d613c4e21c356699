import type { PublicityForm } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';

/** 登记宣传活动 as the page holds it; the photos are sent one by one after the event. */
export interface EventForm {
  heldOn: string;
  townshipId: string;
  villageIds: string[];
  form: PublicityForm;
  topic: string;
  participants: number;
  note: string;
}

export const EVENT_FIELDS = ['heldOn', 'townshipId', 'villageIds', 'form', 'topic', 'participants', 'note', 'photos'] as const;

const PHOTO_NAME = /\.(jpe?g|png)$/i;

/**
 * What the API would refuse in a publicity event (CreatePublicityEventDto, the service's date rule
 * and the photo types it takes), each on its control; [] = fine.
 */
export function eventFormErrors(f: EventForm, photos: readonly { name: string }[], today: string): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string): void => void errors.push({ field, message });
  if (!f.heldOn) add('heldOn', '请选择活动日期');
  else if (f.heldOn > today) add('heldOn', '活动日期不能晚于今天');
  if (!f.townshipId) add('townshipId', '请选择开展活动的乡镇（开发区）');
  if (f.villageIds.length === 0) add('villageIds', '请至少选择一个覆盖的村（社区）');
  else if (f.villageIds.length > 200) add('villageIds', '覆盖村（社区）不超过 200 个');
  const topic = f.topic.trim();
  if (topic.length < 2) add('topic', '请填写宣传主题（至少 2 个字）');
  else if (topic.length > 200) add('topic', '宣传主题不超过 200 个字，请删减');
  const people = Number(f.participants);
  if (!Number.isInteger(people) || people < 0 || people > 100000) add('participants', '参与人数须为 0 至 100000 的整数');
  if (f.note.trim().length > 2000) add('note', '备注不超过 2000 个字，请删减');
  const wrong = photos.filter((p) => !PHOTO_NAME.test(p.name)).map((p) => p.name);
  if (wrong.length > 0) add('photos', `照片须为 JPG 或 PNG 图片，请重新选择（${wrong.join('、')}）`);
  return errors;
}
