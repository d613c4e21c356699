// Hand-written aggregates for every indicator the app recomputes (issue 19.3's baseline): one plain
// statement per indicator, each giving every township's and the county's numerator and denominator
// for a period (GROUPING SETS; the total row is the county). They follow the indicators' definitions
// (DOMAIN.md §6.2, libs/domain indicators) but not the app's SQL: no labels, reasons or drill-down
// columns, no scope parameters — what someone who only wants the figures would write.
// Parameters: $1 first instant of the period, $2 first instant after it (China midnight), $3 first
// day, $4 first day after, $5 today (China), $6 the evaluation window in days.

const P = `$1::timestamptz AS f, $2::timestamptz AS t, $3::date AS fd, $4::date AS td, $5::date AS today, $6::int AS w`;
/** A 检举控告 against its own township counts for the county only (条例 Art 30 ¶3). */
const CASE_UNIT = `CASE WHEN c.matter_type = 'ACCUSATION' AND c.involved_unit_id = c.township_id THEN NULL ELSE c.township_id END`;
const grouped = (from) => `
  SELECT x.u AS unit_id, grouping(x.u) = 1 AS total, sum(x.n)::float8 AS numerator, sum(x.d)::float8 AS denominator
  FROM (${from}) x GROUP BY GROUPING SETS ((x.u), ())`;
