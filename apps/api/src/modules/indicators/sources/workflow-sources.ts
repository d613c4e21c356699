import type { IndicatorCode } from '@julu/domain';
import { CASE_UNIT, IN_TOWNSHIP, ONE_CASE } from './source-params';

/**
 * 政法部门 (Art 22 ¶2): the county's public security bureau, court, procuratorate, justice bureau and
 * political-legal committee. The org tree has no such attribute, so they are known by name.
 */
const POLITICAL_LEGAL_UNIT = (alias: string): string => `${alias}.type = 'DEPARTMENT' AND ${alias}.name ~ '(公安|法院|检察|司法|政法)'`;

/** The link of a case's record and the case it belongs to (see source-params.ts). */
const CASE_COLUMNS = `'/cases/' || c.id AS link, c.id AS case_id`;

/**
 * A legal clock measured by the day it falls due: stopped on or before its last day is on time;
 * still running past it is late (and counted); still running before it is not yet due (left out).
 */
const clockTimeliness = (codes: string): string => `
  SELECT ${CASE_UNIT}, k.id::text AS record_id, c.case_no || ' ' || r.label AS label, ${CASE_COLUMNS},
    CASE WHEN k.status = 'STOPPED' AND (k.stopped_at AT TIME ZONE 'Asia/Shanghai')::date <= k.due_on THEN 1 ELSE 0 END AS numerator,
    CASE WHEN k.status = 'STOPPED' OR k.due_on < $6::date THEN 1 ELSE 0 END AS denominator,
    CASE
      WHEN k.status = 'STOPPED' AND (k.stopped_at AT TIME ZONE 'Asia/Shanghai')::date <= k.due_on THEN '期限内完成（' || k.due_on || ' 届满）'
      WHEN k.status = 'STOPPED' THEN '超期完成（' || k.due_on || ' 届满，' || (k.stopped_at AT TIME ZONE 'Asia/Shanghai')::date || ' 完成）'
      WHEN k.due_on < $6::date THEN '已超期仍未完成（' || k.due_on || ' 届满）'
      ELSE '尚未到期，不计入' END AS reason
  FROM case_clock k JOIN petition_case c ON c.id = k.case_id JOIN clock_rule r ON r.code = k.code
  WHERE k.code IN (${codes}) AND k.due_on >= $3::date AND k.due_on < $4::date AND ${IN_TOWNSHIP}`;

/**
 * 受理及时率 by matter (DOMAIN.md §6.2): a matter is on time only when every intake step met its own
 * 15-day limit — the registering unit's (D1/D2) and, after 转送/交办, the receiving unit's (D3). A
 * matter belongs to the period of its last intake clock's due date; it is counted once decided, or
 * as soon as one step is late (a late step cannot be made good).
 */
const acceptanceTimeliness = `
  WITH candidates AS (
    SELECT DISTINCT k.case_id FROM case_clock k WHERE k.code IN ('D1', 'D2', 'D3') AND k.due_on >= $3::date AND k.due_on < $4::date AND ${ONE_CASE('k.case_id')}),
  steps AS (
    SELECT k.case_id, k.code, k.status, k.due_on, (k.stopped_at AT TIME ZONE 'Asia/Shanghai')::date AS stopped_on,
      (k.status = 'STOPPED' AND (k.stopped_at AT TIME ZONE 'Asia/Shanghai')::date > k.due_on) OR (k.status <> 'STOPPED' AND k.due_on < $6::date) AS late,
      row_number() OVER (PARTITION BY k.case_id ORDER BY k.started_on DESC, k.created_at DESC) AS recency
    FROM case_clock k WHERE k.case_id IN (SELECT case_id FROM candidates) AND k.code IN ('D1', 'D2', 'D3')),
  matters AS (
    SELECT s.case_id, bool_or(s.late) AS late,
      bool_or(s.recency = 1 AND s.status = 'STOPPED') AS decided,
      max(s.due_on) FILTER (WHERE s.recency = 1) AS due_on,
      string_agg(s.code || CASE WHEN s.late AND s.status = 'STOPPED' THEN ' 超期（' || s.due_on || ' 届满，' || s.stopped_on || ' 处理）'
                                WHEN s.late THEN ' 已超期仍未处理（' || s.due_on || ' 届满）'
                                WHEN s.status = 'STOPPED' THEN ' 按期（' || s.due_on || ' 届满）'
                                ELSE ' 尚未到期（' || s.due_on || ' 届满）' END, '；' ORDER BY s.recency DESC) AS steps
    FROM steps s GROUP BY s.case_id)
  SELECT ${CASE_UNIT}, c.id::text AS record_id, c.case_no || ' ' || c.title AS label, ${CASE_COLUMNS},
    CASE WHEN x.decided AND NOT x.late THEN 1 ELSE 0 END AS numerator,
    CASE WHEN x.decided OR x.late THEN 1 ELSE 0 END AS denominator,
    CASE WHEN x.decided AND NOT x.late THEN '各环节均在期限内处理：'
         WHEN x.late THEN '有环节超期，整件计为不及时：'
         ELSE '尚未到期，不计入：' END || x.steps AS reason
  FROM matters x JOIN petition_case c ON c.id = x.case_id
  WHERE x.due_on >= $3::date AND x.due_on < $4::date AND ${IN_TOWNSHIP}`;

