// 值班: the sensitive periods of each year, one roster per (period, unit) until the shift target
// is met, day and night shifts led by the unit's duty officer, checked in and out when past.
import { copyRows } from './copy.mjs';
import { addDays, chinaDate, DAY } from './case-plan.mjs';
import { rng, uuidFor } from './random.mjs';

const PERIODS = [
  ['元旦', '01-01'],
  ['春节', '02-05'],
  ['全国两会', '03-03'],
  ['清明节', '04-03'],
  ['劳动节', '05-01'],
  ['端午节', '06-10'],
  ['建党节', '06-28'],
  ['中秋节', '09-15'],
  ['国庆节', '10-01'],
  ['年末专项', '12-20'],
];
const DAYS_PER_PERIOD = 7;
const SHIFTS_PER_ROSTER = DAYS_PER_PERIOD * 2;

export async function loadDuty(db, ctx, shiftTarget) {
  const [first, last] = [ctx.startMs, ctx.untilMs].map((ms) => Number(chinaDate(ms).slice(0, 4)));
  const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const periods = years
    .flatMap((year) => PERIODS.map(([name, day], k) => ({ id: uuidFor(ctx.seed, 'period', year * 100 + k), year, name, startOn: `${year}-${day}` })))
    .filter((p) => Date.parse(p.startOn) >= ctx.startMs && Date.parse(p.startOn) <= ctx.untilMs);
  const counts = {};
  counts.sensitive_period = await copyRows(
    db,
    'sensitive_period',
    ['id', 'year', 'name', 'level', 'scope', 'start_on', 'end_on', 'shift_pattern', 'report_due_time'],
    function* () {
      for (const p of periods) yield [p.id, p.year, p.name, 1 + (p.name.length % 3), 'NATIONAL', p.startOn, addDays(p.startOn, DAYS_PER_PERIOD - 1), 'DAY_NIGHT', '17:00'];
    },
  );
  const units = ctx.townships.map((t, k) => ({ id: t.id, leader: ctx.officerIds[k] }));
  const rosterCount = Math.ceil(shiftTarget / SHIFTS_PER_ROSTER);
  const rosters = Array.from({ length: rosterCount }, (_, k) => {
    const period = periods[k % periods.length];
    const unit = units[(Math.floor(k / periods.length) * 7 + k) % units.length];
    return { id: uuidFor(ctx.seed, 'roster', k), index: k, period, unit };
  });
  counts.duty_roster = await copyRows(
    db,
    'duty_roster',
    ['id', 'unit_id', 'period_id', 'date_from', 'date_to', 'pattern', 'status', 'report_due_time', 'template', 'created_by', 'published_at'],
    function* () {
      for (const r of rosters) {
        yield [
          r.id,
          r.unit.id,
          r.period.id,
          r.period.startOn,
          addDays(r.period.startOn, DAYS_PER_PERIOD - 1),
          'DAY_NIGHT',
          'PUBLISHED',
          '17:00',
          { dayStaff: 2, nightStaff: 1 },
          ctx.receptionId,
          new Date(Date.parse(r.period.startOn) - 3 * DAY),
        ];
      }
    },
  );
  const shifts = function* () {
    let made = 0;
    for (const r of rosters) {
      for (let d = 0; d < DAYS_PER_PERIOD; d++) {
        for (const type of ['DAY', 'NIGHT']) {
          if (made++ >= shiftTarget) return;
          yield { r, date: addDays(r.period.startOn, d), type, index: made };
        }
      }
    }
  };
  counts.duty_shift = await copyRows(
    db,
    'duty_shift',
    [
      'id',
      'roster_id',
      'unit_id',
      'date',
      'type',
      'start_at',
      'end_at',
      'leader_id',
      'duty_phone',
      'status',
      'check_in_at',
      'checked_in_by',
      'check_out_at',
      'checked_out_by',
      'missed_at',
    ],
    function* () {
      for (const s of shifts()) {
        const start = Date.parse(`${s.date}T${s.type === 'DAY' ? '00' : '12'}:00:00Z`); // 08:00 and 20:00 China time
        const end = start + 12 * 3_600_000;
        const missed = rng(ctx.seed, 'shift', s.index).chance(0.04);
        const status = end <= ctx.untilMs ? (missed ? 'MISSED' : 'COMPLETED') : start <= ctx.untilMs ? 'ON_DUTY' : 'PLANNED';
        const checkedIn = status === 'COMPLETED' || status === 'ON_DUTY';
        yield [
          uuidFor(ctx.seed, 'shift', s.index),
          s.r.id,
          s.r.unit.id,
          s.date,
          s.type,
          new Date(start),
          new Date(end),
          s.r.unit.leader,
          '0319-5211234',
          status,
          checkedIn ? new Date(start + 300_000) : null,
          checkedIn ? s.r.unit.leader : null,
          status === 'COMPLETED' ? new Date(end + 300_000) : null,
          status === 'COMPLETED' ? s.r.unit.leader : null,
          status === 'MISSED' ? new Date(start + 3_600_000) : null,
        ];
      }
    },
  );
  counts.duty_shift_member = await copyRows(db, 'duty_shift_member', ['shift_id', 'user_id', 'role', 'position'], function* () {
    for (const s of shifts()) yield [uuidFor(ctx.seed, 'shift', s.index), s.r.unit.leader, 'LEADER', 0];
  });
  return counts;
}
