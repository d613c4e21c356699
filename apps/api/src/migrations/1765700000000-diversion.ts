import { DEFAULT_DIVERSION_RULES } from '@julu/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 依法分流 (DOMAIN.md §1.5 D, §2.6): the versioned rule table (a revision is a new row, so a
 * decision's rule_id keeps pointing at the version it used), who flagged a case 涉法涉诉 and why,
 * the diversion decision with a copy of the rule's basis, organ and clock, the follow-up on
 * whether the petitioner entered the channel, and legal consultations / policy explanations.
 */
export class Diversion1765700000000 implements MigrationInterface {
  name = 'Diversion1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE diversion_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        title varchar(100) NOT NULL,
        route varchar(30) NOT NULL,
        matter_types text[] NOT NULL DEFAULT '{}',
        category_codes text[] NOT NULL DEFAULT '{}',
        keywords text[] NOT NULL,
        legal_basis text NOT NULL,
        competent_organ varchar(200) NOT NULL,
        statutory_clock text NOT NULL DEFAULT '',
        limit_amount int,
        limit_unit varchar(10),
        priority int NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (code, version)
      )`);
    for (const r of DEFAULT_DIVERSION_RULES) {
      await q.query(
        `INSERT INTO diversion_rule (id, code, version, title, route, matter_types, category_codes, keywords, legal_basis, competent_organ, statutory_clock, limit_amount, limit_unit, priority, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [
          r.id,
          r.code,
          r.version,
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

    await q.query(`
      CREATE TABLE case_law_flag (
        case_id uuid PRIMARY KEY REFERENCES petition_case (id) ON DELETE CASCADE,
        reason text NOT NULL,
        flagged_by uuid NOT NULL REFERENCES app_user (id),
        flagged_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE case_diversion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL UNIQUE REFERENCES petition_case (id) ON DELETE CASCADE,
        township_id uuid NOT NULL REFERENCES org_unit (id),
        rule_id uuid REFERENCES diversion_rule (id),
        route varchar(30) NOT NULL,
        competent_organ varchar(200) NOT NULL,
        legal_basis text NOT NULL,
        statutory_clock text NOT NULL,
        notice_id uuid NOT NULL REFERENCES case_notice (id),
        decided_by uuid NOT NULL REFERENCES app_user (id),
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX case_diversion_decided_idx ON case_diversion (decided_at DESC, id DESC)');
    await q.query('CREATE INDEX case_diversion_township_idx ON case_diversion (township_id, decided_at DESC, id DESC)');
    await q.query('CREATE INDEX case_diversion_route_idx ON case_diversion (route, decided_at DESC, id DESC)');

    await q.query(`
      CREATE TABLE diversion_follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        diversion_id uuid NOT NULL REFERENCES case_diversion (id) ON DELETE CASCADE,
        outcome varchar(20) NOT NULL,
        checked_on date NOT NULL,
        evidence text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX diversion_follow_up_diversion_idx ON diversion_follow_up (diversion_id, recorded_at DESC)');

    await q.query(`
      CREATE TABLE case_consultation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES petition_case (id) ON DELETE CASCADE,
        kind varchar(10) NOT NULL,
        advisor varchar(50) NOT NULL,
        lawyer_on_duty varchar(50),
        content text NOT NULL,
        held_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX case_consultation_case_idx ON case_consultation (case_id, created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['case_consultation', 'diversion_follow_up', 'case_diversion', 'case_law_flag', 'diversion_rule']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
