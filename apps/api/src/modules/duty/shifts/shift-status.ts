import type { DutyShiftStatus } from '@julu/contracts';
import type { EntityManager } from 'typeorm';

/**
 * A shift's status follows its people's attendance (DOMAIN.md §3.3): 缺岗 when every rostered person
 * was marked missed; 已完成 when someone worked it and nobody is still on post or still expected;
 * 在岗 once someone checked in; 待上岗 before. Returns the shifts whose status changed.
 */
export async function refreshShiftStatus(m: EntityManager, shiftIds: readonly string[], now: Date): Promise<{ id: string; status: DutyShiftStatus }[]> {
  if (shiftIds.length === 0) return [];
  const [rows]: [{ id: string; status: DutyShiftStatus }[], number] = await m.query(
    `UPDATE duty_shift s SET status = a.status, version = s.version + 1,
       missed_at = CASE WHEN a.status = 'MISSED' THEN $2::timestamptz ELSE s.missed_at END
     FROM (SELECT x.shift_id,
             CASE WHEN count(x.check_in_at) = 0 AND count(*) FILTER (WHERE x.missed_at IS NULL) = 0 THEN 'MISSED'
                  WHEN count(x.check_in_at) > 0 AND count(*) FILTER (WHERE x.check_out_at IS NULL AND x.missed_at IS NULL) = 0 THEN 'COMPLETED'
                  WHEN count(x.check_in_at) > 0 THEN 'ON_DUTY'
                  ELSE 'PLANNED' END AS status
           FROM duty_shift_member x WHERE x.shift_id = ANY($1::uuid[]) GROUP BY x.shift_id) a
     WHERE s.id = a.shift_id AND s.status <> a.status
     RETURNING s.id, s.status`,
    [shiftIds, now],
  );
  return rows;
}
