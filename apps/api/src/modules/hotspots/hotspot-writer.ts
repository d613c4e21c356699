import type { CreateHotspotRequest, CurrentUser } from '@julu/contracts';
import { CIVIL_CODE_RULES, computeDue, type HolidayCalendar } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { insertRow } from '../../core/database/typed-writes';
import { HotspotFollowUpEntity } from './entities/hotspot-follow-up.entity';
import { RiskHotspotEntity } from './entities/risk-hotspot.entity';

/** The next number of a register (隐患 YH2026-0001, 积案 JA2026-0001), gap-free per year. */
export async function nextRegisterNo(m: EntityManager, kind: 'YH' | 'JA', year: number): Promise<string> {
  const [{ last_seq }]: { last_seq: number }[] = await m.query(
    `INSERT INTO hotspot_number_counter (kind, year, last_seq) VALUES ($1, $2, 1)
     ON CONFLICT (kind, year) DO UPDATE SET last_seq = hotspot_number_counter.last_seq + 1 RETURNING last_seq`,
    [kind, year],
  );
  return `${kind}${year}-${String(last_seq).padStart(4, '0')}`;
}

/** 化解时限: deadlineDays on the statutory calendar from the day of 排查 (civil-code counting). */
export const hotspotDeadline = (foundOn: string, days: number, calendar: HolidayCalendar): string => computeDue(foundOn, days, 'DAYS', calendar, CIVIL_CODE_RULES).due;

/** Inserts one hotspot whose references were checked by the caller; returns its id. */
export async function insertHotspot(m: EntityManager, h: CreateHotspotRequest & { categoryLabel: string }, deadline: string, user: CurrentUser): Promise<string> {
  const hotspotNo = await nextRegisterNo(m, 'YH', Number(h.foundOn.slice(0, 4)));
  const { id } = await insertRow(
    m,
    RiskHotspotEntity,
    {
      hotspotNo,
      foundOn: h.foundOn,
      foundBy: h.foundBy.trim(),
      reportingOrg: h.reportingOrg.trim(),
      townshipId: h.townshipId,
      villageId: h.villageId ?? null,
      categoryCode: h.categoryCode,
      categoryLabel: h.categoryLabel,
      description: h.description.trim(),
      mainDemand: h.mainDemand.trim(),
      peopleInvolved: h.peopleInvolved,
      groupType: h.groupType?.trim() ?? '',
      possibleDirection: h.possibleDirection ?? null,
      riskLevel: h.riskLevel,
      leaderInCharge: h.leaderInCharge.trim(),
      responsibleOrg: h.responsibleOrg.trim(),
      responsiblePerson: h.responsiblePerson.trim(),
      stabilityPerson: h.stabilityPerson.trim(),
      measuresResolve: h.measuresResolve.trim(),
      measuresStability: h.measuresStability.trim(),
      deadlineDays: h.deadlineDays,
      deadline,
      createdBy: user.id,
    },
    ['id'],
  );
  await insertRow(m, HotspotFollowUpEntity, { hotspotId: id, authorId: user.id, action: null, content: `登记隐患 ${hotspotNo}` });
  return id;
}

/** Active townships (乡镇、开发区) by id and by name, for checks and imports. */
export interface TownshipRef {
  id: string;
  name: string;
}
export const TOWNSHIPS_SQL = `SELECT id, name FROM org_unit WHERE type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL ORDER BY sort_order, name`;
