import { Injectable } from '@nestjs/common';
import type { ClockCode, ClockRule, UpdateClockRuleRequest } from '@julu/contracts';
import { clockRuleProblem } from '@julu/domain';
import { DataSource } from 'typeorm';
import { Transactions } from '../../../core/database/transactions';
import { SQL_NOW, updateRows } from '../../../core/database/typed-writes';
import { invalidField, notFound } from '../../../core/http/api-errors';
import { AuditService, changedFields } from '../../audit';
import { ClockRuleEntity } from '../entities/clock-rule.entity';

interface RuleRow {
  code: ClockCode;
  label: string;
  article: string;
  amount: number;
  unit: ClockRule['unit'];
  party: ClockRule['party'];
  exclude_start_day: boolean;
  extend_past_days_off: boolean;
  updated_at: Date;
}

const toRule = (r: RuleRow): ClockRule => ({
  code: r.code,
  label: r.label,
  article: r.article,
  amount: r.amount,
  unit: r.unit,
  party: r.party,
  excludeStartDay: r.exclude_start_day,
  extendPastDaysOff: r.extend_past_days_off,
  updatedAt: r.updated_at.toISOString(),
});

/**
 * The limits in force for D1–D9. A province that shortens a limit changes it here; clocks already
 * running keep the rule they started under, new clocks use the new one.
 */
@Injectable()
export class ClockRulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ClockRule[]> {
    const rows: RuleRow[] = await this.dataSource.query('SELECT * FROM clock_rule ORDER BY code');
    return rows.map(toRule);
  }

  async update(code: string, request: UpdateClockRuleRequest): Promise<ClockRule> {
    return this.transactions.run(async (m) => {
      const [before]: RuleRow[] = await m.query('SELECT * FROM clock_rule WHERE code = $1 FOR UPDATE', [code]);
      if (!before) throw notFound(`期限规则 ${code} 不存在`);
      const after = {
        amount: request.amount ?? before.amount,
        unit: request.unit ?? before.unit,
        exclude_start_day: request.excludeStartDay ?? before.exclude_start_day,
        extend_past_days_off: request.extendPastDaysOff ?? before.extend_past_days_off,
      };
      const problem = clockRuleProblem(before.code, {
        amount: after.amount,
        unit: after.unit,
        excludeStartDay: after.exclude_start_day,
        extendPastDaysOff: after.extend_past_days_off,
      });
      if (problem) throw invalidField(request.amount !== undefined ? 'amount' : 'unit', problem);
      await updateRows(
        m,
        ClockRuleEntity,
        { code },
        { amount: after.amount, unit: after.unit, excludeStartDay: after.exclude_start_day, extendPastDaysOff: after.extend_past_days_off, updatedAt: SQL_NOW },
      );
      await this.audit.record(m, {
        action: 'clock-rule.update',
        entityType: 'clock_rule',
        entityId: code,
        changes: changedFields({ amount: before.amount, unit: before.unit, exclude_start_day: before.exclude_start_day, extend_past_days_off: before.extend_past_days_off }, after),
      });
      const [row]: RuleRow[] = await m.query('SELECT * FROM clock_rule WHERE code = $1', [code]);
      return toRule(row);
    });
  }
}
