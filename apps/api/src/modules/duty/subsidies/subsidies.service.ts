import { Injectable } from '@nestjs/common';
import type { CreateDutySubsidySheetRequest, CurrentUser, DutySubsidyRateRequest, DutySubsidyRateView, DutySubsidySheetView } from '@julu/contracts';
import { computeSubsidy, type SubsidyRate, type SubsidyShift } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { Transactions } from '../../../core/database/transactions';
import { insertRow, SQL_NOW, updateRows } from '../../../core/database/typed-writes';
import { conflict, invalidField, notFound } from '../../../core/http/api-errors';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { dutyUnit, dutyUnitCondition, subsidyBudgetProject } from '../duty-units';
import { DutySubsidySheetEntity } from '../entities/duty-subsidy-sheet.entity';
import { SensitivePeriodsService } from '../periods/sensitive-periods.service';
import { SHEET_SELECT, type SheetRow, toSheetView } from './subsidy.rows';

const SHEET_NOT_FOUND = '补助发放表不存在或不在您的管辖范围内';

/**
 * 值班补助 (DOMAIN.md §3.5): payment sheets per unit and month or sensitive period, computed from
 * completed shifts at the rates in force, approved by a bureau leader; approval is announced as
 * `duty.subsidy-approved` for the budget module to book as spending of the sheet's project.
 */
