import { Injectable } from '@nestjs/common';
import type { CreateDutyRosterRequest, CurrentUser, DutyMemberView, DutyRosterPage, DutyRosterStatus, DutyRosterSummary, DutyRosterView, DutyShiftView } from '@julu/contracts';
import { generateRoster, type RosterShortage } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { Transactions } from '../../../core/database/transactions';
import { insertRow, SQL_NOW, updateRows } from '../../../core/database/typed-writes';
import { conflict, invalidField, notFound } from '../../../core/http/api-errors';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { decodeCursor, dutyUnit, dutyUnitCondition, encodeCursor } from '../duty-units';
import { DutyRosterEntity } from '../entities/duty-roster.entity';
import { SensitivePeriodsService } from '../periods/sensitive-periods.service';
import { SHIFT_SELECT, type ShiftRow, toShiftView } from '../shifts/shift.row';

interface RosterRow {
  id: string;
  unit_id: string;
  unit_name: string;
  period_id: string | null;
  period_name: string | null;
  date_from: string;
  date_to: string;
  pattern: DutyRosterSummary['pattern'];
  status: DutyRosterStatus;
  report_due_time: string;
  shift_count: number;
  created_at: Date;
}

const ROSTER_SELECT = `
  SELECT r.id, r.unit_id, u.name AS unit_name, r.period_id, p.name AS period_name, r.date_from::text AS date_from, r.date_to::text AS date_to,
         r.pattern, r.status, r.report_due_time, (SELECT count(*)::int FROM duty_shift s WHERE s.roster_id = r.id) AS shift_count, r.created_at
  FROM duty_roster r JOIN org_unit u ON u.id = r.unit_id LEFT JOIN sensitive_period p ON p.id = r.period_id`;

export const ROSTER_NOT_FOUND = '值班表不存在或不在您的管辖范围内';

const toSummary = (r: RosterRow): DutyRosterSummary => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  periodId: r.period_id,
  periodName: r.period_name,
  dateFrom: r.date_from,
  dateTo: r.date_to,
  pattern: r.pattern,
  status: r.status,
  reportDueTime: r.report_due_time,
  shiftCount: r.shift_count,
  createdAt: r.created_at.toISOString(),
});

const TYPE_LABEL = { H24: '全天', DAY: '白班', NIGHT: '夜班' } as const;
const describeShortage = (s: RosterShortage): string => `${s.date}${TYPE_LABEL[s.type]}：${s.role === 'LEADER' ? '带班领导' : '值班人员'}需 ${s.needed} 人，可排 ${s.available} 人`;

