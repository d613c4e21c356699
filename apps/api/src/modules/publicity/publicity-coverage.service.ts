import { Injectable } from '@nestjs/common';
import type { CurrentUser, PublicityCoverageRow, PublicityCoverageView, PublicityPlanRow } from '@julu/contracts';
import { chinaDate, type CoverageCount, coverageByTownship, type CoverageVillage, doneToPlan } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { territoryOf } from '../../core/access/territory';
import { Transactions } from '../../core/database/transactions';
import { OutboxService } from '../../core/outbox/outbox.service';
import { invalidField, notFound } from '../../core/http/api-errors';
import { AuditService } from '../audit';
import { incompleteListWarning } from '../org';
import type { UpsertPublicityPlanDto } from './dto/upsert-publicity-plan.dto';

interface UnitRow {
  id: string;
  name: string;
  township_id: string;
  type: 'VILLAGE' | 'COMMUNITY';
  times_reached: number;
  planned_times: number | null;
  note: string | null;
}

/**
 * Every active village and community under a township-level unit, with the events of the year that
 * reached it and its plan. The denominator of the coverage is whatever the org tree holds now:
 * adding, retiring or importing villages changes it, nothing is hard-coded.
 */
const UNITS_SQL = `
  SELECT u.id, u.name, u.parent_id AS township_id, u.type, p.planned_times, p.note,
         (SELECT count(*)::int FROM publicity_event_village ev JOIN publicity_event e ON e.id = ev.event_id
          WHERE ev.village_id = u.id AND e.held_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)) AS times_reached
  FROM org_unit u
  JOIN org_unit t ON t.id = u.parent_id AND t.type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND t.retired_at IS NULL
  LEFT JOIN publicity_plan p ON p.village_id = u.id AND p.year = $1
  WHERE u.type IN ('VILLAGE', 'COMMUNITY') AND u.retired_at IS NULL`;

const toRow = (unitId: string | null, unitName: string, c: CoverageCount, events: number, villageListComplete: boolean): PublicityCoverageRow => ({
  unitId,
  unitName,
  ...c,
  events,
  villageListComplete,
});
const toCoverageVillage = (r: UnitRow): CoverageVillage => ({ id: r.id, townshipId: r.township_id, type: r.type, timesReached: r.times_reached, plannedTimes: r.planned_times });

/** Coverage of 行政村 by township and county, and the annual plan per village. */
@Injectable()
export class PublicityCoverageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** A township officer sees their own township's row (and it as the total); the bureau sees all. */
  async coverage(year: number | undefined, user: CurrentUser): Promise<PublicityCoverageView> {
    const y = year ?? Number(chinaDate(new Date()).slice(0, 4));
    const territory = territoryOf(user);
    const own = territory.kind === 'TOWNSHIP' ? territory.townshipId : null;
    const townships: { id: string; name: string; events: number; complete: boolean }[] = await this.dataSource.query(
      `SELECT t.id, t.name, t.village_list_complete AS complete,
              (SELECT count(*)::int FROM publicity_event e WHERE e.township_id = t.id AND e.held_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)) AS events
       FROM org_unit t WHERE t.type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND t.retired_at IS NULL AND ($2::uuid IS NULL OR t.id = $2::uuid)
       ORDER BY t.sort_order, t.name`,
      [y, own],
    );
    const units: UnitRow[] = await this.dataSource.query(UNITS_SQL, [y]);
    const villages = units.map(toCoverageVillage);
    // A township's own row shows what is on record; the total counts only complete village lists (DOMAIN.md §5).
    const counts = coverageByTownship(
      townships.map((t) => t.id),
      villages,
    );
    const complete = townships.filter((t) => t.complete);
    const county = coverageByTownship(
      complete.map((t) => t.id),
      villages,
    ).county;
    const incomplete = townships.filter((t) => !t.complete).map((t) => t.name);
    const rows = townships.map((t) => toRow(t.id, t.name, counts.townships.get(t.id) ?? counts.county, t.events, t.complete));
    return {
      year: y,
      townships: rows,
      county: toRow(
        null,
        own ? (townships[0]?.name ?? '') : '全县',
        county,
        townships.reduce((n, t) => n + t.events, 0),
        incomplete.length === 0,
      ),
      incompleteTownships: incomplete,
      warning: incompleteListWarning(incomplete),
    };
  }

  async plans(year: number | undefined, townshipId: string | undefined, user: CurrentUser): Promise<PublicityPlanRow[]> {
    const y = year ?? Number(chinaDate(new Date()).slice(0, 4));
    const territory = territoryOf(user);
    const township = territory.kind === 'TOWNSHIP' ? territory.townshipId : townshipId;
    if (!township) throw invalidField('townshipId', '请选择乡镇（开发区）');
    if (territory.kind === 'TOWNSHIP' && townshipId && townshipId !== territory.townshipId) throw notFound('乡镇不存在或不在您的管辖范围内');
    return this.plansIn(this.dataSource.manager, y, township);
  }

  async upsertPlan(villageId: string, dto: UpsertPublicityPlanDto, user: CurrentUser): Promise<PublicityPlanRow> {
    const territory = territoryOf(user);
    return this.transactions.run(async (m) => {
      const [village]: { parent_id: string }[] = await m.query(
        `SELECT parent_id FROM org_unit WHERE id = $1 AND type IN ('VILLAGE', 'COMMUNITY') AND retired_at IS NULL AND ($2::uuid IS NULL OR parent_id = $2::uuid)`,
        [villageId, territory.kind === 'TOWNSHIP' ? territory.townshipId : null],
      );
      if (!village) throw notFound('村（社区）不存在或不在您的管辖范围内');
      const [before]: { planned_times: number }[] = await m.query('SELECT planned_times FROM publicity_plan WHERE village_id = $1 AND year = $2', [villageId, dto.year]);
      await m.query(
        `INSERT INTO publicity_plan (village_id, year, planned_times, note, updated_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (village_id, year) DO UPDATE SET planned_times = EXCLUDED.planned_times, note = EXCLUDED.note, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [villageId, dto.year, dto.plannedTimes, dto.note?.trim() ?? '', user.id],
      );
      await this.audit.record(m, {
        action: 'publicity.plan.set',
        entityType: 'org_unit',
        entityId: villageId,
        changes: { [`plannedTimes${dto.year}`]: { before: before?.planned_times ?? null, after: dto.plannedTimes } },
      });
      // The plan is an input of 宣传计划完成率: its snapshots are refreshed like the events'.
      await this.outbox.record(m, {
        eventType: 'publicity.plan-set',
        aggregateType: 'org_unit',
        aggregateId: villageId,
        payload: { townshipId: village.parent_id, year: dto.year },
      });
      const row = (await this.plansIn(m, dto.year, village.parent_id)).find((r) => r.villageId === villageId);
      if (!row) throw notFound('村（社区）不存在');
      return row;
    });
  }

  private async plansIn(m: EntityManager, year: number, townshipId: string): Promise<PublicityPlanRow[]> {
    const rows: UnitRow[] = await m.query(`${UNITS_SQL} AND u.parent_id = $2 ORDER BY u.sort_order, u.name`, [year, townshipId]);
    return rows.map((r) => ({
      villageId: r.id,
      villageName: r.name,
      villageType: r.type,
      year,
      plannedTimes: r.planned_times,
      note: r.note ?? '',
      timesReached: r.times_reached,
      doneToPlan: doneToPlan({ timesReached: r.times_reached, plannedTimes: r.planned_times }),
    }));
  }
}
