import type { Territory } from '../../../core/access/territory';

/**
 * Which cases a territory reaches, as a SQL condition over `petition_case c`:
 * - the county: every case;
 * - a township: cases located there;
 * - a handling unit: cases assigned to it.
 * A 检举控告 case is never visible to the unit it accuses (2022 条例 Art 30 ¶3), whichever of the
 * above would otherwise apply.
 */
export function caseCondition(territory: Territory, params: unknown[]): string {
  switch (territory.kind) {
    case 'COUNTY':
      return 'TRUE';
    case 'TOWNSHIP':
      params.push(territory.townshipId);
      return `(c.township_id = $${params.length}::uuid AND ${notAccusing(params.length)})`;
    case 'UNIT':
      params.push(territory.unitId);
      return `(c.handling_unit_id = $${params.length}::uuid AND ${notAccusing(params.length)})`;
  }
}

const notAccusing = (param: number): string => `NOT (c.matter_type = 'ACCUSATION' AND c.involved_unit_id IS NOT DISTINCT FROM $${param}::uuid)`;
