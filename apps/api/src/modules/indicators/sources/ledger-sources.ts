import type { IndicatorCode } from '@julu/domain';

/** The unit (or township) column lies in the scope's township (any for the county). */
const inTownship = (column: string): string => `($5::uuid IS NULL OR ${column} = $5::uuid)`;

const SHIFT_TYPE_LABEL = `CASE s.type WHEN 'H24' THEN '24小时班' WHEN 'DAY' THEN '白班' ELSE '夜班' END`;
const SHIFTS = `duty_shift s JOIN duty_roster r ON r.id = s.roster_id JOIN org_unit u ON u.id = s.unit_id`;
/** Shifts of published sensitive-period rosters that start in the period, in the scope's township. */
const SENSITIVE_SHIFTS_IN_SCOPE = `r.period_id IS NOT NULL AND r.status IN ('PUBLISHED', 'CLOSED') AND s.start_at >= $1 AND s.start_at < $2 AND ${inTownship('s.unit_id')}`;

/**
 * 值班完成率 (DOMAIN.md §3.3, §6.2): one record per rostered person, the leader on duty included, on
 * each sensitive-period shift whose end has passed; completed when that person checked in and out.
 */
const DUTY_PERSON_SHIFTS = `
  SELECT s.unit_id, s.id::text || ':' || x.user_id AS record_id,
    u.name || ' ' || s.date || ' ' || ${SHIFT_TYPE_LABEL} || ' ' || p.display_name || CASE x.role WHEN 'LEADER' THEN '（带班领导）' ELSE '' END AS label,
    NULL AS link, NULL::uuid AS case_id, CASE WHEN x.check_out_at IS NOT NULL THEN 1 ELSE 0 END AS numerator, 1 AS denominator,
    CASE WHEN x.check_out_at IS NOT NULL THEN '已完成（本人签到并签退）' WHEN x.check_in_at IS NOT NULL THEN '已签到，未签退'
         WHEN x.missed_at IS NOT NULL THEN '缺岗' ELSE '未签到' END AS reason
  FROM ${SHIFTS} JOIN duty_shift_member x ON x.shift_id = s.id JOIN app_user p ON p.id = x.user_id
  WHERE ${SENSITIVE_SHIFTS_IN_SCOPE} AND s.end_at <= now()`;

/**
 * 值班完成数 (DOMAIN.md §6.2): one record per unit and duty date that has begun; one 24-hour shift, or
 * the day and night shifts of one date, count as one 次 — completed when every shift of the date is.
 */
const DUTY_SHIFT_DAYS = `
  SELECT s.unit_id, s.unit_id::text || ':' || s.date AS record_id, min(u.name) || ' ' || s.date AS label, NULL AS link, NULL::uuid AS case_id,
    CASE WHEN bool_and(s.status = 'COMPLETED') THEN 1 ELSE 0 END AS numerator, 1 AS denominator,
    string_agg(${SHIFT_TYPE_LABEL} || CASE s.status WHEN 'COMPLETED' THEN '已完成' WHEN 'MISSED' THEN '缺岗' WHEN 'ON_DUTY' THEN '在岗' ELSE '未开始或无人签到' END,
      '，' ORDER BY s.start_at) AS reason
  FROM ${SHIFTS} WHERE ${SENSITIVE_SHIFTS_IN_SCOPE}
  GROUP BY s.unit_id, s.date HAVING min(s.start_at) <= now()`;

/** Ledger items (hotspots, backlog cases) open at the period's start or added in it; resolved in it counts. */
const resolution = (table: string, no: string, resolvedOn: string, link: string, resolvedReason = `'期内化解（' || h.${resolvedOn} || '）'`): string => `
  SELECT h.township_id AS unit_id, h.id::text AS record_id, h.${no} AS label, ${link} AS link, NULL::uuid AS case_id,
    CASE WHEN h.${resolvedOn} >= $3::date AND h.${resolvedOn} < $4::date THEN 1 ELSE 0 END AS numerator, 1 AS denominator,
    CASE WHEN h.${resolvedOn} >= $3::date AND h.${resolvedOn} < $4::date THEN ${resolvedReason}
         WHEN h.status = 'SUSPENDED' THEN '中止，仍计入' ELSE '未化解' END AS reason
  FROM ${table} h
  WHERE (h.created_at AT TIME ZONE 'Asia/Shanghai')::date < $4::date AND (h.${resolvedOn} IS NULL OR h.${resolvedOn} >= $3::date)
    AND ${inTownship('h.township_id')}`;