const china = (column) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date`;
const visits = (n) =>
  grouped(`SELECT ${CASE_UNIT} AS u, ${n} AS n, 1 AS d FROM visit v JOIN petition_case c ON c.id = v.case_id, (SELECT ${P}) p
  WHERE v.arrival_at >= p.f AND v.arrival_at < p.t`);
const evaluations = (n, where = 'TRUE') =>
  grouped(`SELECT ${CASE_UNIT} AS u, ${n} AS n, 1 AS d FROM case_evaluation e JOIN petition_case c ON c.id = e.case_id, (SELECT ${P}) p
  WHERE e.recorded_at >= p.f AND e.recorded_at < p.t AND ${where}`);
const SHIFTS_IN_PERIOD = `duty_shift s JOIN duty_roster r ON r.id = s.roster_id, (SELECT ${P}) p
  WHERE r.period_id IS NOT NULL AND r.status IN ('PUBLISHED', 'CLOSED') AND s.start_at >= p.f AND s.start_at < p.t`;
const resolution = (table, resolvedOn) =>
  grouped(`SELECT h.township_id AS u, (h.${resolvedOn} >= p.fd AND h.${resolvedOn} < p.td)::int AS n, 1 AS d
  FROM ${table} h, (SELECT ${P}) p WHERE ${china('h.created_at')} < p.td AND (h.${resolvedOn} IS NULL OR h.${resolvedOn} >= p.fd)`);

export const HAND_AGGREGATES = {
  VISIT_BATCHES: visits('1'),
  VISIT_PERSONS: visits('v.person_count'),
  RECEPTION_TIMELINESS: visits(`(v.reception_started_at - v.arrival_at <= interval '30 minutes')::int`),
  RECEPTION_RATE: visits('(v.reception_started_at IS NOT NULL)::int'),
  VISIT_SATISFACTION: visits(
    `coalesce((SELECT e.result FROM case_evaluation e WHERE e.case_id = c.id ORDER BY e.recorded_at DESC LIMIT 1) IN ('SATISFIED', 'BASICALLY_SATISFIED'), false)::int`,
  ),
  // By matter: every intake step (D1/D2, then D3) within its own limit; the matter's period is its
  // last step's due date; counted once decided or once a step is late.
  ACCEPTANCE_TIMELINESS: grouped(`
    SELECT ${CASE_UNIT} AS u, (m.decided AND NOT m.late)::int AS n, (m.decided OR m.late)::int AS d
    FROM (SELECT k.case_id,
        bool_or(k.status = 'STOPPED' AND ${china('k.stopped_at')} > k.due_on OR k.status <> 'STOPPED' AND k.due_on < p.today) AS late,
        (array_agg(k.status ORDER BY k.started_on DESC, k.created_at DESC))[1] = 'STOPPED' AS decided,
        (array_agg(k.due_on ORDER BY k.started_on DESC, k.created_at DESC))[1] AS due_on, min(p.fd) AS fd, min(p.td) AS td
      FROM case_clock k, (SELECT ${P}) p
      WHERE k.code IN ('D1', 'D2', 'D3') AND k.case_id IN (SELECT case_id FROM case_clock WHERE code IN ('D1', 'D2', 'D3') AND due_on >= p.fd AND due_on < p.td)
      GROUP BY k.case_id) m
    JOIN petition_case c ON c.id = m.case_id WHERE m.due_on >= m.fd AND m.due_on < m.td`),
  ON_TIME_CLOSURE: grouped(`
    SELECT ${CASE_UNIT} AS u, (k.status = 'STOPPED' AND ${china('k.stopped_at')} <= k.due_on)::int AS n, (k.status = 'STOPPED' OR k.due_on < p.today)::int AS d
    FROM case_clock k JOIN petition_case c ON c.id = k.case_id, (SELECT ${P}) p WHERE k.code = 'D5' AND k.due_on >= p.fd AND k.due_on < p.td`),
  // Each stage's first delivered notice; evaluated in the period, or its window ends in the period (before today) unevaluated.
  PARTICIPATION_RATE: grouped(`
    SELECT ${CASE_UNIT} AS u, (e.case_id IS NOT NULL)::int AS n, 1 AS d
    FROM (SELECT n.case_id, CASE WHEN n.kind = 'HANDLING_OPINION' THEN 'HANDLING' ELSE 'ACCEPTANCE' END AS stage, ${china('min(n.delivered_at)')} + min(p.w) AS ends
      FROM case_notice n, (SELECT ${P}) p
      WHERE n.kind IN ('ACCEPTANCE', 'NON_ACCEPTANCE', 'NO_REACCEPTANCE', 'HANDLING_OPINION') AND n.delivered_at IS NOT NULL
        AND n.case_id IN (SELECT case_id FROM case_notice WHERE delivered_at >= ((p.fd - p.w)::timestamp AT TIME ZONE 'Asia/Shanghai') AND delivered_at < ((p.td - p.w)::timestamp AT TIME ZONE 'Asia/Shanghai')
                          UNION SELECT case_id FROM case_evaluation WHERE recorded_at >= p.f AND recorded_at < p.t)
      GROUP BY 1, 2) s
    JOIN petition_case c ON c.id = s.case_id LEFT JOIN case_evaluation e ON e.case_id = s.case_id AND e.stage = s.stage, (SELECT ${P}) p
    WHERE e.case_id IS NOT NULL AND e.recorded_at >= p.f AND e.recorded_at < p.t OR e.case_id IS NULL AND s.ends >= p.fd AND s.ends < p.td AND s.ends < p.today`),
  SATISFACTION_RATE: evaluations(`(e.result IN ('SATISFIED', 'BASICALLY_SATISFIED'))::int`),
  SATISFIED_ONLY_RATE: evaluations(`(e.result = 'SATISFIED')::int`),
  VISITOR_SATISFACTION_RATE: evaluations(`(e.result IN ('SATISFIED', 'BASICALLY_SATISFIED'))::int`, `c.channel = 'VISIT'`),
  REPEAT_RATE: grouped(`SELECT ${CASE_UNIT} AS u, c.is_repeat::int AS n, 1 AS d FROM petition_case c, (SELECT ${P}) p WHERE c.registered_at >= p.f AND c.registered_at < p.t`),
  // Every 涉法涉诉 matter (flagged, diverted, or handled by a 政法部门); in the legal channel once its 告知 is delivered.
  DIVERSION_RATE: grouped(`
    SELECT x.u, (x.diverted AND x.diversion_delivered OR x.to_legal_organ AND x.decision_delivered)::int AS n, 1 AS d
    FROM (SELECT ${CASE_UNIT} AS u, c.is_law_related,
        EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.action = 'DIVERT') AS diverted,
        coalesce(h.type = 'DEPARTMENT' AND h.name ~ '(公安|法院|检察|司法|政法)', false) AS to_legal_organ,
        EXISTS (SELECT 1 FROM case_notice n WHERE n.case_id = c.id AND n.kind = 'NON_ACCEPTANCE' AND n.delivered_at IS NOT NULL) AS diversion_delivered,
        EXISTS (SELECT 1 FROM case_notice n WHERE n.case_id = c.id AND n.kind IN ('ACCEPTANCE', 'NON_ACCEPTANCE') AND n.delivered_at IS NOT NULL) AS decision_delivered
      FROM petition_case c LEFT JOIN org_unit h ON h.id = c.handling_unit_id, (SELECT ${P}) p
      WHERE c.registered_at >= p.f AND c.registered_at < p.t
        -- Only cases that can be one: flagged, in or past 分流, or handled by a 政法部门.
        AND (c.is_law_related OR c.status IN ('DIVERTED', 'ARCHIVED') OR h.type = 'DEPARTMENT' AND h.name ~ '(公安|法院|检察|司法|政法)')) x
    WHERE x.is_law_related OR x.diverted OR x.to_legal_organ`),
  // One record per rostered person on each sensitive-period shift that has ended.
  DUTY_COMPLETION_RATE: grouped(`SELECT s.unit_id AS u, (x.check_out_at IS NOT NULL)::int AS n, 1 AS d
    FROM ${SHIFTS_IN_PERIOD.replace('duty_roster r ON r.id = s.roster_id', 'duty_roster r ON r.id = s.roster_id JOIN duty_shift_member x ON x.shift_id = s.id')} AND s.end_at <= now()`),
  // One record per unit and duty date that has begun; completed when every shift of the date is.
  DUTY_COMPLETIONS: grouped(`SELECT s.unit_id AS u, bool_and(s.status = 'COMPLETED')::int AS n, 1 AS d FROM ${SHIFTS_IN_PERIOD}
    GROUP BY s.unit_id, s.date HAVING min(s.start_at) <= now()`),
  INCIDENT_REPORT_RATE: grouped(`
    SELECT i.township_id AS u, (m.phone_ok AND m.written_ok AND i.source = 'SELF')::int AS n,
      (i.source = 'UPPER_NOTICE' OR NOT m.phone_ok AND i.discovered_at + make_interval(mins => i.phone_limit_minutes) <= now()
        OR NOT m.written_ok AND i.discovered_at + make_interval(mins => i.written_limit_minutes) <= now() OR m.phone_ok AND m.written_ok)::int AS d
    FROM incident i CROSS JOIN LATERAL (SELECT
      coalesce(i.phone_reported_at <= i.discovered_at + make_interval(mins => i.phone_limit_minutes), false) AS phone_ok,
      coalesce(i.written_reported_at <= i.discovered_at + make_interval(mins => i.written_limit_minutes), false) AS written_ok) m, (SELECT ${P}) p
    WHERE i.discovered_at >= p.f AND i.discovered_at < p.t`),
  PUBLICITY_EVENTS: grouped(`SELECT e.township_id AS u, 1 AS n, 1 AS d FROM publicity_event e, (SELECT ${P}) p WHERE e.held_on >= p.fd AND e.held_on < p.td`),
  VILLAGE_COVERAGE: grouped(`
    SELECT v.parent_id AS u, EXISTS (SELECT 1 FROM publicity_event_village ev JOIN publicity_event e ON e.id = ev.event_id
      WHERE ev.village_id = v.id AND e.held_on >= date_trunc('year', p.fd)::date AND e.held_on < p.td)::int AS n, 1 AS d
    FROM org_unit v JOIN org_unit t ON t.id = v.parent_id, (SELECT ${P}) p WHERE v.type = 'VILLAGE' AND v.retired_at IS NULL AND t.village_list_complete`),
  PUBLICITY_PLAN_COMPLETION: grouped(`
    SELECT v.parent_id AS u, ((SELECT count(*) FROM publicity_event_village ev JOIN publicity_event e ON e.id = ev.event_id
      WHERE ev.village_id = v.id AND e.held_on >= date_trunc('year', p.fd)::date AND e.held_on < p.td) >= greatest(1, coalesce(pl.planned_times, 1)))::int AS n, 1 AS d
    FROM org_unit v JOIN org_unit t ON t.id = v.parent_id CROSS JOIN (SELECT ${P}) p
    LEFT JOIN publicity_plan pl ON pl.village_id = v.id AND pl.year = extract(year FROM p.fd)::int
    WHERE v.type = 'VILLAGE' AND v.retired_at IS NULL AND t.village_list_complete`),
  HOTSPOT_RESOLUTION_RATE: resolution('risk_hotspot', 'closed_on'),
  BACKLOG_RESOLUTION_RATE: resolution('backlog_case', 'resolved_on'),
  // The county's projects only (no township has a budget of its own).
  SPENDING_PROGRESS: grouped(`
    SELECT NULL::uuid AS u, coalesce((SELECT sum(s.amount_fen) FROM budget_spending s WHERE s.project_code = b.code AND s.year = b.year AND s.spent_on < p.td), 0) / 100.0 AS n,
      b.budget_fen / 100.0 AS d
    FROM budget_project b, (SELECT ${P}) p WHERE b.year = extract(year FROM p.fd)::int`),
  DUTY_SUBSIDY_PER_PERSON_DAY: grouped(`
    SELECT h.unit_id AS u, h.total_fen / 100.0 AS n, h.total_person_days AS d FROM duty_subsidy_sheet h, (SELECT ${P}) p
    WHERE h.status = 'APPROVED' AND h.date_from >= p.fd AND h.date_from < p.td`),
};