/** Evaluations recorded in the period. */
const evaluations = (satisfied: string): string => `
  SELECT ${CASE_UNIT}, e.case_id::text || ':' || e.stage AS record_id, c.case_no || ' ' || CASE e.stage WHEN 'ACCEPTANCE' THEN '受理环节' ELSE '办理环节' END AS label,
    ${CASE_COLUMNS},
    CASE WHEN e.result IN (${satisfied}) THEN 1 ELSE 0 END AS numerator, 1 AS denominator,
    CASE e.result WHEN 'SATISFIED' THEN '满意' WHEN 'BASICALLY_SATISFIED' THEN '基本满意' ELSE '不满意' END AS reason
  FROM case_evaluation e JOIN petition_case c ON c.id = e.case_id
  WHERE e.recorded_at >= $1 AND e.recorded_at < $2 AND ${IN_TOWNSHIP}`;

/** The records behind each workflow and visit indicator (see source-params.ts for the parameters). */
export const WORKFLOW_SOURCES: Partial<Record<IndicatorCode, string>> = {
  VISIT_BATCHES: `
    SELECT ${CASE_UNIT}, v.id::text AS record_id, c.case_no || ' ' || to_char(v.arrival_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS label, ${CASE_COLUMNS},
      1 AS numerator, 1 AS denominator, '来访一批（' || v.person_count || ' 人）' AS reason
    FROM visit v JOIN petition_case c ON c.id = v.case_id WHERE v.arrival_at >= $1 AND v.arrival_at < $2 AND ${IN_TOWNSHIP}`,
  VISIT_PERSONS: `
    SELECT ${CASE_UNIT}, v.id::text AS record_id, c.case_no || ' ' || to_char(v.arrival_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS label, ${CASE_COLUMNS},
      v.person_count AS numerator, 1 AS denominator, v.person_count || ' 人次' AS reason
    FROM visit v JOIN petition_case c ON c.id = v.case_id WHERE v.arrival_at >= $1 AND v.arrival_at < $2 AND ${IN_TOWNSHIP}`,
  RECEPTION_TIMELINESS: `
    SELECT ${CASE_UNIT}, v.id::text AS record_id, c.case_no || ' ' || to_char(v.arrival_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS label, ${CASE_COLUMNS},
      CASE WHEN v.reception_started_at - v.arrival_at <= interval '30 minutes' THEN 1 ELSE 0 END AS numerator, 1 AS denominator,
      '等候 ' || floor(extract(epoch FROM v.reception_started_at - v.arrival_at) / 60) || ' 分钟' ||
        CASE WHEN v.reception_started_at - v.arrival_at <= interval '30 minutes' THEN '，及时' ELSE '，超过 30 分钟' END AS reason
    FROM visit v JOIN petition_case c ON c.id = v.case_id WHERE v.arrival_at >= $1 AND v.arrival_at < $2 AND ${IN_TOWNSHIP}`,
  ACCEPTANCE_TIMELINESS: acceptanceTimeliness,
  ON_TIME_CLOSURE: clockTimeliness(`'D5'`),
  // Only cases that can count in the period are grouped: evaluated in it, or with a notice delivered
  // so that the evaluation window ends in it (a stage's first delivery is then in that range too).
  PARTICIPATION_RATE: `
    WITH candidates AS (
      SELECT n.case_id FROM case_notice n
      WHERE n.delivered_at >= (($3::date - $7::int)::timestamp AT TIME ZONE 'Asia/Shanghai')
        AND n.delivered_at < (($4::date - $7::int)::timestamp AT TIME ZONE 'Asia/Shanghai') AND ${ONE_CASE('n.case_id')}
      UNION
      SELECT e.case_id FROM case_evaluation e WHERE e.recorded_at >= $1 AND e.recorded_at < $2 AND ${ONE_CASE('e.case_id')}),
    stages AS (
      SELECT n.case_id, CASE WHEN n.kind = 'HANDLING_OPINION' THEN 'HANDLING' ELSE 'ACCEPTANCE' END AS stage, min(n.delivered_at) AS delivered_at
      FROM case_notice n WHERE n.case_id IN (SELECT case_id FROM candidates)
        AND n.delivered_at IS NOT NULL AND n.kind IN ('ACCEPTANCE', 'NON_ACCEPTANCE', 'NO_REACCEPTANCE', 'HANDLING_OPINION')
      GROUP BY 1, 2)
    SELECT ${CASE_UNIT}, s.case_id::text || ':' || s.stage AS record_id, c.case_no || ' ' || CASE s.stage WHEN 'ACCEPTANCE' THEN '受理环节' ELSE '办理环节' END AS label,
      ${CASE_COLUMNS}, CASE WHEN e.case_id IS NULL THEN 0 ELSE 1 END AS numerator, 1 AS denominator,
      CASE WHEN e.case_id IS NULL THEN '评价期已结束，未参评' ELSE '已评价' END AS reason
    FROM stages s JOIN petition_case c ON c.id = s.case_id
    LEFT JOIN case_evaluation e ON e.case_id = s.case_id AND e.stage = s.stage
    WHERE ${IN_TOWNSHIP} AND (
      (e.case_id IS NOT NULL AND e.recorded_at >= $1 AND e.recorded_at < $2)
      OR (e.case_id IS NULL AND (s.delivered_at AT TIME ZONE 'Asia/Shanghai')::date + $7::int >= $3::date
          AND (s.delivered_at AT TIME ZONE 'Asia/Shanghai')::date + $7::int < $4::date
          AND (s.delivered_at AT TIME ZONE 'Asia/Shanghai')::date + $7::int < $6::date))`,
  SATISFACTION_RATE: evaluations(`'SATISFIED', 'BASICALLY_SATISFIED'`),
  SATISFIED_ONLY_RATE: evaluations(`'SATISFIED'`),
  REPEAT_RATE: `
    SELECT ${CASE_UNIT}, c.id::text AS record_id, c.case_no || ' ' || c.title AS label, ${CASE_COLUMNS},
      CASE WHEN c.is_repeat THEN 1 ELSE 0 END AS numerator, 1 AS denominator,
      CASE WHEN c.is_repeat THEN '确认为重复信访' ELSE '非重复' END AS reason
    FROM petition_case c WHERE c.registered_at >= $1 AND c.registered_at < $2 AND ${IN_TOWNSHIP}`,
  // Every 涉法涉诉 matter however it was recognised (flagged at or after registration, diverted,
  // forwarded to a 政法部门 under Art 22 ¶2); in the legal channel once its 告知 is delivered.
  DIVERSION_RATE: `
    SELECT ${CASE_UNIT}, c.id::text AS record_id, c.case_no || ' ' || c.title AS label, ${CASE_COLUMNS},
      CASE WHEN d.diverted AND d.diversion_delivered OR d.to_legal_organ AND d.decision_delivered THEN 1 ELSE 0 END AS numerator, 1 AS denominator,
      CASE WHEN d.diverted AND d.diversion_delivered THEN '已分流，告知书已送达'
           WHEN d.to_legal_organ AND d.decision_delivered THEN '已转送政法部门（第二十二条第二款），告知已送达'
           WHEN d.diverted THEN '已分流但告知书未送达，不计为已分流'
           WHEN d.to_legal_organ THEN '已转送政法部门，告知尚未送达'
           ELSE '涉法涉诉，尚未导入法定途径' END AS reason
    FROM (
      -- Each way of recognition through its own index: the flag, the 分流 state (or archived after it), the receiving 政法部门.
      SELECT k.id FROM petition_case k WHERE k.is_law_related AND k.registered_at >= $1 AND k.registered_at < $2 AND ${ONE_CASE('k.id')}
      UNION SELECT k.id FROM petition_case k WHERE k.status IN ('DIVERTED', 'ARCHIVED') AND k.registered_at >= $1 AND k.registered_at < $2 AND ${ONE_CASE('k.id')}
      UNION SELECT k.id FROM petition_case k JOIN org_unit h ON h.id = k.handling_unit_id AND ${POLITICAL_LEGAL_UNIT('h')}
        WHERE k.registered_at >= $1 AND k.registered_at < $2 AND ${ONE_CASE('k.id')}) law
    JOIN petition_case c ON c.id = law.id
    CROSS JOIN LATERAL (SELECT
      EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.action = 'DIVERT') AS diverted,
      EXISTS (SELECT 1 FROM org_unit h WHERE h.id = c.handling_unit_id AND ${POLITICAL_LEGAL_UNIT('h')}) AS to_legal_organ,
      EXISTS (SELECT 1 FROM case_notice n WHERE n.case_id = c.id AND n.kind = 'NON_ACCEPTANCE' AND n.delivered_at IS NOT NULL) AS diversion_delivered,
      EXISTS (SELECT 1 FROM case_notice n WHERE n.case_id = c.id AND n.kind IN ('ACCEPTANCE', 'NON_ACCEPTANCE') AND n.delivered_at IS NOT NULL) AS decision_delivered) d
    WHERE (c.is_law_related OR d.diverted OR d.to_legal_organ) AND ${IN_TOWNSHIP}`,
};
