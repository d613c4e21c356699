import { Injectable } from '@nestjs/common';
import type { DefaultPeriodsResult, SensitivePeriodRequest, SensitivePeriodView } from '@julu/contracts';
import { defaultSensitivePeriods } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../../../core/database/transactions';
import { SQL_NOW, updateRows } from '../../../core/database/typed-writes';
import { conflict, invalidField, notFound } from '../../../core/http/api-errors';
import { AuditService, changedFields } from '../../audit';
import { CalendarService } from '../../calendar';
import { SensitivePeriodEntity } from '../entities/sensitive-period.entity';

interface PeriodRow {
  id: string;
  year: number;
  name: string;
  level: 1 | 2 | 3;
  scope: SensitivePeriodView['scope'];
  start_on: string;
  end_on: string;
  shift_pattern: SensitivePeriodView['shiftPattern'];
  report_due_time: string;
  notes: string;
}

const SELECT = `SELECT id, year, name, level, scope, start_on::text AS start_on, end_on::text AS end_on, shift_pattern, report_due_time, notes FROM sensitive_period`;
const NOT_FOUND = '敏感节点不存在';

const toView = (r: PeriodRow): SensitivePeriodView => ({
  id: r.id,
  year: r.year,
  name: r.name,
  level: r.level,
  scope: r.scope,
  startOn: r.start_on,
  endOn: r.end_on,
  shiftPattern: r.shift_pattern,
  reportDueTime: r.report_due_time,
  notes: r.notes,
});

/** 敏感节点: administrators keep the year's periods; everyone on duty reads them. */
@Injectable()
export class SensitivePeriodsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
  ) {}

  async list(year: number | undefined): Promise<SensitivePeriodView[]> {
    const rows: PeriodRow[] = await this.dataSource.query(`${SELECT} WHERE $1::int IS NULL OR year = $1 ORDER BY start_on, id`, [year ?? null]);
    return rows.map(toView);
  }

  async find(m: EntityManager, id: string): Promise<SensitivePeriodView> {
    const [row]: PeriodRow[] = await m.query(`${SELECT} WHERE id = $1`, [id]);
    if (!row) throw notFound(NOT_FOUND);
    return toView(row);
  }

  async create(dto: SensitivePeriodRequest): Promise<SensitivePeriodView> {
    check(dto);
    return this.transactions.run(async (m) => {
      const [row]: PeriodRow[] = await m.query(
        `INSERT INTO sensitive_period (year, name, level, scope, start_on, end_on, shift_pattern, report_due_time, notes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (year, name) DO NOTHING
         RETURNING id, year, name, level, scope, start_on::text AS start_on, end_on::text AS end_on, shift_pattern, report_due_time, notes`,
        [Number(dto.startOn.slice(0, 4)), dto.name.trim(), dto.level, dto.scope, dto.startOn, dto.endOn, dto.shiftPattern, dto.reportDueTime, dto.notes?.trim() ?? ''],
      );
      if (!row) throw conflict(`${dto.startOn.slice(0, 4)}年已有名为「${dto.name}」的敏感节点`);
      await this.audit.record(m, {
        action: 'duty_period.create',
        entityType: 'sensitive_period',
        entityId: row.id,
        changes: { name: { after: row.name }, startOn: { after: row.start_on }, endOn: { after: row.end_on } },
      });
      return toView(row);
    });
  }

  async update(id: string, dto: SensitivePeriodRequest): Promise<SensitivePeriodView> {
    check(dto);
    return this.transactions.run(async (m) => {
      const before = await this.find(m, id);
      const taken: unknown[] = await m.query('SELECT 1 FROM sensitive_period WHERE year = $1 AND name = $2 AND id <> $3', [Number(dto.startOn.slice(0, 4)), dto.name.trim(), id]);
      if (taken.length > 0) throw conflict(`${dto.startOn.slice(0, 4)}年已有名为「${dto.name}」的敏感节点`);
      await updateRows(
        m,
        SensitivePeriodEntity,
        { id },
        {
          year: Number(dto.startOn.slice(0, 4)),
          name: dto.name.trim(),
          level: dto.level,
          scope: dto.scope,
          startOn: dto.startOn,
          endOn: dto.endOn,
          shiftPattern: dto.shiftPattern,
          reportDueTime: dto.reportDueTime,
          notes: dto.notes?.trim() ?? '',
          updatedAt: SQL_NOW,
        },
      );
      const after = await this.find(m, id);
      const pick = (v: SensitivePeriodView) => ({
        name: v.name,
        level: v.level,
        scope: v.scope,
        startOn: v.startOn,
        endOn: v.endOn,
        shiftPattern: v.shiftPattern,
        reportDueTime: v.reportDueTime,
        notes: v.notes,
      });
      await this.audit.record(m, { action: 'duty_period.update', entityType: 'sensitive_period', entityId: id, changes: changedFields(pick(before), pick(after)) });
      return after;
    });
  }

  async remove(id: string): Promise<void> {
    await this.transactions.run(async (m) => {
      const before = await this.find(m, id);
      const used: unknown[] = await m.query('SELECT 1 FROM duty_roster WHERE period_id = $1 UNION ALL SELECT 1 FROM duty_subsidy_sheet WHERE period_id = $1 LIMIT 1', [id]);
      if (used.length > 0) throw conflict(`「${before.name}」已有值班表或补助发放表，不能删除；可修改其日期或名称`);
      await m.query('DELETE FROM sensitive_period WHERE id = $1', [id]);
      await this.audit.record(m, { action: 'duty_period.delete', entityType: 'sensitive_period', entityId: id, changes: { name: { before: before.name } } });
    });
  }

  /** Adds the year's default periods (DOMAIN.md §3.1) that are not there yet; adjusted ones stay. */
  async addDefaults(year: number): Promise<DefaultPeriodsResult> {
    const holidays = (await this.calendar.years()).find((y) => y.year === year) ?? null;
    const { periods, needsHolidayYear } = defaultSensitivePeriods(year, holidays);
    return this.transactions.run(async (m) => {
      const created: SensitivePeriodView[] = [];
      const skipped: string[] = [];
      for (const p of periods) {
        const [row]: PeriodRow[] = await m.query(
          `INSERT INTO sensitive_period (year, name, level, scope, start_on, end_on, shift_pattern, report_due_time, notes)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (year, name) DO NOTHING
           RETURNING id, year, name, level, scope, start_on::text AS start_on, end_on::text AS end_on, shift_pattern, report_due_time, notes`,
          [year, p.name, p.level, p.scope, p.startOn, p.endOn, p.shiftPattern, p.reportDueTime, p.notes],
        );
        if (row) created.push(toView(row));
        else skipped.push(p.name);
      }
      await this.audit.record(m, {
        action: 'duty_period.create',
        entityType: 'sensitive_period',
        entityId: String(year),
        reason: `按默认设置添加 ${year} 年敏感节点：${created.map((c) => c.name).join('、') || '无'}`,
      });
      return { created, skipped, needsHolidayYear };
    });
  }
}

function check(dto: SensitivePeriodRequest): void {
  if (dto.startOn > dto.endOn) throw invalidField('endOn', '结束日期不能早于开始日期');
  if (dto.endOn > addYear(dto.startOn)) throw invalidField('endOn', '一个敏感节点最长一年');
}

const addYear = (date: string): string => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
