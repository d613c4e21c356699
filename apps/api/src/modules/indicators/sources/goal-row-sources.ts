import type { IndicatorCode } from '@julu/domain';
import { CASE_UNIT, IN_TOWNSHIP } from './source-params';

/** The unit (or township) column lies in the scope's township (any for the county). */
const inTownship = (column: string): string => `($5::uuid IS NULL OR ${column} = $5::uuid)`;

const VISIT_LABEL = `c.case_no || ' ' || to_char(v.arrival_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')`;
const SATISFIED = `('SATISFIED', 'BASICALLY_SATISFIED')`;
const RESULT_LABEL = (column: string): string =>
  `CASE ${column} WHEN 'SATISFIED' THEN '满意' WHEN 'BASICALLY_SATISFIED' THEN '基本满意' WHEN 'UNSATISFIED' THEN '不满意' ELSE '尚未评价，不计为满意' END`;

/**
 * The records behind the indicators that exist so that each 绩效目标表 row is bound to what its
 * words measure (DOMAIN.md §6.2 binding column, issue 16 point 23). Parameters: source-params.ts.
 */
export const CASE_GOAL_ROW_SOURCES: Partial<Record<IndicatorCode, string>> = {
  // 接待满意率占总来访总数量的比例: satisfied visits ÷ all visits (an unevaluated visit is not satisfied).
  VISIT_SATISFACTION: `
    SELECT ${CASE_UNIT}, v.id::text AS record_id, ${VISIT_LABEL} AS label, '/cases/' || c.id AS link, c.id AS case_id,
      CASE WHEN ev.result IN ${SATISFIED} THEN 1 ELSE 0 END AS numerator, 1 AS denominator, ${RESULT_LABEL('ev.result')} AS reason
    FROM visit v JOIN petition_case c ON c.id = v.case_id
    LEFT JOIN LATERAL (SELECT e.result FROM case_evaluation e WHERE e.case_id = c.id ORDER BY e.recorded_at DESC LIMIT 1) ev ON true
    WHERE v.arrival_at >= $1 AND v.arrival_at < $2 AND ${IN_TOWNSHIP}`,
  // 来访群众的满意率: evaluations of visit (走访) matters only, not of every channel.
  VISITOR_SATISFACTION_RATE: `
    SELECT ${CASE_UNIT}, e.case_id::text || ':' || e.stage AS record_id, c.case_no || ' ' || CASE e.stage WHEN 'ACCEPTANCE' THEN '受理环节' ELSE '办理环节' END AS label,
      '/cases/' || c.id AS link, c.id AS case_id, CASE WHEN e.result IN ${SATISFIED} THEN 1 ELSE 0 END AS numerator, 1 AS denominator, ${RESULT_LABEL('e.result')} AS reason
    FROM case_evaluation e JOIN petition_case c ON c.id = e.case_id
    WHERE c.channel = 'VISIT' AND e.recorded_at >= $1 AND e.recorded_at < $2 AND ${IN_TOWNSHIP}`,
  // 群众来访接待率: visitors received ÷ visitors arrived, whatever the wait.
  RECEPTION_RATE: `
    SELECT ${CASE_UNIT}, v.id::text AS record_id, ${VISIT_LABEL} AS label, '/cases/' || c.id AS link, c.id AS case_id,
      CASE WHEN v.reception_started_at IS NOT NULL THEN 1 ELSE 0 END AS numerator, 1 AS denominator,
      CASE WHEN v.reception_started_at IS NOT NULL THEN '已接谈' ELSE '未接谈' END AS reason
    FROM visit v JOIN petition_case c ON c.id = v.case_id WHERE v.arrival_at >= $1 AND v.arrival_at < $2 AND ${IN_TOWNSHIP}`,
};

/** Every goal-row indicator: the case ones above and those whose records are not a case's. */
export const GOAL_ROW_SOURCES: Partial<Record<IndicatorCode, string>> = {
  ...CASE_GOAL_ROW_SOURCES,
  // 人均财政投入水平 (180元/人/天): approved subsidy paid ÷ person-days worked, by the sheet's first day.
  DUTY_SUBSIDY_PER_PERSON_DAY: `
    SELECT h.unit_id, h.id::text AS record_id, u.name || ' ' || coalesce(h.month, p.name) AS label, NULL AS link, NULL::uuid AS case_id,
      h.total_fen / 100.0 AS numerator, h.total_person_days AS denominator,
      '已审批补助 ' || to_char(h.total_fen / 100.0, 'FM999999990.00') || ' 元，' || h.total_person_days || ' 人天' AS reason
    FROM duty_subsidy_sheet h JOIN org_unit u ON u.id = h.unit_id LEFT JOIN sensitive_period p ON p.id = h.period_id
    WHERE h.status = 'APPROVED' AND h.date_from >= $3::date AND h.date_from < $4::date AND ${inTownship('h.unit_id')}`,
  // 完成率 (project 4): 行政村 reached as often as their annual plan asks (once when no plan) ÷ 行政村.
  PUBLICITY_PLAN_COMPLETION: `
    SELECT v.parent_id AS unit_id, v.id::text AS record_id, t.name || ' ' || v.name AS label, NULL AS link, NULL::uuid AS case_id,
      CASE WHEN r.times >= greatest(1, coalesce(pl.planned_times, 1)) THEN 1 ELSE 0 END AS numerator, 1 AS denominator,
      '年内宣传 ' || r.times || ' 次，计划 ' || coalesce(pl.planned_times::text, '1（未定计划按 1 次）') || ' 次' AS reason
    FROM org_unit v JOIN org_unit t ON t.id = v.parent_id
    LEFT JOIN publicity_plan pl ON pl.village_id = v.id AND pl.year = extract(year FROM $3::date)::int
    CROSS JOIN LATERAL (SELECT count(*)::int AS times FROM publicity_event_village ev JOIN publicity_event e ON e.id = ev.event_id
      WHERE ev.village_id = v.id AND e.held_on >= date_trunc('year', $3::date)::date AND e.held_on < $4::date) r
    WHERE v.type = 'VILLAGE' AND v.retired_at IS NULL AND t.village_list_complete AND ${inTownship('v.parent_id')}`,
};