@Injectable()
export class SubsidiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly periods: SensitivePeriodsService,
    private readonly config: AppConfig,
  ) {}

  async rates(m: EntityManager = this.dataSource.manager): Promise<DutySubsidyRateView[]> {
    const rows: { effective_from: string; yuan: string; half: string }[] = await m.query(
      'SELECT effective_from::text AS effective_from, yuan_per_person_day AS yuan, half_shift_person_days AS half FROM duty_subsidy_rate ORDER BY effective_from',
    );
    return rows.map((r) => ({ effectiveFrom: r.effective_from, yuanPerPersonDay: Number(r.yuan), halfShiftPersonDays: Number(r.half) }));
  }

  async addRate(dto: DutySubsidyRateRequest, user: CurrentUser): Promise<DutySubsidyRateView[]> {
    return this.transactions.run(async (m) => {
      const inserted: unknown[] = await m.query(
        'INSERT INTO duty_subsidy_rate (effective_from, yuan_per_person_day, half_shift_person_days, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING effective_from',
        [dto.effectiveFrom, dto.yuanPerPersonDay, dto.halfShiftPersonDays, user.id],
      );
      if (inserted.length === 0) throw conflict(`已有自 ${dto.effectiveFrom} 起执行的补助标准`);
      const approved: unknown[] = await m.query(`SELECT 1 FROM duty_subsidy_sheet WHERE status = 'APPROVED' AND date_to >= $1 LIMIT 1`, [dto.effectiveFrom]);
      if (approved.length > 0) throw conflict(`${dto.effectiveFrom} 以后已有审批过的补助发放表，新标准只能自更晚的日期起执行`);
      await this.audit.record(m, {
        action: 'duty_subsidy_rate.create',
        entityType: 'duty_subsidy_rate',
        entityId: dto.effectiveFrom,
        changes: { yuanPerPersonDay: { after: dto.yuanPerPersonDay }, halfShiftPersonDays: { after: dto.halfShiftPersonDays } },
      });
      return this.rates(m);
    });
  }

  async list(user: CurrentUser): Promise<DutySubsidySheetView[]> {
    const params: unknown[] = [];
    const rows: SheetRow[] = await this.dataSource.query(
      `${SHEET_SELECT} WHERE ${dutyUnitCondition(user, 'h.unit_id', params)} ORDER BY h.created_at DESC, h.id DESC LIMIT 200`,
      params,
    );
    return rows.map(toSheetView);
  }

  async get(id: string, user: CurrentUser, m: EntityManager = this.dataSource.manager): Promise<DutySubsidySheetView> {
    const params: unknown[] = [id];
    const [row]: SheetRow[] = await m.query(`${SHEET_SELECT} WHERE h.id = $1 AND ${dutyUnitCondition(user, 'h.unit_id', params)}`, params);
    if (!row) throw notFound(SHEET_NOT_FOUND);
    return toSheetView(row);
  }

  /** A draft sheet over the unit's shifts in the month or period not paid by an approved sheet yet. */
  async create(dto: CreateDutySubsidySheetRequest, user: CurrentUser): Promise<DutySubsidySheetView> {
    if (Boolean(dto.month) === Boolean(dto.periodId)) throw invalidField('month', '请选择月份或敏感节点（二选一）');
    return this.transactions.run(async (m) => {
      const unit = await dutyUnit(m, dto.unitId, user);
      const period = dto.periodId ? await this.periods.find(m, dto.periodId) : null;
      const [range]: { date_from: string; date_to: string }[] = period
        ? [{ date_from: period.startOn, date_to: period.endOn }]
        : await m.query(`SELECT $1::date::text AS date_from, ($1::date + interval '1 month' - interval '1 day')::date::text AS date_to`, [`${dto.month}-01`]);
      // Each rostered person with whether they worked the shift (checked in and out, DOMAIN.md §3.5).
      const shifts: SubsidyShift[] = await m.query(
        `SELECT s.id, s.date::text AS date, s.type, s.status,
                json_agg(json_build_object('id', x.user_id, 'worked', x.check_out_at IS NOT NULL) ORDER BY x.role, x.position) AS persons
         FROM duty_shift s JOIN duty_roster r ON r.id = s.roster_id JOIN duty_shift_member x ON x.shift_id = s.id
         WHERE s.unit_id = $1 AND s.date BETWEEN $2 AND $3 AND r.status IN ('PUBLISHED', 'CLOSED')
           AND NOT EXISTS (SELECT 1 FROM duty_subsidy_paid_shift p WHERE p.shift_id = s.id)
         GROUP BY s.id`,
        [unit.id, range.date_from, range.date_to],
      );
      const rates: SubsidyRate[] = (await this.rates(m)).map((r) => ({ ...r }));
      const result = computeSubsidy(shifts, rates);
      if (result.paidShiftIds.length === 0)
        throw invalidField(dto.month ? 'month' : 'periodId', `${unit.name}在 ${range.date_from} 至 ${range.date_to} 没有可发放补助的已完成班次`);
      const { id } = await insertRow(
        m,
        DutySubsidySheetEntity,
        {
          unitId: unit.id,
          periodId: period?.id ?? null,
          month: dto.month ?? null,
          dateFrom: range.date_from,
          dateTo: range.date_to,
          budgetProjectCode: subsidyBudgetProject(unit, this.config),
          totalPersonDays: String(result.totalPersonDays),
          totalFen: String(result.totalFen),
          unpaidShifts: result.unpaid.length,
          segments: result.segments,
          createdBy: user.id,
        },
        ['id'],
      );
      await m.query(
        'INSERT INTO duty_subsidy_line (sheet_id, user_id, shifts, person_days, amount_fen) SELECT $1, * FROM unnest($2::uuid[], $3::int[], $4::numeric[], $5::bigint[])',
        [id, result.lines.map((l) => l.personId), result.lines.map((l) => l.shifts), result.lines.map((l) => l.personDays), result.lines.map((l) => l.amountFen)],
      );
      await m.query('INSERT INTO duty_subsidy_sheet_shift (sheet_id, shift_id) SELECT $1, unnest($2::uuid[])', [id, result.paidShiftIds]);
      await this.audit.record(m, {
        action: 'duty_subsidy_sheet.create',
        entityType: 'duty_subsidy_sheet',
        entityId: id,
        changes: { totalFen: { after: result.totalFen }, personDays: { after: result.totalPersonDays } },
      });
      return this.get(id, user, m);
    });
  }

  async approve(id: string, user: CurrentUser): Promise<DutySubsidySheetView> {
    return this.transactions.run(async (m) => {
      const sheet = await this.get(id, user, m);
      const [locked]: { status: string }[] = await m.query('SELECT status FROM duty_subsidy_sheet WHERE id = $1 FOR UPDATE', [id]);
      if (locked.status !== 'DRAFT') throw conflict('该发放表已审批');
      const claimed: unknown[] = await m.query(
        'INSERT INTO duty_subsidy_paid_shift (shift_id, sheet_id) SELECT shift_id, sheet_id FROM duty_subsidy_sheet_shift WHERE sheet_id = $1 ON CONFLICT DO NOTHING RETURNING shift_id',
        [id],
      );
      if (claimed.length !== sheet.paidShifts) throw conflict('部分班次已在另一张审批过的发放表中发放，请重新生成本发放表');
      await updateRows(m, DutySubsidySheetEntity, { id }, { status: 'APPROVED', approvedBy: user.id, approvedAt: SQL_NOW });
      const totalFen = Math.round(sheet.totalYuan * 100);
      await this.audit.record(m, {
        action: 'duty_subsidy_sheet.approve',
        entityType: 'duty_subsidy_sheet',
        entityId: id,
        changes: { status: { before: 'DRAFT', after: 'APPROVED' } },
      });
      await this.outbox.record(m, {
        eventType: 'duty.subsidy-approved',
        aggregateType: 'duty_subsidy_sheet',
        aggregateId: id,
        payload: { unitId: sheet.unitId, budgetProjectCode: sheet.budgetProjectCode, totalFen, personDays: sheet.totalPersonDays, dateFrom: sheet.dateFrom, dateTo: sheet.dateTo },
      });
      return this.get(id, user, m);
    });
  }
}
