import type { BudgetProjectView, GoalImportReport } from '@julu/contracts';
import ExcelJS from 'exceljs';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { buildZip } from '../../../test/zip-builder';

const PASSWORD = 'budget-import-test-password-1';

/** A 绩效目标表 as units fill it in: merged 一级 cells left blank below, one blank row, odd targets. */
async function goalTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('绩效目标表');
  ws.addRow(['2026年信访宣传专项经费绩效目标表']);
  ws.addRow(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
  ws.addRow(['产出指标', '数量指标', '开展外宣活动数量', '反映开展外宣活动情况', '≥12次', '工作要求']);
  ws.addRow(['', '数量指标', '年度服务部门数量', '年度服务部门数量', '≥95%', '工作需要']);
  ws.addRow([]);
  ws.addRow(['', '质量指标', '覆盖率', '行政村覆盖', '约 90%—95%', '工作要求']);
  const pct = ws.addRow(['', '时效指标', '完成率', '按计划完成', 0.95, '工作要求']);
  pct.getCell(5).numFmt = '0%';
  ws.addRow(['效益指标', '社会效益指标', '社会影响力', '广泛认可', '在全县得到广大受众的充分认可', '工作要求']);
  ws.addRow(['满意度指标', '服务对象满意度指标', '服务对象满意度', '服务对象满意度', '', '调查问卷']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('importing a 绩效目标表 from Excel (real PostgreSQL)', () => {
  let t: SeededApp;
  let projectId: string;

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'supervisor', 'reception']);
    const res = await t
      .http()
      .post('/api/budget/projects')
      .set(t.auth.admin)
      .send({
        year: 2026,
        code: '13052924P00584012425C',
        name: '信访宣传专项经费',
        unitCode: '202001',
        unitName: '巨鹿县信访局本级',
        budgetYuan: 100000,
        fiscalYuan: 100000,
        fundingSource: '财政资金',
        purpose: '做好全县信访宣传工作',
        goal: '完成全县信访宣传任务',
      })
      .expect(201);
    projectId = res.body.id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('imports every row with content, keeps the odd ones as written and flags them, and reports row by row', async () => {
    const res = await t
      .http()
      .post(`/api/budget/projects/${projectId}/goal-table`)
      .set(t.auth.supervisor)
      .attach('file', await goalTable(), '绩效目标表.xlsx')
      .expect(201);
    const report: GoalImportReport = res.body;
    expect(report).toMatchObject({ fileName: '绩效目标表.xlsx', imported: 6, flagged: 3, blankRowsSkipped: 1 });
    expect(report.rows.map((r) => [r.rowNumber, r.level1, r.level2, r.name, r.targetText, r.status, r.flags])).toEqual([
      [3, '产出指标', '数量指标', '开展外宣活动数量', '≥12次', 'OK', []],
      [4, '产出指标', '数量指标', '年度服务部门数量', '≥95%', 'FLAGGED', ['UNIT_MISMATCH']],
      [6, '产出指标', '质量指标', '覆盖率', '约 90%—95%', 'FLAGGED', ['UNPARSEABLE']],
      [7, '产出指标', '时效指标', '完成率', '95%', 'OK', []],
      [8, '效益指标', '社会效益指标', '社会影响力', '在全县得到广大受众的充分认可', 'OK', []],
      [9, '满意度指标', '服务对象满意度指标', '服务对象满意度', '', 'FLAGGED', ['EMPTY']],
    ]);
    expect(report.rows[2].messages).toEqual(['指标值无法解析']);

    const project: BudgetProjectView = (await t.http().get(`/api/budget/projects/${projectId}`).set(t.auth.supervisor).expect(200)).body;
    expect(project.rows.map((r) => [r.targetText, r.operator, r.targetValue, r.unit])).toEqual([
      ['≥12次', '≥', 12, '次'],
      ['≥95%', '≥', 95, '%'],
      ['约 90%—95%', null, null, null],
      ['95%', '=', 95, '%'],
      ['在全县得到广大受众的充分认可', '定性', null, null],
      ['', null, null, null],
    ]);
    expect(project.flaggedRows).toBe(3);
    const [stored] = await t.dataSource.query('SELECT report FROM budget_goal_import WHERE project_id = $1', [projectId]);
    expect(stored.report.rows).toHaveLength(6);
  });

  it('refuses a file that is not a goal table, with a reason, and a reader', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['姓名', '电话']);
    const res = await t
      .http()
      .post(`/api/budget/projects/${projectId}/goal-table`)
      .set(t.auth.admin)
      .attach('file', Buffer.from(await wb.xlsx.writeBuffer()), 'x.xlsx')
      .expect(400);
    expect(res.body.message).toContain('未找到表头');
    expect(
      (await t.http().post(`/api/budget/projects/${projectId}/goal-table`).set(t.auth.admin).attach('file', Buffer.from('not excel'), 'x.xlsx').expect(400)).body.message,
    ).toContain('.xlsx');
    await t
      .http()
      .post(`/api/budget/projects/${projectId}/goal-table`)
      .set(t.auth.reception)
      .attach('file', await goalTable(), 'x.xlsx')
      .expect(403);
  });

  it('refuses a zip bomb dressed as a goal table before inflating it', async () => {
    const bomb = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x20) }]);
    const res = await t.http().post(`/api/budget/projects/${projectId}/goal-table`).set(t.auth.admin).attach('file', bomb, 'x.xlsx').expect(400);
    expect(res.body.message).toContain('超出导入上限');
  });
});
