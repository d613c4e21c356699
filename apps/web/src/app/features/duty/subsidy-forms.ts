import type { CreateDutySubsidySheetRequest, DutySubsidyRateRequest } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** 新增补助标准 as typed: the amount is empty until the administrator enters one. */
export interface SubsidyRateForm {
  effectiveFrom: string;
  yuanPerPersonDay: number | null;
  halfShiftPersonDays: number;
}

/** The controls of 新增补助标准, in reading order (API names). */
export const SUBSIDY_RATE_FIELDS = ['effectiveFrom', 'yuanPerPersonDay', 'halfShiftPersonDays'] as const;

/** What the API would refuse in a new subsidy rate (DutySubsidyRateDto), each on its control; [] = fine. */
export function subsidyRateFormErrors(form: SubsidyRateForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.effectiveFrom) errors.push({ field: 'effectiveFrom', message: '请选择生效日期' });
  else if (!DAY.test(form.effectiveFrom)) errors.push({ field: 'effectiveFrom', message: '生效日期应为 YYYY-MM-DD' });
  const yuan = form.yuanPerPersonDay;
  if (yuan === null || !Number.isFinite(yuan)) errors.push({ field: 'yuanPerPersonDay', message: '请填写补助标准（元/人/天）' });
  else if (Number(yuan.toFixed(2)) !== yuan) errors.push({ field: 'yuanPerPersonDay', message: '补助标准应为金额（元），至多两位小数' });
  else if (yuan < 1) errors.push({ field: 'yuanPerPersonDay', message: '补助标准至少 1 元' });
  else if (yuan > 10000) errors.push({ field: 'yuanPerPersonDay', message: '补助标准至多 10000 元' });
  if (form.halfShiftPersonDays !== 0.5 && form.halfShiftPersonDays !== 1) errors.push({ field: 'halfShiftPersonDays', message: '白班/夜班折算人天应为 0.5 或 1' });
  return errors;
}

/** The rate the API takes; call only when `subsidyRateFormErrors` found nothing. */
export const subsidyRateRequestOf = (form: SubsidyRateForm): DutySubsidyRateRequest => ({
  effectiveFrom: form.effectiveFrom,
  yuanPerPersonDay: Number(form.yuanPerPersonDay),
  halfShiftPersonDays: form.halfShiftPersonDays,
});

/** 生成发放表 for a unit and a month. */
export interface SubsidySheetForm {
  unitId: string;
  month: string;
}

/** The controls of 生成发放表, in reading order (API names). */
export const SUBSIDY_SHEET_FIELDS = ['unitId', 'month'] as const;

/** What the API would refuse in a monthly subsidy sheet (CreateDutySubsidySheetDto), each on its control; [] = fine. */
export function subsidySheetFormErrors(form: SubsidySheetForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.unitId) errors.push({ field: 'unitId', message: '请选择单位' });
  if (!form.month) errors.push({ field: 'month', message: '请选择月份' });
  else if (!MONTH.test(form.month)) errors.push({ field: 'month', message: '月份应为 YYYY-MM' });
  return errors;
}

export const subsidySheetRequestOf = (form: SubsidySheetForm): CreateDutySubsidySheetRequest => ({ unitId: form.unitId, month: form.month });
