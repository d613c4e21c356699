import { Injectable } from '@nestjs/common';
import type { CurrentUser, IndicatorCard, IndicatorDashboard, IndicatorDrillDown, IndicatorSnapshotView, IndicatorTrend, TownshipComparison } from '@julu/contracts';
import { chinaDate, type IndicatorCode, indicatorDefinition, INDICATOR_DEFINITIONS, indicatorValue, meetsTarget, parsePeriod, periodsOfYear } from '@julu/domain';
import { DataSource } from 'typeorm';
import { invalidField, notFound } from '../../core/http/api-errors';
import { incompleteListWarning, incompleteVillageLists } from '../org';
import { recordsOf, sourceParams, withoutAccusationsAgainstScope } from './sources/source-params';
import { IndicatorComputationService } from './indicator-computation.service';

interface SnapshotRow {
  indicator_code: string;
  period_key: string;
  org_unit_id: string;
  numerator: string;
  denominator: string;
  value: string | null;
  definition_version: number;
  computed_at: Date;
}

const DRILL_DOWN_LIMIT = 5000;
/** Indicators counted over the 行政村 of complete township lists only (DOMAIN.md §5). */
const VILLAGE_LIST_INDICATORS: ReadonlySet<string> = new Set(['VILLAGE_COVERAGE', 'PUBLICITY_PLAN_COMPLETION']);

