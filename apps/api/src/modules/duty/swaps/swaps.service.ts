import { Injectable } from '@nestjs/common';
import type { CurrentUser, DecideDutySwapRequest, DutySwapView, RequestDutySwapRequest } from '@julu/contracts';
import { checkSwap, type SwapRequest, type SwapShift } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../../../core/database/transactions';
import { insertRow, SQL_NOW, updateRows } from '../../../core/database/typed-writes';
import { conflict, forbidden, invalidField, notFound } from '../../../core/http/api-errors';
import { AuditService } from '../../audit';
import { dutyUnitCondition } from '../duty-units';
import { DutyShiftMemberEntity } from '../entities/duty-shift-member.entity';
import { DutySwapEntity } from '../entities/duty-swap.entity';
import { SHIFT_NOT_FOUND } from '../shifts/shifts.service';

interface SwapRow {
  id: string;
  kind: DutySwapView['kind'];
  status: DutySwapView['status'];
  unit_id: string;
  unit_name: string;
  shift_id: string;
  shift_date: string;
  shift_type: DutySwapView['shiftType'];
  counterpart_shift_id: string | null;
  counterpart_date: string | null;
  from_id: string;
  from_name: string;
  to_id: string;
  to_name: string;
  reason: string;
  req_id: string;
  req_name: string;
  requested_at: Date;
  dec_id: string | null;
  dec_name: string | null;
  decided_at: Date | null;
  decision_note: string | null;
}

const SELECT = `
  SELECT w.id, w.kind, w.status, w.unit_id, u.name AS unit_name, w.shift_id, s.date::text AS shift_date, s.type AS shift_type,
         w.counterpart_shift_id, c.date::text AS counterpart_date, fu.id AS from_id, fu.display_name AS from_name, tu.id AS to_id, tu.display_name AS to_name,
         w.reason, ru.id AS req_id, ru.display_name AS req_name, w.requested_at, du.id AS dec_id, du.display_name AS dec_name, w.decided_at, w.decision_note
  FROM duty_swap w JOIN org_unit u ON u.id = w.unit_id JOIN duty_shift s ON s.id = w.shift_id LEFT JOIN duty_shift c ON c.id = w.counterpart_shift_id
  JOIN app_user fu ON fu.id = w.from_user_id JOIN app_user tu ON tu.id = w.to_user_id JOIN app_user ru ON ru.id = w.requested_by LEFT JOIN app_user du ON du.id = w.decided_by`;

const toView = (r: SwapRow): DutySwapView => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  unitName: r.unit_name,
  shiftId: r.shift_id,
  shiftDate: r.shift_date,
  shiftType: r.shift_type,
  counterpartShiftId: r.counterpart_shift_id,
  counterpartDate: r.counterpart_date,
  from: { id: r.from_id, name: r.from_name },
  to: { id: r.to_id, name: r.to_name },
  reason: r.reason,
  requestedBy: { id: r.req_id, name: r.req_name },
  requestedAt: r.requested_at.toISOString(),
  decidedBy: r.dec_id && r.dec_name ? { id: r.dec_id, name: r.dec_name } : null,
  decidedAt: r.decided_at?.toISOString() ?? null,
  decisionNote: r.decision_note,
});

const SWAP_NOT_FOUND = '换班申请不存在或不在您的管辖范围内';

