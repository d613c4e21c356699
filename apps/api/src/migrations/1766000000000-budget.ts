import type { MigrationInterface, QueryRunner } from 'typeorm';

type Row = [
  level1: string,
  level2: string,
  name: string,
  description: string,
  target: string,
  basis: string,
  operator: string | null,
  value: number | null,
  unit: string | null,
  flags: string[],
  indicator: string | null,
];
interface Project {
  code: string;
  name: string;
  budgetFen: number;
  purpose: string;
  goal: string;
  rows: Row[];
}

const OUT = '产出指标';
const EFF = '效益指标';
const SAT = '满意度指标';
const SAT2 = '服务对象满意度指标';
const WORK = '工作需要';
const ASK = '工作要求';

/**
 * The duty-and-stability rows shared by projects 1 and 3; project 3 counts 批次 and files 社会稳定水平
 * under 社会效益 where project 1 has 可持续影响, and names the last row without 的 — as written.
 */
const dutyRows = (p3: boolean): Row[] => [
  [OUT, '数量指标', '各敏感节点信访值班完成数', '敏感节点完成信访维稳次数', p3 ? '≥200批次' : '≥200次', WORK, '≥', 200, p3 ? '批次' : '次', [], 'DUTY_COMPLETIONS'],
  [OUT, '质量指标', '突发信访问题上报率', '已报告的突发信访问题数量占突发信访问题总数的比例', '≥95%', WORK, '≥', 95, '%', [], 'INCIDENT_REPORT_RATE'],
  [OUT, '时效指标', '完成率', '各敏感节点信访维稳值班次数在所有节点中的比例（百分比）', '≥95%', WORK, '≥', 95, '%', [], 'DUTY_COMPLETION_RATE'],
  [OUT, '成本指标', '人均财政投入水平', '信访维稳工作值班财政补助标准', '180元/人/天', '文件规定', '=', 180, '元/人/天', [], null],
  [EFF, p3 ? '社会效益指标' : '可持续影响指标', '社会稳定水平', '通过信访维稳值班促进社会稳定水平逐步提高', '≥95%', WORK, '≥', 95, '%', [], null],
  [SAT, SAT2, p3 ? '服务对象满意度' : '服务对象的满意度', p3 ? '服务对象满意度' : '服务对象的满意度', '≥95%', '调查问卷', '≥', 95, '%', [], null],
];

/**
 * Part 2 of julu-2020-performance-goals.txt (DOMAIN.md §6.2): the five 2020 project tables of
 * 202001 巨鹿县信访局本级, written exactly as the document states them — target and basis text
 * kept verbatim (cells trimmed of the document's leading blanks), with the parse of each target
 * and the indicator each row is bound to. Rows measured by questionnaire or free-text (定性) are
 * entered by hand with evidence (indicator null). The odd rows stay as written and flagged:
 * project 5's 年度服务部门数量 has a percentage for a count, its 群众来访接待率 is "≥100%".
 */
