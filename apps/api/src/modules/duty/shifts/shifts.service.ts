import { Injectable } from '@nestjs/common';
import type { CurrentUser, DutyCheckOutRequest, DutyShiftView } from '@julu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../../../core/database/transactions';
import { updateRows } from '../../../core/database/typed-writes';
import { conflict, forbidden, notFound } from '../../../core/http/api-errors';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { dutyUnitCondition } from '../duty-units';
import { DutyShiftMemberEntity } from '../entities/duty-shift-member.entity';
import { DutyShiftEntity } from '../entities/duty-shift.entity';
import { refreshShiftStatus } from './shift-status';
import { SHIFT_SELECT, type ShiftRow, toShiftView } from './shift.row';

export const SHIFT_NOT_FOUND = '班次不存在或不在您的管辖范围内';
const NOT_ON_SHIFT = '只有本班次的值班人员或带班领导本人可以签到、签退；如需替班，请先申请替班并经审批';
interface LockedShift {
  status: DutyShiftView['status'];
  unit_id: string;
  start_at: Date;
  end_at: Date;
  /** The caller's own attendance on the shift. */
  me: { check_in_at: string | null; check_out_at: string | null; missed_at: string | null };
}

/** Check-in opens this long before the shift starts. */
const EARLY_CHECK_IN_MS = 60 * 60_000;