/** 替班/换班: requested on a planned shift, approved by a leader, applied so coverage stays whole. */
@Injectable()
export class SwapsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async list(status: DutySwapView['status'] | undefined, user: CurrentUser): Promise<DutySwapView[]> {
    const params: unknown[] = [status ?? null];
    const rows: SwapRow[] = await this.dataSource.query(
      `${SELECT} WHERE ($1::text IS NULL OR w.status = $1) AND ${dutyUnitCondition(user, 'w.unit_id', params)} ORDER BY w.requested_at DESC, w.id DESC LIMIT 200`,
      params,
    );
    return rows.map(toView);
  }

  async request(dto: RequestDutySwapRequest, user: CurrentUser): Promise<DutySwapView> {
    return this.transactions.run(async (m) => {
      const request = toRequest(dto);
      const { unitId, problem } = await this.check(m, request, user);
      if (problem) throw invalidField('toUserId', problem);
      const { id } = await insertRow(
        m,
        DutySwapEntity,
        {
          kind: dto.kind,
          unitId,
          shiftId: dto.shiftId,
          counterpartShiftId: dto.counterpartShiftId ?? null,
          fromUserId: dto.fromUserId,
          toUserId: dto.toUserId,
          reason: dto.reason.trim(),
          requestedBy: user.id,
        },
        ['id'],
      );
      await this.audit.record(m, { action: 'duty_swap.request', entityType: 'duty_swap', entityId: id, reason: dto.reason.trim() });
      return this.view(m, id);
    });
  }

  async decide(id: string, dto: DecideDutySwapRequest, user: CurrentUser): Promise<DutySwapView> {
    return this.transactions.run(async (m) => {
      const params: unknown[] = [id];
      const [row]: {
        kind: SwapRequest['kind'];
        status: string;
        shift_id: string;
        counterpart_shift_id: string | null;
        from_user_id: string;
        to_user_id: string;
        requested_by: string;
      }[] = await m.query(
        `SELECT kind, status, shift_id, counterpart_shift_id, from_user_id, to_user_id, requested_by FROM duty_swap w WHERE id = $1 AND ${dutyUnitCondition(user, 'w.unit_id', params)} FOR UPDATE`,
        params,
      );
      if (!row) throw notFound(SWAP_NOT_FOUND);
      if (row.status !== 'PENDING') throw conflict('该申请已审批');
      if (row.requested_by === user.id) throw forbidden('不能审批本人提出的换班（替班）申请');
      if (dto.approve) {
        const request = toRequest({
          kind: row.kind,
          shiftId: row.shift_id,
          counterpartShiftId: row.counterpart_shift_id ?? undefined,
          fromUserId: row.from_user_id,
          toUserId: row.to_user_id,
        });
        const { problem } = await this.check(m, request, user);
        if (problem) throw conflict(`班次已变化，无法批准：${problem}`);
        await replace(m, row.shift_id, row.from_user_id, row.to_user_id);
        if (row.counterpart_shift_id) await replace(m, row.counterpart_shift_id, row.to_user_id, row.from_user_id);
      }
      const status = dto.approve ? 'APPROVED' : 'REJECTED';
      await updateRows(m, DutySwapEntity, { id }, { status, decidedBy: user.id, decidedAt: SQL_NOW, decisionNote: dto.note?.trim() || null });
      await this.audit.record(m, {
        action: 'duty_swap.decide',
        entityType: 'duty_swap',
        entityId: id,
        changes: { status: { before: 'PENDING', after: status } },
        reason: dto.note ?? null,
      });
      return this.view(m, id);
    });
  }

  /** Loads the shifts involved (locked) and the unavailability, and asks the domain rule. */
  private async check(m: EntityManager, r: SwapRequest, user: CurrentUser): Promise<{ unitId: string; problem: string | null }> {
    const ids = r.kind === 'EXCHANGE' ? [r.shiftId, r.counterpartShiftId] : [r.shiftId];
    const params: unknown[] = [ids];
    const shifts: { id: string; date: string; unit_id: string; status: string; roster_status: string; members: { id: string; role: string }[] }[] = await m.query(
      `SELECT s.id, s.date::text AS date, s.unit_id, s.status, r.status AS roster_status,
              (SELECT json_agg(json_build_object('id', x.user_id, 'role', x.role)) FROM duty_shift_member x WHERE x.shift_id = s.id) AS members
       FROM duty_shift s JOIN duty_roster r ON r.id = s.roster_id WHERE s.id = ANY($1::uuid[]) AND ${dutyUnitCondition(user, 's.unit_id', params)} FOR UPDATE OF s`,
      params,
    );
    const main = shifts.find((s) => s.id === r.shiftId);
    if (!main) throw notFound(SHIFT_NOT_FOUND);
    if (shifts.some((s) => s.unit_id !== main.unit_id)) return { unitId: main.unit_id, problem: '只能与本单位的班次换班' };
    if (shifts.some((s) => s.status !== 'PLANNED' || s.roster_status === 'CLOSED')) return { unitId: main.unit_id, problem: '只能对尚未开始的班次换班（替班）' };
    const [toUser]: unknown[] = await m.query('SELECT 1 FROM app_user WHERE id = $1 AND org_unit_id = $2 AND disabled_at IS NULL', [r.toPersonId, main.unit_id]);
    if (!toUser) return { unitId: main.unit_id, problem: '替换人不属于本单位或已停用' };
    const swapShifts: SwapShift[] = shifts.map((s) => ({
      id: s.id,
      date: s.date,
      leaderId: s.members.find((x) => x.role === 'LEADER')?.id ?? '',
      staffIds: s.members.filter((x) => x.role === 'STAFF').map((x) => x.id),
    }));
    const unavailable: { personId: string; from: string; to: string }[] = await m.query(
      `SELECT user_id AS "personId", date_from::text AS "from", date_to::text AS "to" FROM duty_unavailability WHERE user_id = ANY($1::uuid[])`,
      [[r.fromPersonId, r.toPersonId]],
    );
    return { unitId: main.unit_id, problem: checkSwap(swapShifts, r, unavailable) };
  }

  private async view(m: EntityManager, id: string): Promise<DutySwapView> {
    const [row]: SwapRow[] = await m.query(`${SELECT} WHERE w.id = $1`, [id]);
    return toView(row);
  }
}

function toRequest(d: { kind: SwapRequest['kind']; shiftId: string; counterpartShiftId?: string; fromUserId: string; toUserId: string }): SwapRequest {
  if (d.kind === 'SUBSTITUTE') return { kind: 'SUBSTITUTE', shiftId: d.shiftId, fromPersonId: d.fromUserId, toPersonId: d.toUserId };
  if (!d.counterpartShiftId) throw invalidField('counterpartShiftId', '换班须选择对方的班次');
  return { kind: 'EXCHANGE', shiftId: d.shiftId, fromPersonId: d.fromUserId, toPersonId: d.toUserId, counterpartShiftId: d.counterpartShiftId };
}

async function replace(m: EntityManager, shiftId: string, from: string, to: string): Promise<void> {
  await updateRows(m, DutyShiftMemberEntity, { shiftId, userId: from }, { userId: to });
  await m.query('UPDATE duty_shift SET leader_id = $3, version = version + 1 WHERE id = $1 AND leader_id = $2', [shiftId, from, to]);
}
