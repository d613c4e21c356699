import { Injectable } from '@nestjs/common';
import type { CurrentUser, DiversionRuleView } from '@julu/contracts';
import { type DiversionRule, latestVersions } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../../core/database/transactions';
import { invalidField } from '../../core/http/api-errors';
import { OutboxService } from '../../core/outbox/outbox.service';
import { insertRow } from '../../core/database/typed-writes';
import { AuditService } from '../audit';
import type { DiversionRuleDto } from './dto/diversion-rule.dto';
import { type RuleRow, toRule, toRuleView } from './diversion.rows';
import { DiversionRuleEntity } from './entities/diversion-rule.entity';

const RULE_COLUMNS =
  'id, code, version, title, route, matter_types, category_codes, keywords, legal_basis, competent_organ, statutory_clock, limit_amount, limit_unit, priority, active, created_at';

/**
 * The diversion rule table. Rules are never edited in place: a change inserts the next version of
 * the code, so every decision's rule_id keeps the wording it was made with.
 */
@Injectable()
export class DiversionRulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** The current version of every rule, and with `history` every older version too. */
  async list(history: boolean): Promise<DiversionRuleView[]> {
    const rows: RuleRow[] = await this.dataSource.query(`SELECT ${RULE_COLUMNS} FROM diversion_rule ORDER BY code, version DESC`);
    const current = new Set(latestVersions(rows.map(toRule)).map((r) => r.id));
    return rows.filter((r) => history || current.has(r.id)).map(toRuleView);
  }

  /** The latest versions, for suggestions. */
  async current(m: EntityManager): Promise<DiversionRule[]> {
    const rows: RuleRow[] = await m.query(`SELECT DISTINCT ON (code) ${RULE_COLUMNS} FROM diversion_rule ORDER BY code, version DESC`);
    return rows.map(toRule);
  }

  async byId(m: EntityManager, id: string): Promise<DiversionRule | null> {
    const rows: RuleRow[] = await m.query(`SELECT ${RULE_COLUMNS} FROM diversion_rule WHERE id = $1`, [id]);
    return rows[0] ? toRule(rows[0]) : null;
  }

  /** Adds the next version of `code` (version 1 for a new rule). */
  async revise(code: string, dto: DiversionRuleDto, user: CurrentUser): Promise<DiversionRuleView> {
    if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(code)) throw invalidField('code', '规则代码须为大写字母、数字和下划线（2–40 位）');
    return this.transactions.run(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`diversion_rule:${code}`]);
      const [{ next }]: { next: number }[] = await m.query('SELECT COALESCE(max(version), 0) + 1 AS next FROM diversion_rule WHERE code = $1', [code]);
      const keywords = [...new Set(dto.keywords.map((k) => k.trim()).filter((k) => k.length > 0))];
      const { id } = await insertRow(
        m,
        DiversionRuleEntity,
        {
          code,
          version: next,
          title: dto.title.trim(),
          route: dto.route,
          matterTypes: dto.matterTypes,
          categoryCodes: dto.categoryCodes,
          keywords,
          legalBasis: dto.legalBasis.trim(),
          competentOrgan: dto.competentOrgan.trim(),
          statutoryClock: dto.statutoryClock.trim(),
          limitAmount: dto.limit?.amount ?? null,
          limitUnit: dto.limit?.unit ?? null,
          priority: dto.priority,
          active: dto.active,
          createdBy: user.id,
        },
        ['id'],
      );
      const [row]: RuleRow[] = await m.query(`SELECT ${RULE_COLUMNS} FROM diversion_rule WHERE id = $1`, [id]);
      await this.audit.record(m, { action: 'diversion.rule.revise', entityType: 'diversion_rule', entityId: row.id, changes: { version: { before: next - 1, after: next } } });
      await this.outbox.record(m, { eventType: 'diversion.rule-revised', aggregateType: 'diversion_rule', aggregateId: row.id, payload: { code, version: next } });
      return toRuleView(row);
    });
  }
}