const PROJECTS: Project[] = [
  {
    code: '13052924P00584012422H',
    name: '各乡镇、开发区信访维稳专项经费',
    budgetFen: 200_0000_00,
    purpose: '确保各乡镇、开发区信访维稳工作正常运行',
    goal: '1.保障各乡镇、开发区完成各节点的信访维稳工作运行',
    rows: dutyRows(false),
  },
  {
    code: '13052924P005840124235',
    name: '接待中心及群众工作中心运行费',
    budgetFen: 7_0000_00,
    purpose: '确保群众工作中心、信访接待中心运行正常',
    goal: '1.保证群众工作中心、信访接待中心正常运行',
    rows: [
      [OUT, '数量指标', '接待来访群众批次', '反映开展接访活动情况', '≥200次', WORK, '≥', 200, '次', [], 'VISIT_BATCHES'],
      [OUT, '质量指标', '接待信访群众完成情况', '接待满意率占总来访总数量的比例（百分比）', '≥95%', WORK, '≥', 95, '%', [], 'SATISFACTION_RATE'],
      [OUT, '时效指标', '接待信访群众及时性', '来访群众接待在所有来访群众中的比例（百分比）', '100%', WORK, '=', 100, '%', [], 'RECEPTION_TIMELINESS'],
      [OUT, '成本指标', '财政投入水平', '财政投入水平', '100%', WORK, '=', 100, '%', [], 'SPENDING_PROGRESS'],
      [EFF, '社会效益指标', '群众满意率', '来访群众的满意率', '≥95%', '群众满意调查', '≥', 95, '%', [], 'SATISFACTION_RATE'],
      [SAT, SAT2, '网络评估满意率', '来访群众对信访问题接谈的满意率', '≥95%', '调查问卷', '≥', 95, '%', [], null],
    ],
  },
  {
    code: '13052924P00584012421X',
    name: '协调信访问题及值班专项经费',
    budgetFen: 90_0000_00,
    purpose: '协调省市处理涉及我县的信访问题，完成各项信访值班任务',
    goal: '1.协调省市处理涉及我县的信访问题，完成各项信访维稳值班任务',
    rows: dutyRows(true),
  },
  {
    code: '13052924P00584012425C',
    name: '信访宣传专项经费',
    budgetFen: 10_0000_00,
    purpose: '做好全县信访宣传工作',
    goal: '1.完成全县信访宣传任务',
    rows: [
      [OUT, '数量指标', '开展外宣活动数量', '反映开展外宣活动情况', '≥12次', ASK, '≥', 12, '次', [], 'PUBLICITY_EVENTS'],
      [OUT, '质量指标', '符合条件申报对象覆盖率', '全年行政村信访宣传占总数的比例', '≥95%', ASK, '≥', 95, '%', [], 'VILLAGE_COVERAGE'],
      [OUT, '时效指标', '完成率', '按照要求和计划完成信访宣传的村在所有村中的比例（百分比）', '≥95%', ASK, '≥', 95, '%', [], null],
      [OUT, '成本指标', '人均财政投入水平', '信访宣传财政支出标准', '10万元', ASK, '=', 10, '万元', [], null],
      [EFF, '社会效益指标', '社会影响力', '在全县得到广大受众的充分认可。', '≥95%', ASK, '≥', 95, '%', [], null],
      [SAT, SAT2, '服务对象满意度', '服务对象满意度', '≥95%', '调查问卷', '≥', 95, '%', [], null],
    ],
  },
  {
    code: '13052924P00584012424Q',
    name: '信访专线租赁及网络维护更新费',
    budgetFen: 6_5000_00,
    purpose: '确保信访专线、视频接访系统畅通',
    goal: '1.保证信访专线畅通、信访视频接访系统畅通。',
    rows: [
      [OUT, '数量指标', '年度服务部门数量', '年度服务部门数量', '≥95%', WORK, '≥', 95, '%', ['UNIT_MISMATCH'], null],
      [OUT, '质量指标', '群众来访接待率', '群众来访接待率', '≥100%', WORK, '≥', 100, '%', ['RATE_AT_CEILING'], 'RECEPTION_TIMELINESS'],
      [OUT, '时效指标', '信访事项受理及时率', '信访事项受理及时率', '≥95%', WORK, '≥', 95, '%', [], 'ACCEPTANCE_TIMELINESS'],
      [OUT, '成本指标', '控制信访专线运行成本', '控制信访信息系统运行成本支出', '有效控制运行成本', WORK, '定性', null, null, [], null],
      [EFF, '社会效益指标', '保持网上信访形势总体平稳可控', '保持网上信访形势总体平稳可控', '通过信访专线按要求及时办理信访事项', WORK, '定性', null, null, [], null],
      [EFF, '可持续影响指标', '维护社会稳定', '维护社会稳定', '数据多跑路，群众少跑腿', WORK, '定性', null, null, [], null],
      [SAT, SAT2, '服务对象满意度', '服务对象满意度', '≥95%', '调查问卷', '≥', 95, '%', [], null],
    ],
  },
];

/**
 * 预算绩效 (DOMAIN.md §6): budget projects with their spending plan, spending records (one per
 * duty subsidy sheet at most), 绩效目标表 rows keeping the original target text, imports with
 * their row-by-row report, mid-year monitoring, and the year-end self-evaluation. Spending belongs
 * to a (project code, year): a subsidy sheet approved before its year's project is entered is
 * still counted once the project exists. Seeds the five 2020 projects (reference data).
 */