/** The dashboard's reads: cards, comparison across townships, trends and the records behind a figure. */
@Injectable()
export class IndicatorQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly computation: IndicatorComputationService,
  ) {}

  async dashboard(user: CurrentUser, periodKey: string | undefined, unitId: string | undefined): Promise<IndicatorDashboard> {
    const period = this.period(periodKey);
    const unit = await this.unit(user, unitId);
    const rows = await this.snapshots([period], [unit.id]);
    const available = this.computation.sources();
    const villageWarning = await this.villageWarning(unit.id);
    const cards = INDICATOR_DEFINITIONS.map((d): IndicatorCard => {
      const row = rows.find((r) => r.indicator_code === d.code);
      return {
        code: d.code,
        name: d.name,
        unit: d.unit,
        kind: d.kind,
        direction: d.direction,
        formula: d.formula,
        numeratorText: d.numerator,
        denominatorText: d.denominator,
        interpretation: d.interpretation,
        target: d.target,
        available: available.has(d.code),
        snapshot: row ? toSnapshot(row) : null,
        warning: VILLAGE_LIST_INDICATORS.has(d.code) ? villageWarning : null,
      };
    });
    const times = rows.map((r) => r.computed_at.getTime());
    const computedAt = times.length ? new Date(Math.max(...times)).toISOString() : null;
    return { periodKey: period, orgUnitId: unit.id, orgUnitName: unit.name, cards, computedAt, checkedAt: computedAt && (await this.checkedAt(period, unit.id, computedAt)) };
  }

  /**
   * When the figures of a (period, unit) were last computed, changed or not (the dashboard's 计算于):
   * the latest of its batch recomputations (indicator_run), its year's reconciliation, which computes
   * the ledger indicators of every period of the year for every unit (indicator_ledger_year), and
   * the newest change of one of its snapshots — a case event that moved them is a computation too.
   * Snapshots are written only when their figures change (writeSnapshots), so their own
   * `computed_at` alone would stand still after a recomputation that confirmed them.
   */
  private async checkedAt(periodKey: string, unitId: string, changedAt: string): Promise<string> {
    const [row]: { at: Date | null }[] = await this.dataSource.query(
      `SELECT greatest($3::timestamptz,
         (SELECT max(r.at) FROM indicator_run r WHERE r.period_key = $1 AND r.org_unit_id = $2::uuid),
         (SELECT y.reconciled_at FROM indicator_ledger_year y WHERE y.year = left($1, 4)::int)) AS at`,
      [periodKey, unitId, changedAt],
    );
    return (row.at ?? new Date(changedAt)).toISOString();
  }

  async townships(user: CurrentUser, code: string, periodKey: string | undefined): Promise<TownshipComparison> {
    const definition = this.definition(code);
    const period = this.period(periodKey);
    const units: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM org_unit WHERE type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL ${user.role === 'TOWNSHIP_OFFICER' ? 'AND id = $1' : ''} ORDER BY sort_order, name`,
      user.role === 'TOWNSHIP_OFFICER' ? [user.orgUnitId] : [],
    );
    const rows = await this.snapshots(
      [period],
      units.map((u) => u.id),
      definition.code,
    );
    return {
      code: definition.code,
      periodKey: period,
      rows: units.map((u) => ({ orgUnitId: u.id, orgUnitName: u.name, snapshot: ((r) => (r ? toSnapshot(r) : null))(rows.find((r) => r.org_unit_id === u.id)) })),
    };
  }

  async trend(user: CurrentUser, code: string, unitId: string | undefined, year: number | undefined): Promise<IndicatorTrend> {
    const definition = this.definition(code);
    const unit = await this.unit(user, unitId);
    const months = periodsOfYear(year ?? Number(chinaDate(new Date()).slice(0, 4)))
      .filter((p) => p.kind === 'MONTH')
      .map((p) => p.key);
    const rows = await this.snapshots(months, [unit.id], definition.code);
    return {
      code: definition.code,
      orgUnitId: unit.id,
      points: months.map((key) => {
        const r = rows.find((row) => row.period_key === key);
        return { periodKey: key, value: r?.value == null ? null : Number(r.value), numerator: Number(r?.numerator ?? 0), denominator: Number(r?.denominator ?? 0) };
      }),
    };
  }

  async records(user: CurrentUser, code: string, periodKey: string | undefined, unitId: string | undefined): Promise<IndicatorDrillDown> {
    const definition = this.definition(code);
    const key = this.period(periodKey);
    const unit = await this.unit(user, unitId);
    const source = this.computation.sources().get(definition.code);
    if (!source) throw notFound(`${definition.name}的数据来源尚未启用`);
    // The sources already count an accusation against a township for the county only (CASE_UNIT);
    // a township officer's drill-down also drops, as a second guard, any record of one against them.
    const sql = user.role === 'TOWNSHIP_OFFICER' ? withoutAccusationsAgainstScope(source) : source;
    const county = await this.computation.countyId();
    const scope = this.computation.scope(parsePeriod(key) as NonNullable<ReturnType<typeof parsePeriod>>, unit.id === county ? null : unit.id);
    const rows: { record_id: string; label: string; link: string | null; numerator: string; denominator: string; reason: string }[] = await this.dataSource.query(
      `SELECT * FROM (${recordsOf(sql)}) r ORDER BY r.denominator DESC, r.numerator DESC, r.label LIMIT ${DRILL_DOWN_LIMIT}`,
      sourceParams(scope),
    );
    const sums = await this.computation.sums(this.dataSource, sql, scope);
    const [snapshot] = await this.snapshots([key], [unit.id], definition.code);
    return {
      code: definition.code,
      name: definition.name,
      periodKey: key,
      orgUnitId: unit.id,
      orgUnitName: unit.name,
      numerator: sums.numerator,
      denominator: sums.denominator,
      value: indicatorValue(definition.kind, sums.numerator, sums.denominator),
      snapshot: snapshot ? toSnapshot(snapshot) : null,
      records: rows.map((r) => ({ recordId: r.record_id, label: r.label, link: r.link, numerator: Number(r.numerator), denominator: Number(r.denominator), reason: r.reason })),
      warning: VILLAGE_LIST_INDICATORS.has(definition.code) ? await this.villageWarning(unit.id) : null,
    };
  }

  /** The townships (of the unit, or all for the county) whose village list is incomplete, as a warning. */
  private async villageWarning(unitId: string): Promise<string | null> {
    const county = await this.computation.countyId();
    return incompleteListWarning(await incompleteVillageLists(this.dataSource, unitId === county ? null : unitId));
  }

  private definition(code: string): ReturnType<typeof indicatorDefinition> {
    if (!INDICATOR_DEFINITIONS.some((d) => d.code === code)) throw notFound(`指标 ${code} 不存在`);
    return indicatorDefinition(code as IndicatorCode);
  }

  private period(key: string | undefined): string {
    const period = key ?? chinaDate(new Date()).slice(0, 7);
    if (!parsePeriod(period)) throw invalidField('period', '统计期应为 2026-11（月）、2026Q4（季度）或 2026（年）');
    return period;
  }

  /** The unit asked for, if the caller may see it: the county or any township; a township officer only their own. */
  private async unit(user: CurrentUser, unitId: string | undefined): Promise<{ id: string; name: string }> {
    const wanted = unitId ?? (user.role === 'TOWNSHIP_OFFICER' ? user.orgUnitId : await this.computation.countyId());
    if (user.role === 'TOWNSHIP_OFFICER' && wanted !== user.orgUnitId) throw notFound('统计单位不存在或不在您的管辖范围内');
    const [row]: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM org_unit WHERE id = $1 AND type IN ('COUNTY', 'TOWN', 'TOWNSHIP', 'DEV_ZONE')`,
      [wanted],
    );
    if (!row) throw notFound('统计单位不存在或不在您的管辖范围内');
    return row;
  }

  private snapshots(periods: string[], units: string[], code?: string): Promise<SnapshotRow[]> {
    return this.dataSource.query(`SELECT * FROM indicator_snapshot WHERE period_key = ANY($1) AND org_unit_id = ANY($2::uuid[]) AND ($3::text IS NULL OR indicator_code = $3)`, [
      periods,
      units,
      code ?? null,
    ]);
  }
}

function toSnapshot(r: SnapshotRow): IndicatorSnapshotView {
  const value = r.value === null ? null : Number(r.value);
  return {
    periodKey: r.period_key,
    orgUnitId: r.org_unit_id,
    numerator: Number(r.numerator),
    denominator: Number(r.denominator),
    value,
    meetsTarget: meetsTarget(value, indicatorDefinition(r.indicator_code as IndicatorCode).target),
    definitionVersion: r.definition_version,
    computedAt: r.computed_at.toISOString(),
  };
}
