import type { DeliveryMethod, SatisfactionResult } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';
import { toChinaDay } from '../../core/forms/date-values';

/** The longest 评价意见 the API takes (RecordEvaluationDto). */
export const MAX_COMMENT = 500;

/**
 * What keeps a 登记送达 from being sent (the API's RecordDeliveryDto and notices service rules): a
 * method, a time, not in the future (a minute's grace for clocks) and not before the notice was issued.
 */
export function deliveryErrors(method: DeliveryMethod | null, deliveredAt: Date | null, issuedOn: string, now = new Date()): FieldError[] {
  const errors: FieldError[] = [];
  if (!method) errors.push({ field: 'method', message: '请选择送达方式' });
  if (!deliveredAt) errors.push({ field: 'deliveredAt', message: '请选择送达时间（文书交到信访人手中的时间）' });
  else if (deliveredAt.getTime() > now.getTime() + 60_000) errors.push({ field: 'deliveredAt', message: '送达时间不能晚于现在' });
  else if (toChinaDay(deliveredAt) < issuedOn) errors.push({ field: 'deliveredAt', message: `送达时间不能早于文书出具日期 ${issuedOn}` });
  return errors;
}

/** What keeps a 回访评价 from being sent (RecordEvaluationDto): a result, and a comment of at most 500 characters. */
export function callbackErrors(result: SatisfactionResult | null, comment: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!result) errors.push({ field: 'result', message: '请选择评价结果（满意、基本满意或不满意）' });
  const length = comment.trim().length;
  if (length > MAX_COMMENT) errors.push({ field: 'comment', message: `评价意见不能超过 ${MAX_COMMENT} 字（现有 ${length} 字），请精简` });
  return errors;
}