/** 值班表: generated from a template as a draft, then published and finally closed. */
@Injectable()
export class RostersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly periods: SensitivePeriodsService,
    private readonly config: AppConfig,
  ) {}

  async members(unitId: string, user: CurrentUser): Promise<DutyMemberView[]> {
    await dutyUnit(this.dataSource.manager, unitId, user);
    return this.dataSource.query(`SELECT id, display_name AS name, role FROM app_user WHERE org_unit_id = $1 AND disabled_at IS NULL ORDER BY display_name, id`, [unitId]);
  }

  async list(query: { unitId?: string; cursor?: string; limit: number }, user: CurrentUser): Promise<DutyRosterPage> {
    const params: unknown[] = [];
    const where = [dutyUnitCondition(user, 'r.unit_id', params)];
    if (query.unitId) where.push(`r.unit_id = $${params.push(query.unitId)}`);
    const after = decodeCursor(query.cursor);
    if (after) where.push(`(r.date_from, r.id) < ($${params.push(after.key)}::date, $${params.push(after.id)}::uuid)`);
    const rows: RosterRow[] = await this.dataSource.query(`${ROSTER_SELECT} WHERE ${where.join(' AND ')} ORDER BY r.date_from DESC, r.id DESC LIMIT ${query.limit + 1}`, params);
    const items = rows.slice(0, query.limit).map(toSummary);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.dateFrom, last.id) : null };
  }

  async get(id: string, user: CurrentUser, m: EntityManager = this.dataSource.manager): Promise<DutyRosterView> {
    const params: unknown[] = [id];
    const [row]: RosterRow[] = await m.query(`${ROSTER_SELECT} WHERE r.id = $1 AND ${dutyUnitCondition(user, 'r.unit_id', params)}`, params);
    if (!row) throw notFound(ROSTER_NOT_FOUND);
    const shifts: ShiftRow[] = await m.query(`${SHIFT_SELECT} WHERE s.roster_id = $1 ORDER BY s.start_at, s.id`, [id]);
    return { ...toSummary(row), shifts: shifts.map(toShiftView) };
  }

  /** The shifts of a unit's rosters (any status) in a month, for the month calendar. */
  async month(unitId: string, month: string, user: CurrentUser): Promise<DutyShiftView[]> {
    await dutyUnit(this.dataSource.manager, unitId, user);
    const rows: ShiftRow[] = await this.dataSource.query(
      `${SHIFT_SELECT} WHERE s.unit_id = $1 AND s.date >= $2::date AND s.date < ($2::date + interval '1 month') ORDER BY s.start_at, s.id`,
      [unitId, `${month}-01`],
    );
    return rows.map(toShiftView);
  }

  async generate(dto: CreateDutyRosterRequest, user: CurrentUser): Promise<DutyRosterView> {
    return this.transactions.run(async (m) => {
      const unit = await dutyUnit(m, dto.unitId, user);
      const period = dto.periodId ? await this.periods.find(m, dto.periodId) : null;
      await this.checkMembers(m, unit.id, dto.leaderIds, 'leaderIds');
      await this.checkMembers(m, unit.id, dto.staffIds, 'staffIds');
      const overlapping: { date_from: string; date_to: string }[] = await m.query(
        `SELECT date_from::text AS date_from, date_to::text AS date_to FROM duty_roster WHERE unit_id = $1 AND date_from <= $3 AND date_to >= $2 LIMIT 1`,
        [unit.id, dto.dateFrom, dto.dateTo],
      );
      if (overlapping[0]) throw conflict(`${unit.name}已有 ${overlapping[0].date_from} 至 ${overlapping[0].date_to} 的值班表，日期不能重叠`);
      const unavailable: { personId: string; from: string; to: string }[] = await m.query(
        `SELECT user_id AS "personId", date_from::text AS "from", date_to::text AS "to" FROM duty_unavailability WHERE unit_id = $1 AND date_to >= $2 AND date_from <= $3`,
        [unit.id, dto.dateFrom, dto.dateTo],
      );
      const template = {
        pattern: dto.pattern,
        dateFrom: dto.dateFrom,
        dateTo: dto.dateTo,
        leaders: dto.leaderIds,
        staff: dto.staffIds,
        staffPerShift: dto.staffPerShift,
        dayStart: dto.dayStart ?? '08:30',
        nightStart: dto.nightStart ?? '17:30',
      };
      let result;
      try {
        result = generateRoster(template, unavailable);
      } catch (error) {
        throw invalidField('staffIds', (error as Error).message);
      }
      if (!result.ok)
        throw invalidField(
          'staffIds',
          `人员不足，无法排班：${result.shortages.slice(0, 5).map(describeShortage).join('；')}${result.shortages.length > 5 ? ` 等 ${result.shortages.length} 处` : ''}`,
        );
      const reportDueTime = dto.reportDueTime ?? period?.reportDueTime ?? this.config.DUTY_REPORT_DUE_TIME;
      const { id } = await insertRow(
        m,
        DutyRosterEntity,
        {
          unitId: unit.id,
          periodId: period?.id ?? null,
          dateFrom: dto.dateFrom,
          dateTo: dto.dateTo,
          pattern: dto.pattern,
          reportDueTime,
          template: { ...template, dutyPhone: dto.dutyPhone ?? '' },
          createdBy: user.id,
        },
        ['id'],
      );
      const shifts: { id: string }[] = await m.query(
        `INSERT INTO duty_shift (roster_id, unit_id, date, type, start_at, end_at, leader_id, duty_phone)
         SELECT $1, $2, d, t, s, e, l, $8 FROM unnest($3::date[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::uuid[]) AS x(d, t, s, e, l)
         RETURNING id`,
        [
          id,
          unit.id,
          result.shifts.map((s) => s.date),
          result.shifts.map((s) => s.type),
          result.shifts.map((s) => s.startAt),
          result.shifts.map((s) => s.endAt),
          result.shifts.map((s) => s.leaderId),
          dto.dutyPhone ?? '',
        ],
      );
      const members = result.shifts.flatMap((s, i) => [
        { shift: shifts[i].id, user: s.leaderId, role: 'LEADER', position: 0 },
        ...s.staffIds.map((p, j) => ({ shift: shifts[i].id, user: p, role: 'STAFF', position: j + 1 })),
      ]);
      await m.query(`INSERT INTO duty_shift_member (shift_id, user_id, role, position) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[])`, [
        members.map((x) => x.shift),
        members.map((x) => x.user),
        members.map((x) => x.role),
        members.map((x) => x.position),
      ]);
      await this.audit.record(m, {
        action: 'duty_roster.generate',
        entityType: 'duty_roster',
        entityId: id,
        changes: { unit: { after: unit.name }, dateFrom: { after: dto.dateFrom }, dateTo: { after: dto.dateTo }, shifts: { after: shifts.length } },
      });
      return this.get(id, user, m);
    });
  }

  async publish(id: string, user: CurrentUser): Promise<DutyRosterView> {
    return this.move(id, user, 'DRAFT', 'PUBLISHED');
  }

  async close(id: string, user: CurrentUser): Promise<DutyRosterView> {
    return this.move(id, user, 'PUBLISHED', 'CLOSED');
  }

  private async move(id: string, user: CurrentUser, from: DutyRosterStatus, to: DutyRosterStatus): Promise<DutyRosterView> {
    return this.transactions.run(async (m) => {
      const params: unknown[] = [id];
      const [row]: { status: DutyRosterStatus; unit_id: string }[] = await m.query(
        `SELECT status, unit_id FROM duty_roster r WHERE id = $1 AND ${dutyUnitCondition(user, 'r.unit_id', params)} FOR UPDATE`,
        params,
      );
      if (!row) throw notFound(ROSTER_NOT_FOUND);
      if (row.status !== from) throw conflict(to === 'PUBLISHED' ? '只有草稿状态的值班表可以发布' : '只有已发布的值班表可以关闭');
      if (to === 'CLOSED') {
        const open: unknown[] = await m.query(`SELECT 1 FROM duty_shift WHERE roster_id = $1 AND status IN ('PLANNED', 'ON_DUTY') LIMIT 1`, [id]);
        if (open.length > 0) throw conflict('值班表尚有未结束的班次（待上岗或在岗），不能关闭');
      }
      await updateRows(m, DutyRosterEntity, { id }, to === 'PUBLISHED' ? { status: to, publishedAt: SQL_NOW } : { status: to, closedAt: SQL_NOW });
      await this.audit.record(m, {
        action: to === 'PUBLISHED' ? 'duty_roster.publish' : 'duty_roster.close',
        entityType: 'duty_roster',
        entityId: id,
        changes: { status: { before: from, after: to } },
      });
      await this.outbox.record(m, {
        eventType: to === 'PUBLISHED' ? 'duty.roster-published' : 'duty.roster-closed',
        aggregateType: 'duty_roster',
        aggregateId: id,
        payload: { unitId: row.unit_id },
      });
      return this.get(id, user, m);
    });
  }

  private async checkMembers(m: EntityManager, unitId: string, ids: string[], field: string): Promise<void> {
    if (ids.length === 0) return;
    const found: { id: string }[] = await m.query('SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND org_unit_id = $2 AND disabled_at IS NULL', [ids, unitId]);
    if (found.length !== new Set(ids).size) throw invalidField(field, '名单中有不属于本单位或已停用的人员');
  }
}