export class Budget1766000000000 implements MigrationInterface {
  name = 'Budget1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE budget_project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        code varchar(40) NOT NULL,
        name varchar(200) NOT NULL,
        unit_code varchar(20) NOT NULL,
        unit_name varchar(100) NOT NULL,
        budget_fen bigint NOT NULL CHECK (budget_fen >= 0),
        fiscal_fen bigint NOT NULL CHECK (fiscal_fen >= 0),
        other_fen bigint CHECK (other_fen >= 0),
        funding_source varchar(100) NOT NULL,
        purpose text NOT NULL,
        goal text NOT NULL,
        spending_plan jsonb NOT NULL DEFAULT '[{"month":3,"percent":25},{"month":6,"percent":50},{"month":10,"percent":75},{"month":12,"percent":100}]',
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (year, code)
      )`);
    await q.query(`
      CREATE TABLE budget_goal_row (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
        position int NOT NULL,
        level1 varchar(50) NOT NULL,
        level2 varchar(50) NOT NULL,
        name varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        target_text text NOT NULL,
        basis text NOT NULL DEFAULT '',
        operator varchar(4) CHECK (operator IN ('≥', '≤', '=', '定性')),
        target_value numeric,
        unit varchar(20),
        flags text[] NOT NULL DEFAULT '{}',
        indicator_code varchar(40),
        manual_actual numeric,
        manual_grade varchar(20) CHECK (manual_grade IN ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED')),
        evidence text,
        actual_entered_by uuid REFERENCES app_user (id),
        actual_entered_at timestamptz,
        UNIQUE (project_id, position)
      )`);
    await q.query(`
      CREATE TABLE budget_spending (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_code varchar(40) NOT NULL,
        year int NOT NULL,
        spent_on date NOT NULL CHECK (extract(year FROM spent_on) = year),
        amount_fen bigint NOT NULL,
        description text NOT NULL,
        source varchar(20) NOT NULL CHECK (source IN ('MANUAL', 'DUTY_SUBSIDY')),
        source_ref varchar(80),
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX budget_spending_project_idx ON budget_spending (project_code, year, spent_on, id)');
    // One spending row per source record (a subsidy sheet is booked once however often its event arrives).
    await q.query('CREATE UNIQUE INDEX budget_spending_source_uq ON budget_spending (source, source_ref) WHERE source_ref IS NOT NULL');
    await q.query(`
      CREATE TABLE budget_goal_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
        file_name varchar(200) NOT NULL,
        report jsonb NOT NULL,
        imported_by uuid NOT NULL REFERENCES app_user (id),
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE budget_monitoring (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
        as_of date NOT NULL,
        budget_fen bigint NOT NULL,
        executed_fen bigint NOT NULL,
        forecast_fen bigint NOT NULL,
        rows jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX budget_monitoring_project_idx ON budget_monitoring (project_id, as_of DESC, created_at DESC)');
    await q.query(`
      CREATE TABLE budget_evaluation (
        project_id uuid PRIMARY KEY REFERENCES budget_project (id) ON DELETE CASCADE,
        inputs jsonb NOT NULL,
        summary text NOT NULL DEFAULT '',
        total numeric NOT NULL,
        grade varchar(2) NOT NULL,
        updated_by uuid NOT NULL REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await this.seed2020(q);
  }

  private async seed2020(q: QueryRunner): Promise<void> {
    for (const p of PROJECTS) {
      const [{ id }]: { id: string }[] = await q.query(
        `INSERT INTO budget_project (year, code, name, unit_code, unit_name, budget_fen, fiscal_fen, other_fen, funding_source, purpose, goal)
         VALUES (2020, $1, $2, '202001', '巨鹿县信访局本级', $3, $3, NULL, '财政资金', $4, $5) RETURNING id`,
        [p.code, p.name, p.budgetFen, p.purpose, p.goal],
      );
      for (const [i, r] of p.rows.entries()) {
        await q.query(
          `INSERT INTO budget_goal_row (project_id, position, level1, level2, name, description, target_text, basis, operator, target_value, unit, flags, indicator_code)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [id, i + 1, ...r],
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['budget_evaluation', 'budget_monitoring', 'budget_goal_import', 'budget_spending', 'budget_goal_row', 'budget_project'])
      await q.query(`DROP TABLE ${table}`);
  }
}
