import { registerDecorator, type ValidationOptions } from 'class-validator';

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a `YYYY-MM-DD` day that exists (no 2 月 30 日) in years PostgreSQL stores as written. */
export function isCalendarDate(value: unknown): boolean {
  const m = typeof value === 'string' ? SHAPE.exec(value) : null;
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar day as `YYYY-MM-DD`. A pattern alone lets 2026-02-31 through, which PostgreSQL then
 * refuses mid-transaction (a 500 instead of a 400 naming the field).
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: isCalendarDate, defaultMessage: () => '日期应为 YYYY-MM-DD 格式的有效日期' },
    });
  };
}
