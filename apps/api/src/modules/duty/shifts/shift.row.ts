import type { DutyAttendanceView, DutyHandoverView, DutyPersonRef, DutyRosterStatus, DutyShiftStatus, DutyShiftType, DutyShiftView } from '@julu/contracts';

interface HandoverJson {
  note: string;
  pending_items: string;
  written_at: string;
  received_at: string | null;
  writer_id: string;
  writer_name: string;
  receiver_id: string | null;
  receiver_name: string | null;
}

export interface ShiftRow {
  id: string;
  roster_id: string;
  roster_status: DutyRosterStatus;
  unit_id: string;
  unit_name: string;
  date: string;
  type: DutyShiftType;
  start_at: Date;
  end_at: Date;
  duty_phone: string;
  status: DutyShiftStatus;
  check_in_at: Date | null;
  check_out_at: Date | null;
  missed_at: Date | null;
  ci_id: string | null;
  ci_name: string | null;
  co_id: string | null;
  co_name: string | null;
  members: { id: string; name: string; role: 'LEADER' | 'STAFF'; check_in_at: string | null; check_out_at: string | null; missed_at: string | null }[];
  handover: HandoverJson | null;
  previous_handover: HandoverJson | null;
}

const HANDOVER_JSON = (
  shift: string,
): string => `(SELECT json_build_object('note', h.note, 'pending_items', h.pending_items, 'written_at', h.written_at, 'received_at', h.received_at,
    'writer_id', w.id, 'writer_name', w.display_name, 'receiver_id', rv.id, 'receiver_name', rv.display_name)
  FROM duty_handover h JOIN app_user w ON w.id = h.written_by LEFT JOIN app_user rv ON rv.id = h.received_by WHERE h.shift_id = ${shift})`;

/** Every shift column with its unit, roster status, members (leader first), and both handovers. */
export const SHIFT_SELECT = `
  SELECT s.id, s.roster_id, r.status AS roster_status, s.unit_id, u.name AS unit_name, s.date::text AS date, s.type, s.start_at, s.end_at,
         s.duty_phone, s.status, s.check_in_at, s.check_out_at, s.missed_at,
         ci.id AS ci_id, ci.display_name AS ci_name, co.id AS co_id, co.display_name AS co_name,
         (SELECT json_agg(json_build_object('id', mu.id, 'name', mu.display_name, 'role', m.role, 'check_in_at', m.check_in_at, 'check_out_at', m.check_out_at, 'missed_at', m.missed_at)
                 ORDER BY m.role, m.position)
            FROM duty_shift_member m JOIN app_user mu ON mu.id = m.user_id WHERE m.shift_id = s.id) AS members,
         ${HANDOVER_JSON('s.id')} AS handover,
         ${HANDOVER_JSON('(SELECT p.id FROM duty_shift p WHERE p.unit_id = s.unit_id AND p.end_at = s.start_at ORDER BY p.id LIMIT 1)')} AS previous_handover
  FROM duty_shift s
  JOIN duty_roster r ON r.id = s.roster_id
  JOIN org_unit u ON u.id = s.unit_id
  LEFT JOIN app_user ci ON ci.id = s.checked_in_by
  LEFT JOIN app_user co ON co.id = s.checked_out_by`;

const person = (id: string | null, name: string | null): DutyPersonRef | null => (id && name ? { id, name } : null);
const iso = (v: string | Date | null): string | null => (v ? new Date(v).toISOString() : null);

function attendanceStatus(m: ShiftRow['members'][number]): DutyAttendanceView['status'] {
  if (m.check_out_at) return 'COMPLETED';
  if (m.check_in_at) return 'ON_DUTY';
  return m.missed_at ? 'MISSED' : 'PLANNED';
}

function handover(h: HandoverJson | null): DutyHandoverView | null {
  if (!h) return null;
  return {
    note: h.note,
    pendingItems: h.pending_items,
    writtenBy: { id: h.writer_id, name: h.writer_name },
    writtenAt: new Date(h.written_at).toISOString(),
    receivedBy: person(h.receiver_id, h.receiver_name),
    receivedAt: iso(h.received_at),
  };
}

export function toShiftView(r: ShiftRow): DutyShiftView {
  const members = r.members ?? [];
  const leader = members.find((m) => m.role === 'LEADER');
  return {
    id: r.id,
    rosterId: r.roster_id,
    rosterStatus: r.roster_status,
    unitId: r.unit_id,
    unitName: r.unit_name,
    date: r.date,
    type: r.type,
    startAt: r.start_at.toISOString(),
    endAt: r.end_at.toISOString(),
    leader: leader ? { id: leader.id, name: leader.name } : { id: '', name: '' },
    staff: members.filter((m) => m.role === 'STAFF').map((m) => ({ id: m.id, name: m.name })),
    dutyPhone: r.duty_phone,
    status: r.status,
    checkInAt: iso(r.check_in_at),
    checkedInBy: person(r.ci_id, r.ci_name),
    checkOutAt: iso(r.check_out_at),
    checkedOutBy: person(r.co_id, r.co_name),
    missedAt: iso(r.missed_at),
    attendance: members.map((m) => ({
      person: { id: m.id, name: m.name },
      role: m.role,
      status: attendanceStatus(m),
      checkInAt: iso(m.check_in_at),
      checkOutAt: iso(m.check_out_at),
      missedAt: iso(m.missed_at),
    })),
    handover: handover(r.handover),
    previousHandover: handover(r.previous_handover),
  };
}
