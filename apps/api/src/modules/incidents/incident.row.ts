import type { IncidentDetail, IncidentLevel, IncidentNature, IncidentReportKind, IncidentReportView, IncidentSource, IncidentSummary, ReportLimitView } from '@julu/contracts';
import { INCIDENT_REPORT_KIND_LABELS } from '@julu/contracts';
import { type LimitState, reportTimeliness } from '@julu/domain';

/** Columns of INCIDENT_SQL. */
export interface IncidentRow {
  id: string;
  incident_no: string;
  title: string;
  level: IncidentLevel;
  nature: IncidentNature;
  source: IncidentSource;
  discovered_at: Date;
  township_id: string;
  township_name: string;
  village_id: string | null;
  village_name: string | null;
  place_detail: string;
  people_count: number;
  description: string;
  measures: string;
  phone_limit_minutes: number;
  written_limit_minutes: number;
  phone_reported_at: Date | null;
  written_reported_at: Date | null;
  final_reported_at: Date | null;
  reported_to: string[];
  created_by_name: string;
  created_at: Date;
}

export const INCIDENT_SQL = `
  SELECT i.id, i.incident_no, i.title, i.level, i.nature, i.source, i.discovered_at, i.township_id, t.name AS township_name,
         i.village_id, v.name AS village_name, i.place_detail, i.people_count, i.description, i.measures,
         i.phone_limit_minutes, i.written_limit_minutes, i.phone_reported_at, i.written_reported_at, i.final_reported_at,
         i.reported_to, u.display_name AS created_by_name, i.created_at
  FROM incident i
  JOIN org_unit t ON t.id = i.township_id
  LEFT JOIN org_unit v ON v.id = i.village_id
  JOIN app_user u ON u.id = i.created_by`;

export interface IncidentReportRow {
  id: string;
  kind: IncidentReportKind;
  seq: number | null;
  reported_at: Date;
  reported_to: string[];
  content: string;
  reported_by_name: string;
  created_at: Date;
  time_reason: string | null;
}

const SEQ_NAMES = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 续报一, 续报二 … (plain digits past ten). */
export function reportLabel(kind: IncidentReportKind, seq: number | null): string {
  if (kind !== 'FOLLOW_UP' || seq === null) return INCIDENT_REPORT_KIND_LABELS[kind];
  return `续报${SEQ_NAMES[seq - 1] ?? String(seq)}`;
}

const toLimitView = (s: LimitState): ReportLimitView => ({
  limitMinutes: s.limitMinutes,
  dueAt: s.dueAt.toISOString(),
  reportedAt: s.reportedAt?.toISOString() ?? null,
  status: s.status,
  minutesLate: s.minutesLate,
});

export function toIncidentSummary(r: IncidentRow, now: Date): IncidentSummary {
  const t = reportTimeliness(
    { discoveredAt: r.discovered_at, source: r.source, phoneReportedAt: r.phone_reported_at, writtenReportedAt: r.written_reported_at },
    { phoneMinutes: r.phone_limit_minutes, writtenMinutes: r.written_limit_minutes },
    now,
  );
  return {
    id: r.id,
    incidentNo: r.incident_no,
    title: r.title,
    level: r.level,
    nature: r.nature,
    source: r.source,
    discoveredAt: r.discovered_at.toISOString(),
    townshipId: r.township_id,
    townshipName: r.township_name,
    villageName: r.village_name,
    peopleCount: r.people_count,
    closed: r.final_reported_at !== null,
    phone: toLimitView(t.phone),
    written: toLimitView(t.written),
    verdict: t.verdict,
    countsAsReported: t.countsAsReported,
  };
}

export function toIncidentDetail(r: IncidentRow, reports: IncidentReportRow[], now: Date): IncidentDetail {
  return {
    ...toIncidentSummary(r, now),
    villageId: r.village_id,
    placeDetail: r.place_detail,
    description: r.description,
    measures: r.measures,
    reportedTo: r.reported_to,
    reports: reports.map((p): IncidentReportView => ({
      id: p.id,
      kind: p.kind,
      seq: p.seq,
      label: reportLabel(p.kind, p.seq),
      reportedAt: p.reported_at.toISOString(),
      reportedTo: p.reported_to,
      content: p.content,
      reportedByName: p.reported_by_name,
      recordedAt: p.created_at.toISOString(),
      timeReason: p.time_reason,
    })),
    createdByName: r.created_by_name,
    createdAt: r.created_at.toISOString(),
    serverNow: now.toISOString(),
  };
}
