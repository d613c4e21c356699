import type { MigrationInterface, QueryRunner } from 'typeorm';

/** [project code, row name, indicator bound before, indicator its words measure]. */
const BINDINGS: [string, string, string | null, string][] = [
  ['13052924P005840124235', '接待信访群众完成情况', 'SATISFACTION_RATE', 'VISIT_SATISFACTION'],
  ['13052924P005840124235', '群众满意率', 'SATISFACTION_RATE', 'VISITOR_SATISFACTION_RATE'],
  ['13052924P00584012424Q', '群众来访接待率', 'RECEPTION_TIMELINESS', 'RECEPTION_RATE'],
  ['13052924P00584012422H', '人均财政投入水平', null, 'DUTY_SUBSIDY_PER_PERSON_DAY'],
  ['13052924P00584012421X', '人均财政投入水平', null, 'DUTY_SUBSIDY_PER_PERSON_DAY'],
  ['13052924P00584012425C', '完成率', null, 'PUBLICITY_PLAN_COMPLETION'],
];

/**
 * Binds each 绩效目标表 row of the bureau's projects to what its words measure (DOMAIN.md §6.2
 * binding column, issue 16 point 23): 接待满意率 of all visits, 来访群众 satisfaction, the
 * reception rate (not the 30-minute rule), the subsidy per person-day, and project 4's 完成率 per
 * plan. Only rows still on their old binding are changed — a binding an administrator chose, or
 * an actual entered by hand with its evidence, is kept.
 */
export class GoalRowBindings1766431000000 implements MigrationInterface {
  name = 'GoalRowBindings1766431000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [code, name, before, after] of BINDINGS) await this.bind(q, code, name, before, after);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [code, name, before, after] of BINDINGS) await this.bind(q, code, name, after, before);
  }

  private async bind(q: QueryRunner, code: string, name: string, from: string | null, to: string | null): Promise<void> {
    await q.query(
      `UPDATE budget_goal_row g SET indicator_code = $4 FROM budget_project p
       WHERE p.id = g.project_id AND p.code = $1 AND g.name = $2 AND g.indicator_code IS NOT DISTINCT FROM $3::varchar
         AND g.manual_actual IS NULL AND g.manual_grade IS NULL`,
      [code, name, from, to],
    );
  }
}
