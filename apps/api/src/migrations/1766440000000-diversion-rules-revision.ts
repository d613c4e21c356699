import type { MigrationInterface, QueryRunner } from 'typeorm';

import { DIVERSION_RULE_REVISIONS_2026_12 } from '@julu/domain';

/**
 * The December 2026 revision of the diversion rules (issue 16 point 27; see
 * libs/domain/src/lib/diversion/diversion-rule-revisions.ts for what changed and why). Each row
 * becomes the next version of its code after whatever version is stored, so an administrator's
 * own revisions are kept in the history and earlier decisions keep pointing at the version they used.
 */
export class DiversionRulesRevision1766440000000 implements MigrationInterface {
  name = 'DiversionRulesRevision1766440000000';

  async up(q: QueryRunner): Promise<void> {
    for (const r of DIVERSION_RULE_REVISIONS_2026_12) {
      await q.query(
        `INSERT INTO diversion_rule (id, code, version, title, route, matter_types, category_codes, keywords, legal_basis, competent_organ, statutory_clock, limit_amount, limit_unit, priority, active)
         SELECT $1, $2::varchar, COALESCE(MAX(version), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14 FROM diversion_rule WHERE code = $2::varchar
         ON CONFLICT (id) DO NOTHING`,
        [
          r.id,
          r.code,
          r.title,
          r.route,
          r.matterTypes,
          r.categoryCodes,
          r.keywords,
          r.legalBasis,
          r.competentOrgan,
          r.statutoryClock,
          r.limit?.amount ?? null,
          r.limit?.unit ?? null,
          r.priority,
          r.active,
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM diversion_rule WHERE id = ANY($1::uuid[])', [DIVERSION_RULE_REVISIONS_2026_12.map((r) => r.id)]);
  }
}