/** The records behind the indicators of the diversion, hotspot, duty, incident, publicity and budget modules. */
export const LEDGER_SOURCES: Partial<Record<IndicatorCode, string>> = {
  DUTY_COMPLETION_RATE: DUTY_PERSON_SHIFTS,
  DUTY_COMPLETIONS: DUTY_SHIFT_DAYS,
  INCIDENT_REPORT_RATE: `
    SELECT i.township_id AS unit_id, i.id::text AS record_id, i.incident_no || ' ' || i.title AS label, '/incidents/' || i.id AS link, NULL::uuid AS case_id,
      CASE WHEN m.phone_ok AND m.written_ok AND i.source = 'SELF' THEN 1 ELSE 0 END AS numerator,
      CASE WHEN i.source = 'UPPER_NOTICE' OR NOT m.phone_ok AND m.phone_due <= now() OR NOT m.written_ok AND m.written_due <= now() OR m.phone_ok AND m.written_ok THEN 1 ELSE 0 END AS denominator,
      CASE WHEN i.source = 'UPPER_NOTICE' THEN '由上级通报获知，不计为已上报'
           WHEN m.phone_ok AND m.written_ok THEN '电话、书面报告均在时限内'
           WHEN NOT m.phone_ok AND m.phone_due <= now() THEN '电话报告超时或未报'
           WHEN NOT m.written_ok AND m.written_due <= now() THEN '书面报告超时或未报'
           ELSE '报告时限未到，暂不计入' END || coalesce('；' || b.note, '') AS reason
    FROM incident i
    CROSS JOIN LATERAL (SELECT string_agg(CASE r.kind WHEN 'PHONE' THEN '电话报告' ELSE '书面初报' END || '时间为补录（' || r.time_reason || '）', '；' ORDER BY r.kind DESC) AS note
      FROM incident_report r WHERE r.incident_id = i.id AND r.kind IN ('PHONE', 'INITIAL') AND r.time_reason IS NOT NULL) b
    CROSS JOIN LATERAL (SELECT
      i.discovered_at + make_interval(mins => i.phone_limit_minutes) AS phone_due,
      i.discovered_at + make_interval(mins => i.written_limit_minutes) AS written_due,
      coalesce(i.phone_reported_at <= i.discovered_at + make_interval(mins => i.phone_limit_minutes), false) AS phone_ok,
      coalesce(i.written_reported_at <= i.discovered_at + make_interval(mins => i.written_limit_minutes), false) AS written_ok) m
    WHERE i.discovered_at >= $1 AND i.discovered_at < $2 AND ${inTownship('i.township_id')}`,
  PUBLICITY_EVENTS: `
    SELECT e.township_id AS unit_id, e.id::text AS record_id, e.held_on || ' ' || e.topic AS label, NULL AS link, NULL::uuid AS case_id, 1 AS numerator, 1 AS denominator,
      '宣传活动（' || (SELECT count(*) FROM publicity_event_village v WHERE v.event_id = e.id) || ' 个村）' AS reason
    FROM publicity_event e WHERE e.held_on >= $3::date AND e.held_on < $4::date AND ${inTownship('e.township_id')}`,
  VILLAGE_COVERAGE: `
    SELECT v.parent_id AS unit_id, v.id::text AS record_id, t.name || ' ' || v.name AS label, NULL AS link, NULL::uuid AS case_id,
      CASE WHEN r.reached THEN 1 ELSE 0 END AS numerator, 1 AS denominator,
      CASE WHEN r.reached THEN '年内已开展宣传' ELSE '年内尚未开展宣传' END AS reason
    FROM org_unit v JOIN org_unit t ON t.id = v.parent_id
    CROSS JOIN LATERAL (SELECT EXISTS (
      SELECT 1 FROM publicity_event_village ev JOIN publicity_event e ON e.id = ev.event_id
      WHERE ev.village_id = v.id AND e.held_on >= date_trunc('year', $3::date)::date AND e.held_on < $4::date) AS reached) r
    WHERE v.type = 'VILLAGE' AND v.retired_at IS NULL AND t.village_list_complete AND ${inTownship('v.parent_id')}`,
  HOTSPOT_RESOLUTION_RATE: resolution('risk_hotspot', 'hotspot_no', 'closed_on', `'/hotspots/' || h.id`),
  // 已化解 and 已终结 (依法终结) both count, on the day they were marked; the 息诉罢访 date is only shown.
  BACKLOG_RESOLUTION_RATE: resolution(
    'backlog_case',
    'backlog_no',
    'resolved_on',
    'NULL',
    `CASE h.status WHEN 'TERMINATED' THEN '期内依法终结（' ELSE '期内化解（' END || h.resolved_on || coalesce('，' || h.settled_on || ' 息诉罢访', '') || '）'`,
  ),
  SPENDING_PROGRESS: `
    SELECT NULL::uuid AS unit_id, p.id::text AS record_id, p.code || ' ' || p.name AS label, '/budget/projects/' || p.id AS link, NULL::uuid AS case_id,
      coalesce((SELECT sum(s.amount_fen) FROM budget_spending s WHERE s.project_code = p.code AND s.year = p.year AND s.spent_on < $4::date), 0) / 100.0 AS numerator,
      p.budget_fen / 100.0 AS denominator,
      '预算 ' || to_char(p.budget_fen / 100.0, 'FM999999999990.00') || ' 元' AS reason
    FROM budget_project p WHERE $5::uuid IS NULL AND p.year = extract(year FROM $3::date)::int`,
};