/** 签到/签退 and 交接班 on a published roster's shifts. */
@Injectable()
export class ShiftsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** The caller's duty around now: shifts they are on, or of their unit, from yesterday to tomorrow. */
  async current(user: CurrentUser, now = new Date()): Promise<DutyShiftView[]> {
    const params: unknown[] = [now, user.id, user.orgUnitId];
    const rows: ShiftRow[] = await this.dataSource.query(
      `${SHIFT_SELECT}
       WHERE r.status = 'PUBLISHED' AND s.end_at > $1::timestamptz - interval '12 hours' AND s.start_at < $1::timestamptz + interval '24 hours'
         AND (s.unit_id = $3::uuid OR EXISTS (SELECT 1 FROM duty_shift_member m WHERE m.shift_id = s.id AND m.user_id = $2))
         AND ${dutyUnitCondition(user, 's.unit_id', params)}
       ORDER BY s.start_at, s.id LIMIT 20`,
      params,
    );
    return rows.map(toShiftView);
  }

  /**
   * 签到 of the caller on their own shift (DOMAIN.md §3.3: each rostered person checks in). The
   * first arrival opens the shift (在岗) and receives the previous shift's handover.
   */
  async checkIn(id: string, user: CurrentUser, now = new Date()): Promise<DutyShiftView> {
    return this.transactions.run(async (m) => {
      const shift = await this.lock(m, id, user);
      const me = shift.me;
      // A repeated check-in (a second tap, a retry) shows the shift instead of failing.
      if (me.check_in_at && !me.check_out_at) return this.view(m, id);
      if (me.check_out_at) throw conflict('您已在该班次签退');
      if (me.missed_at) throw conflict('您在该班次已被标记为缺岗，不能再签到；请联系带班领导');
      if (now.getTime() < shift.start_at.getTime() - EARLY_CHECK_IN_MS) throw conflict('尚未到签到时间：班次开始前 1 小时内可签到');
      if (now >= shift.end_at) throw conflict('该班次已结束，不能签到');
      await updateRows(m, DutyShiftMemberEntity, { shiftId: id, userId: user.id }, { checkInAt: now });
      await m.query('UPDATE duty_shift SET check_in_at = $2, checked_in_by = $3 WHERE id = $1 AND check_in_at IS NULL', [id, now, user.id]);
      await refreshShiftStatus(m, [id], now);
      // Checking in receives the previous shift's handover (交接班, signed by both).
      await m.query(
        `UPDATE duty_handover h SET received_by = $2, received_at = $3 FROM duty_shift p
         WHERE h.shift_id = p.id AND p.unit_id = $1 AND p.end_at = $4 AND h.received_at IS NULL`,
        [shift.unit_id, user.id, now, shift.start_at],
      );
      await this.audit.record(m, {
        action: 'duty_shift.check_in',
        entityType: 'duty_shift',
        entityId: id,
        changes: { [`attendance.${user.id}`]: { before: 'PLANNED', after: 'ON_DUTY' } },
      });
      await this.outbox.record(m, { eventType: 'duty.checked-in', aggregateType: 'duty_shift', aggregateId: id, payload: { unitId: shift.unit_id, userId: user.id } });
      return this.view(m, id);
    });
  }

  /**
   * 签退 of the caller: their person-shift is worked (it counts toward the duty rate and is paid).
   * The shift is 已完成 once nobody is on post or still expected.
   */
  async checkOut(id: string, dto: DutyCheckOutRequest, user: CurrentUser, now = new Date()): Promise<DutyShiftView> {
    return this.transactions.run(async (m) => {
      const shift = await this.lock(m, id, user);
      const me = shift.me;
      if (me.check_out_at) return this.view(m, id);
      if (!me.check_in_at) throw conflict(me.missed_at ? '您在该班次已被标记为缺岗' : '您尚未签到，不能签退');
      await updateRows(m, DutyShiftMemberEntity, { shiftId: id, userId: user.id }, { checkOutAt: now });
      const changed = await refreshShiftStatus(m, [id], now);
      if (changed.some((c) => c.status === 'COMPLETED')) await updateRows(m, DutyShiftEntity, { id }, { checkOutAt: now, checkedOutBy: user.id });
      const note = dto.handoverNote?.trim() ?? '';
      const pending = dto.pendingItems?.trim() ?? '';
      if (note || pending) {
        // Several people may leave a note: later ones are added to the shift's handover.
        await m.query(
          `INSERT INTO duty_handover AS h (shift_id, note, pending_items, written_by, written_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (shift_id) DO UPDATE SET note = h.note || E'\n' || EXCLUDED.note,
             pending_items = CASE WHEN EXCLUDED.pending_items = '' THEN h.pending_items WHEN h.pending_items = '' THEN EXCLUDED.pending_items
                                  ELSE h.pending_items || E'\n' || EXCLUDED.pending_items END`,
          [id, note || '无', pending, user.id, now],
        );
      }
      await this.audit.record(m, {
        action: 'duty_shift.check_out',
        entityType: 'duty_shift',
        entityId: id,
        changes: { [`attendance.${user.id}`]: { before: 'ON_DUTY', after: 'COMPLETED' } },
      });
      await this.outbox.record(m, { eventType: 'duty.shift-completed', aggregateType: 'duty_shift', aggregateId: id, payload: { unitId: shift.unit_id, userId: user.id } });
      return this.view(m, id);
    });
  }

  /**
   * The shift, locked, if the caller reaches its unit (else 404) and is on it: one of its rostered
   * people, the leader on duty included (else 403). Each person marks only their own attendance,
   * which counts toward the duty rate and the subsidy, so nobody may mark another's.
   */
  private async lock(m: EntityManager, id: string, user: CurrentUser): Promise<LockedShift> {
    const params: unknown[] = [id, user.id];
    const [shift]: (Omit<LockedShift, 'me'> & { roster_status: string; me: LockedShift['me'] | null })[] = await m.query(
      `SELECT s.status, s.unit_id, s.start_at, s.end_at, r.status AS roster_status,
              (SELECT json_build_object('check_in_at', x.check_in_at, 'check_out_at', x.check_out_at, 'missed_at', x.missed_at)
                 FROM duty_shift_member x WHERE x.shift_id = s.id AND x.user_id = $2) AS me
       FROM duty_shift s JOIN duty_roster r ON r.id = s.roster_id
       WHERE s.id = $1 AND ${dutyUnitCondition(user, 's.unit_id', params)} FOR UPDATE OF s`,
      params,
    );
    if (!shift) throw notFound(SHIFT_NOT_FOUND);
    if (!shift.me) throw forbidden(NOT_ON_SHIFT);
    if (shift.roster_status !== 'PUBLISHED') throw conflict(shift.roster_status === 'DRAFT' ? '值班表尚未发布' : '值班表已关闭');
    return { ...shift, me: shift.me };
  }

  private async view(m: EntityManager, id: string): Promise<DutyShiftView> {
    const [row]: ShiftRow[] = await m.query(`${SHIFT_SELECT} WHERE s.id = $1`, [id]);
    return toShiftView(row);
  }
}
