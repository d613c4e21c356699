import type { CurrentUser } from '@julu/contracts';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../core/config/app-config';
import { territoryOf, townshipCondition } from '../../core/access/territory';
import { notFound } from '../../core/http/api-errors';

/** Units that keep a duty roster: the county bureau, each township and each development zone. */
export const DUTY_UNIT_TYPES = ['BUREAU', 'TOWN', 'TOWNSHIP', 'DEV_ZONE'] as const;

export interface DutyUnit {
  id: string;
  name: string;
  type: (typeof DUTY_UNIT_TYPES)[number];
}

export const UNIT_NOT_FOUND = '单位不存在或不在您的管辖范围内';

/**
 * SQL condition restricting a `unit_id` column to the caller's territory: county roles reach every
 * unit, a township officer only their township (another township's record is then not found).
 */
export function dutyUnitCondition(user: CurrentUser, column: string, params: unknown[]): string {
  return townshipCondition(territoryOf(user), column, params);
}

/** The duty unit, if the caller may work on it; 404 otherwise (its existence is not revealed). */
export async function dutyUnit(m: EntityManager, unitId: string, user: CurrentUser): Promise<DutyUnit> {
  const params: unknown[] = [unitId, [...DUTY_UNIT_TYPES]];
  const [unit]: DutyUnit[] = await m.query(
    `SELECT id, name, type FROM org_unit WHERE id = $1 AND type = ANY($2) AND retired_at IS NULL AND ${dutyUnitCondition(user, 'id', params)}`,
    params,
  );
  if (!unit) throw notFound(UNIT_NOT_FOUND);
  return unit;
}

/** The budget project that pays a unit's duty subsidies (DOMAIN.md §6.2, projects 1 and 3), as configured. */
export function subsidyBudgetProject(unit: DutyUnit, config: Pick<AppConfig, 'DUTY_SUBSIDY_PROJECT_BUREAU' | 'DUTY_SUBSIDY_PROJECT_TOWNSHIPS'>): string {
  return unit.type === 'BUREAU' ? config.DUTY_SUBSIDY_PROJECT_BUREAU : config.DUTY_SUBSIDY_PROJECT_TOWNSHIPS;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque keyset cursor over (sort key, id). */
export const encodeCursor = (key: string, id: string): string => Buffer.from(`${key}|${id}`).toString('base64url');

export function decodeCursor(cursor: string | undefined): { key: string; id: string } | null {
  if (!cursor) return null;
  const [key, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!key || !id || !UUID.test(id)) return null;
  return { key, id };
}
