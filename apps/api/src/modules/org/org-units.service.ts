import { Injectable, NotFoundException } from '@nestjs/common';
import { API_ERROR_CODES, type DeploymentNames, type OrgUnitDetail, type OrgUnitListQuery, type OrgUnitResolution } from '@julu/contracts';
import { DataSource } from 'typeorm';
import { ORG_UNIT_COLUMNS, type OrgUnitRow, toOrgUnitDetail, toOrgUnitSummary } from './org-unit.row';

export const orgUnitNotFound = (): NotFoundException => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '单位不存在' });

/** Reads of the org tree. Units carry no personal data: every signed-in role may read them. */
@Injectable()
export class OrgUnitsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Without parentId: the units above village level (county, townships, zones, bureau,
   * departments) in tree order. With parentId: that unit's children (a township's villages).
   */
  async list(query: OrgUnitListQuery): Promise<OrgUnitDetail[]> {
    const rows: OrgUnitRow[] = await this.dataSource.query(
      `SELECT ${ORG_UNIT_COLUMNS} FROM org_unit u
       WHERE ($1::uuid IS NULL AND u.type NOT IN ('VILLAGE', 'COMMUNITY') OR u.parent_id = $1::uuid)
         AND ($2 OR u.retired_at IS NULL)
       ORDER BY u.sort_order, u.name`,
      [query.parentId ?? null, query.includeRetired === true],
    );
    return rows.map(toOrgUnitDetail);
  }

  /** The county and bureau this deployment serves: the first current COUNTY and BUREAU units. */
  async deploymentNames(): Promise<DeploymentNames> {
    const [row]: { county: string | null; bureau: string | null }[] = await this.dataSource.query(
      `SELECT (SELECT name FROM org_unit WHERE type = 'COUNTY' AND retired_at IS NULL ORDER BY created_at LIMIT 1) AS county,
              (SELECT name FROM org_unit WHERE type = 'BUREAU' AND retired_at IS NULL ORDER BY created_at LIMIT 1) AS bureau`,
    );
    return { countyName: row?.county ?? null, bureauName: row?.bureau ?? null };
  }

  async get(id: string): Promise<OrgUnitDetail> {
    const rows: OrgUnitRow[] = await this.dataSource.query(`SELECT ${ORG_UNIT_COLUMNS} FROM org_unit u WHERE u.id = $1`, [id]);
    if (!rows[0]) throw orgUnitNotFound();
    return toOrgUnitDetail(rows[0]);
  }

  /**
   * Units a name designates, by current name or former name (alias), retired ones included so
   * old records still resolve; current names first. Optional township narrows village names.
   */
  async resolve(name: string, townshipId?: string): Promise<OrgUnitResolution[]> {
    const rows: (OrgUnitRow & { t_id: string | null; t_code: string | null; t_name: string | null; t_type: OrgUnitRow['type'] | null; t_parent_id: string | null })[] =
      await this.dataSource.query(
        `SELECT ${ORG_UNIT_COLUMNS}, t.id AS t_id, t.code AS t_code, t.name AS t_name, t.type AS t_type, t.parent_id AS t_parent_id
         FROM org_unit u
         LEFT JOIN org_unit t ON t.id = u.parent_id AND u.type IN ('VILLAGE', 'COMMUNITY')
         WHERE (u.name = $1 OR $1 = ANY (u.aliases)) AND ($2::uuid IS NULL OR u.parent_id = $2::uuid OR u.id = $2::uuid)
         ORDER BY (u.name = $1) DESC, (u.retired_at IS NULL) DESC, u.sort_order
         LIMIT 20`,
        [name.trim(), townshipId ?? null],
      );
    return rows.map((r) => ({
      unit: toOrgUnitDetail(r),
      township: r.t_id && r.t_name && r.t_type ? toOrgUnitSummary({ id: r.t_id, code: r.t_code, name: r.t_name, type: r.t_type, parent_id: r.t_parent_id }) : null,
      matchedAlias: r.name === name.trim() ? null : name.trim(),
    }));
  }
}
