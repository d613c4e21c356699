import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BudgetProjectSummary, BudgetProjectView } from '@julu/contracts';
import { parseTarget } from '@julu/domain';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { readPerformanceGoalsDocument } from '../../../test/budget/performance-goals-document';

const PASSWORD = 'budget-seed-test-password-1';
/** The bureau's 2020 performance-goals document, kept in the repository (docs/domain). */
const DOCUMENT = path.resolve(__dirname, '../../../../..', 'docs/domain/julu-2020-performance-goals.txt');
const WAN = 10_000;

describe('the 2020 budget projects seeded from the bureau document (real PostgreSQL)', () => {
  let t: SeededApp;
  let seeded: BudgetProjectView[];
  const document = readPerformanceGoalsDocument(readFileSync(DOCUMENT, 'utf8'));

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['supervisor']);
    const list: BudgetProjectSummary[] = (await t.http().get('/api/budget/projects?year=2020').set(t.auth.supervisor).expect(200)).body;
    seeded = [];
    for (const p of list) seeded.push((await t.http().get(`/api/budget/projects/${p.id}`).set(t.auth.supervisor).expect(200)).body);
  });

  afterAll(async () => {
    await t.close();
  });

  it('reads five project tables from the document, 313.50 万元 in all', () => {
    expect(document.map((p) => p.code)).toEqual(['13052924P00584012422H', '13052924P005840124235', '13052924P00584012421X', '13052924P00584012425C', '13052924P00584012424Q']);
    expect(document.reduce((sum, p) => sum + Number(p.budget), 0)).toBeCloseTo(313.5);
    expect(document.map((p) => p.rows.length)).toEqual([6, 6, 6, 6, 7]);
  });

  it('seeds exactly the projects of the document, with the same head fields', () => {
    expect(seeded.map((p) => p.code).sort()).toEqual(document.map((p) => p.code).sort());
    for (const doc of document) {
      const p = seeded.find((s) => s.code === doc.code);
      expect(p).toBeDefined();
      if (!p) continue;
      expect(`${doc.name}绩效目标表`).toBe(doc.title);
      expect({
        year: p.year,
        unit: `${p.unitCode}${p.unitName}`,
        name: p.name,
        budget: p.budgetYuan,
        fiscal: p.fiscalYuan,
        other: p.otherYuan,
        purpose: p.purpose,
        goal: p.goal,
      }).toEqual({
        year: 2020,
        unit: doc.unit,
        name: doc.name,
        budget: Number(doc.budget) * WAN,
        fiscal: Number(doc.fiscal) * WAN,
        other: doc.other === '' ? null : Number(doc.other) * WAN,
        purpose: doc.purpose,
        goal: doc.goal,
      });
      expect(doc.plan.checkpoints).toEqual(['3月底', '6月底', '10月底', '12月底']);
      expect(p.spendingPlan.map((c) => `${c.month}月底`)).toEqual(doc.plan.checkpoints);
      expect(p.spendingPlan.map((c) => `${c.percent}%`)).toEqual(doc.plan.percents);
    }
  });

  it('seeds every 绩效目标表 row as written, row for row, with the parse of its 指标值', () => {
    for (const doc of document) {
      const p = seeded.find((s) => s.code === doc.code);
      if (!p) throw new Error(`project ${doc.code} not seeded`);
      expect(p.rows.map((r) => r.position)).toEqual(doc.rows.map((_, i) => i + 1));
      doc.rows.forEach((d, i) => {
        const r = p.rows[i];
        // A count bound to an indicator is shown in the indicator's unit; the cell as written stays beside it.
        expect({ level1: r.level1, level2: r.level2, name: r.name, description: r.description, target: r.targetTextAsWritten ?? r.targetText, basis: r.basis }).toEqual(d);
        const parsed = parseTarget(d.target, { level2: d.level2, name: d.name });
        expect({ operator: r.operator, value: r.targetValue, flags: r.flags }).toEqual({ operator: parsed.operator, value: parsed.value, flags: parsed.flags });
        if (r.targetTextAsWritten === null) expect(r.unit).toBe(parsed.unit);
      });
    }
  });

  it('keeps the qualitative and odd rows of project 5 as written: three 定性 rows, ≥95% on a count flagged, ≥100% flagged', () => {
    const p5 = seeded.find((p) => p.code === '13052924P00584012424Q');
    const byName = (name: string) => p5?.rows.find((r) => r.name === name);
    expect(p5?.rows.filter((r) => r.operator === '定性').map((r) => r.targetText)).toEqual(['有效控制运行成本', '通过信访专线按要求及时办理信访事项', '数据多跑路，群众少跑腿']);
    expect(byName('年度服务部门数量')).toMatchObject({ targetText: '≥95%', operator: '≥', targetValue: 95, unit: '%', flags: ['UNIT_MISMATCH'] });
    expect(byName('群众来访接待率')).toMatchObject({ targetText: '≥100%', flags: ['RATE_AT_CEILING'] });
    // Project 3 writes 批次 for the duty count that project 1 and the dashboard count in 次 (值班日).
    expect(seeded.find((p) => p.code === '13052924P00584012421X')?.rows[0]).toMatchObject({ targetText: '≥200次', unit: '次', targetTextAsWritten: '≥200批次' });
    expect(seeded.find((p) => p.code === '13052924P00584012425C')?.rows[3]).toMatchObject({ targetText: '10万元', operator: '=', targetValue: 10, unit: '万元' });
  });

  it('binds computed rows to indicators and leaves questionnaire and 定性 rows to be entered by hand', () => {
    const p1 = seeded.find((p) => p.code === '13052924P00584012422H');
    expect(p1?.rows.map((r) => r.indicatorCode)).toEqual(['DUTY_COMPLETIONS', 'INCIDENT_REPORT_RATE', 'DUTY_COMPLETION_RATE', 'DUTY_SUBSIDY_PER_PERSON_DAY', null, null]);
    const p2 = seeded.find((p) => p.code === '13052924P005840124235');
    expect(p2?.rows.find((r) => r.name === '财政投入水平')).toMatchObject({ indicatorCode: 'SPENDING_PROGRESS', actualSource: 'SPENDING', actual: 0 });
    for (const p of seeded) for (const r of p.rows.filter((x) => x.basis === '调查问卷' || x.operator === '定性')) expect(r.indicatorCode).toBeNull();
  });

  it('DOMAIN.md §6.2 binding column: each row is bound to what its words measure', () => {
    const bound = (code: string) => Object.fromEntries((seeded.find((p) => p.code === code)?.rows ?? []).map((r) => [`${r.level2} ${r.name}`, r.indicatorCode]));
    expect(bound('13052924P005840124235')).toMatchObject({
      '质量指标 接待信访群众完成情况': 'VISIT_SATISFACTION',
      '时效指标 接待信访群众及时性': 'RECEPTION_TIMELINESS',
      '社会效益指标 群众满意率': 'VISITOR_SATISFACTION_RATE',
    });
    expect(bound('13052924P00584012424Q')).toMatchObject({ '质量指标 群众来访接待率': 'RECEPTION_RATE', '时效指标 信访事项受理及时率': 'ACCEPTANCE_TIMELINESS' });
    for (const code of ['13052924P00584012422H', '13052924P00584012421X']) expect(bound(code)).toMatchObject({ '成本指标 人均财政投入水平': 'DUTY_SUBSIDY_PER_PERSON_DAY' });
    expect(bound('13052924P00584012425C')).toMatchObject({ '质量指标 符合条件申报对象覆盖率': 'VILLAGE_COVERAGE', '时效指标 完成率': 'PUBLICITY_PLAN_COMPLETION' });
  });
});
