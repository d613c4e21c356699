import { Injectable } from '@nestjs/common';
import type { OrgUnitSummary } from '@julu/contracts';
import { DataSource } from 'typeorm';

@Injectable()
export class OrgUnitsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Active units above village level (county, townships, zones, bureau, departments), in tree order. */
  async listAdministrative(): Promise<OrgUnitSummary[]> {
    const rows: { id: string; code: string | null; name: string; type: OrgUnitSummary['type']; parent_id: string | null }[] =
      await this.dataSource.query(
        `SELECT id, code, name, type, parent_id FROM org_unit
         WHERE retired_at IS NULL AND type NOT IN ('VILLAGE', 'COMMUNITY') ORDER BY sort_order, name`,
      );
    return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, type: r.type, parentId: r.parent_id }));
  }
}
