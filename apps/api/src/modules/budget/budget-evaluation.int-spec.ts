import type { BudgetMonitoringView, BudgetProjectView, SelfEvaluationView } from '@julu/contracts';
import ExcelJS from 'exceljs';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';

const PASSWORD = 'budget-evaluation-test-password-1';

/** Seven rows with known targets: four outputs, two effects (one qualitative), one satisfaction. */
async function goalTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('绩效目标表');
  ws.addRow(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
  ws.addRow(['产出指标', '数量指标', '接待来访群众批次', '接访批次', '≥200次', '工作需要']);
  ws.addRow(['', '质量指标', '依法分流率', '涉法涉诉分流', '≥95%', '工作需要']);
  ws.addRow(['', '时效指标', '完成率', '按计划完成', '100%', '工作需要']);
  ws.addRow(['', '成本指标', '运行成本', '控制成本', '≤10万元', '预算支出标准']);
  ws.addRow(['效益指标', '社会效益指标', '网上信访形势平稳', '平稳可控', '通过信访专线按要求及时办理信访事项', '工作需要']);
  ws.addRow(['', '可持续影响指标', '社会稳定水平', '稳定', '≥95%', '工作需要']);
  ws.addRow(['满意度指标', '服务对象满意度指标', '服务对象满意度', '问卷', '≥95%', '调查问卷']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('mid-year monitoring and the year-end self-evaluation (real PostgreSQL)', () => {
  let t: SeededApp;
  let p: BudgetProjectView;
  const url = (suffix: string): string => `/api/budget/projects/${p.id}/${suffix}`;
  const rowId = (position: number): string => p.rows.find((r) => r.position === position)?.id ?? '';

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'supervisor', 'reception']);
    const created = await t
      .http()
      .post('/api/budget/projects')
      .set(t.auth.admin)
      .send({
        year: 2024,
        code: 'EVALTEST0001',
        name: '接待中心运行费',
        unitCode: '202001',
        unitName: '巨鹿县信访局本级',
        budgetYuan: 100000,
        fiscalYuan: 100000,
        fundingSource: '财政资金',
        purpose: '接待中心运行',
        goal: '保证接待中心正常运行',
      })
      .expect(201);
    await t
      .http()
      .post(`/api/budget/projects/${created.body.id}/goal-table`)
      .set(t.auth.admin)
      .attach('file', await goalTable(), '绩效目标表.xlsx')
      .expect(201);
    for (const [spentOn, amountYuan] of [
      ['2024-05-10', 40000],
      ['2024-09-01', 56000],
    ] as const) {
      await t.http().post(`/api/budget/projects/${created.body.id}/spending`).set(t.auth.admin).send({ spentOn, amountYuan, description: '运行费' }).expect(201);
    }
    p = (await t.http().get(`/api/budget/projects/${created.body.id}`).set(t.auth.admin).expect(200)).body;
    expect(p.rows.map((r) => [r.operator, r.targetValue])).toEqual([
      ['≥', 200],
      ['≥', 95],
      ['=', 100],
      ['≤', 10],
      ['定性', null],
      ['≥', 95],
      ['≥', 95],
    ]);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('monitoring', () => {
    const certain = (position: number) => ({ goalRowId: rowId(position), actualToDate: '过半', likelihood: 'CERTAIN' });
    const body = (row2: Record<string, unknown>) => ({
      asOf: '2024-06-30',
      forecastYuan: 98000,
      rows: [1, 3, 4, 5, 6, 7].map(certain).concat([{ goalRowId: rowId(2), actualToDate: '90%', ...row2 }] as never),
    });

    it('refuses 有可能 or 不可能 without cause category, cause and measures, naming the row', async () => {
      const noCategory = await t
        .http()
        .post(url('monitoring'))
        .set(t.auth.supervisor)
        .send(body({ likelihood: 'POSSIBLE' }))
        .expect(400);
      expect(noCategory.body.message).toBe('第 2 行“依法分流率”：完成目标可能性为“有可能”时须选择偏差原因类别');
      const noCause = await t
        .http()
        .post(url('monitoring'))
        .set(t.auth.supervisor)
        .send(body({ likelihood: 'IMPOSSIBLE', causeCategory: 'MANAGEMENT', causeText: '  ' }))
        .expect(400);
      expect(noCause.body.message).toBe('第 2 行“依法分流率”：完成目标可能性为“不可能”时须说明偏差或不能完成的原因');
      const noMeasures = await t
        .http()
        .post(url('monitoring'))
        .set(t.auth.supervisor)
        .send(body({ likelihood: 'IMPOSSIBLE', causeCategory: 'MANAGEMENT', causeText: '诉讼分流告知滞后' }))
        .expect(400);
      expect(noMeasures.body.message).toContain('相关建议或举措');
      const missing = await t
        .http()
        .post(url('monitoring'))
        .set(t.auth.supervisor)
        .send({ asOf: '2024-06-30', forecastYuan: 1, rows: [certain(1)] })
        .expect(400);
      expect(missing.body.message).toBe('第 2 行“依法分流率”：请填写完成目标可能性');
      const badCategory = await t
        .http()
        .post(url('monitoring'))
        .set(t.auth.supervisor)
        .send(body({ likelihood: 'POSSIBLE', causeCategory: 'WEATHER', causeText: 'x', measures: 'y' }))
        .expect(400);
      expect(badCategory.body.message).toContain('偏差原因类别');
      await t
        .http()
        .post(url('monitoring'))
        .set(t.auth.supervisor)
        .send({ ...body({ likelihood: 'CERTAIN' }), asOf: '2025-06-30' })
        .expect(400);
      await t
        .http()
        .post(url('monitoring'))
        .set(t.auth.reception)
        .send(body({ likelihood: 'CERTAIN' }))
        .expect(403);
      expect((await t.http().get(url('monitoring')).set(t.auth.admin).expect(200)).body).toEqual([]);
    });

    it('saves a complete record with execution to the as-of date from the spending, reads it back, and audits it', async () => {
      const saved: BudgetMonitoringView = (
        await t
          .http()
          .post(url('monitoring'))
          .set(t.auth.supervisor)
          .send(body({ likelihood: 'POSSIBLE', causeCategory: 'MANAGEMENT', causeText: '诉讼分流告知滞后', measures: '每周核对分流台账' }))
          .expect(201)
      ).body;
      expect(saved).toMatchObject({ asOf: '2024-06-30', budgetYuan: 100000, executedYuan: 40000, forecastYuan: 98000 });
      expect(saved.rows).toHaveLength(7);
      expect(saved.rows[1]).toEqual({
        goalRowId: rowId(2),
        name: '依法分流率',
        targetText: '≥95%',
        actualToDate: '90%',
        likelihood: 'POSSIBLE',
        causeCategory: 'MANAGEMENT',
        causeText: '诉讼分流告知滞后',
        measures: '每周核对分流台账',
      });
      const list: BudgetMonitoringView[] = (await t.http().get(url('monitoring')).set(t.auth.admin).expect(200)).body;
      expect(list).toEqual([saved]);
      const audit = await t.dataSource.query(`SELECT changes FROM audit_log WHERE action = 'budget_monitoring.create' AND entity_id = $1`, [p.id]);
      expect(audit).toHaveLength(1);
      expect(audit[0].changes.atRisk.after).toBe(1);
    });
  });

  describe('self-evaluation', () => {
    beforeAll(async () => {
      // Row 1 bound to the indicator engine: the county snapshot of 2024 says 230 batches.
      await t
        .http()
        .put(url(`goal-rows/${rowId(1)}`))
        .set(t.auth.admin)
        .send({ indicatorCode: 'VISIT_BATCHES' })
        .expect(200);
      await t.dataSource.query(
        `INSERT INTO indicator_snapshot (indicator_code, period_key, org_unit_id, numerator, denominator, value, definition_version)
         SELECT 'VISIT_BATCHES', '2024', id, 230, 0, 230, 1 FROM org_unit WHERE type = 'COUNTY'`,
      );
      const manual = { 2: 90, 3: 98, 4: 12.5, 7: 96 } as const;
      for (const [position, manualActual] of Object.entries(manual)) {
        await t
          .http()
          .put(url(`goal-rows/${rowId(Number(position))}`))
          .set(t.auth.admin)
          .send({ manualActual, evidence: '年度统计台账' })
          .expect(200);
      }
      await t
        .http()
        .put(url(`goal-rows/${rowId(5)}`))
        .set(t.auth.admin)
        .send({ manualGrade: 'PARTLY', evidence: '专线办理记录抽查' })
        .expect(200);
    });

    it('scores a draft from the scorecard as it stands, provisional while a row has no actual', async () => {
      const draft: SelfEvaluationView = (await t.http().get(url('self-evaluation')).set(t.auth.supervisor).expect(200)).body;
      // Execution 96 000 / 100 000 = 96 % → 9.6. Outputs 50 / 4 = 12.5 each: 230 ≥ 200 → 12.5;
      // 90 / 95 × 12.5 = 11.84; "100%" met at 98 → (1 − 2/100) × 12.5 = 12.25; ≤ 10 at 12.5 → 10/12.5 × 12.5 = 10.
      // Effects 30 / 2 = 15 each: 部分达成 at its default 70 % → 10.5; 社会稳定水平 has no actual yet.
      // Satisfaction 10: 96 ≥ 95 → 10. Sum 9.6 + 12.5 + 11.84 + 12.25 + 10 + 10.5 + 10 = 76.69.
      expect(draft.saved).toBe(false);
      expect(draft.budgetExecution).toEqual({ weight: 10, score: 9.6 });
      expect(draft.rows.map((r) => [r.weight, r.score])).toEqual([
        [12.5, 12.5],
        [12.5, 11.84],
        [12.5, 12.25],
        [12.5, 10],
        [15, 10.5],
        [15, null],
        [10, 10],
      ]);
      expect(draft.rows[0].actual).toBe(230);
      expect(draft).toMatchObject({ executedYuan: 96000, executionPercent: 96, rawTotal: 76.69, applicableWeight: 100, total: 76.69, grade: '中', incomplete: [rowId(6)] });
    });

    it('saves the evaluation with a row not applicable (re-normalised to 100), keeps the snapshot and audits it', async () => {
      const rows = [
        { goalRowId: rowId(2), deviationReason: '部分涉法涉诉事项告知滞后' },
        { goalRowId: rowId(6), notApplicable: true, evidence: '本年度未开展社会稳定水平测评（财政局同意剔除）' },
        { goalRowId: rowId(5), percent: 75 },
      ];
      const saved: SelfEvaluationView = (await t.http().put(url('self-evaluation')).set(t.auth.supervisor).send({ rows, summary: '总体完成' }).expect(200)).body;
      // Row 5 now 75 % of 15 = 11.25: sum 76.69 − 10.5 + 11.25 = 77.44 over the applicable 85 → 91.11 → 优.
      expect(saved).toMatchObject({ saved: true, rawTotal: 77.44, applicableWeight: 85, total: 91.11, grade: '优', incomplete: [], summary: '总体完成' });
      expect(saved.rows[4]).toMatchObject({ grade: 'PARTLY', percent: 75, score: 11.25 });
      expect(saved.rows[5]).toMatchObject({ notApplicable: true, score: null });
      expect(saved.rows[1].deviationReason).toBe('部分涉法涉诉事项告知滞后');

      // The snapshot stands even when the indicator moves on.
      await t.dataSource.query(`UPDATE indicator_snapshot SET value = 100 WHERE indicator_code = 'VISIT_BATCHES' AND period_key = '2024'`);
      const again: SelfEvaluationView = (await t.http().get(url('self-evaluation')).set(t.auth.admin).expect(200)).body;
      expect(again).toEqual(saved);
      const [stored] = await t.dataSource.query('SELECT total, grade FROM budget_evaluation WHERE project_id = $1', [p.id]);
      expect([Number(stored.total), stored.grade]).toEqual([91.11, '优']);
      const audit = await t.dataSource.query(`SELECT changes FROM audit_log WHERE action = 'budget_evaluation.save' AND entity_id = $1`, [p.id]);
      expect(audit.map((a: { changes: { total: { after: number } } }) => a.changes.total.after)).toEqual([91.11]);
    });

    it('DOMAIN.md §6.5: weights are fixed, and departing from the scorecard needs evidence and stays visible', async () => {
      const weighted = await t
        .http()
        .put(url('self-evaluation'))
        .set(t.auth.supervisor)
        .send({ rows: [{ goalRowId: rowId(1), weight: 40 }] })
        .expect(400);
      expect(weighted.body.message).toContain('分值按绩效自评表模板固定');
      const bare = await t
        .http()
        .put(url('self-evaluation'))
        .set(t.auth.supervisor)
        .send({ rows: [{ goalRowId: rowId(2), actual: 95 }] })
        .expect(400);
      expect(bare.body.message).toBe('第 2 行“依法分流率”：改动实际完成值（系统值 90）须填写依据或证明材料');
      const regraded = await t
        .http()
        .put(url('self-evaluation'))
        .set(t.auth.supervisor)
        .send({ rows: [{ goalRowId: rowId(5), grade: 'ACHIEVED' }] })
        .expect(400);
      expect(regraded.body.message).toContain('改动达成情况须填写依据');
      const dropped = await t
        .http()
        .put(url('self-evaluation'))
        .set(t.auth.supervisor)
        .send({ rows: [{ goalRowId: rowId(6), notApplicable: true }] })
        .expect(400);
      expect(dropped.body.message).toContain('改动“不适用”须填写依据');
      // With evidence the override is scored, and both values stay on the row and in the workbook.
      const rows = [
        { goalRowId: rowId(2), actual: 95, evidence: '法院立案回执补录后复核为 95%' },
        { goalRowId: rowId(6), notApplicable: true, evidence: '本年度未开展社会稳定水平测评（财政局同意剔除）' },
        { goalRowId: rowId(5), percent: 75 },
      ];
      const overridden: SelfEvaluationView = (await t.http().put(url('self-evaluation')).set(t.auth.supervisor).send({ rows }).expect(200)).body;
      expect(overridden.rows[1]).toMatchObject({ actual: 95, computedActual: 90, overridden: true, evidence: '法院立案回执补录后复核为 95%', weight: 12.5, score: 12.5 });
      expect(overridden.rows[0]).toMatchObject({ overridden: false, evidence: null, weight: 12.5 });
      expect(overridden.rows.filter((r) => !r.notApplicable).map((r) => r.weight)).toEqual([12.5, 12.5, 12.5, 12.5, 15, 10]);
      // Back to the evaluation as saved before (with the snapshot it was scored on), for the export below.
      await t.dataSource.query(`UPDATE indicator_snapshot SET value = 230 WHERE indicator_code = 'VISIT_BATCHES' AND period_key = '2024'`);
      await t
        .http()
        .put(url('self-evaluation'))
        .set(t.auth.supervisor)
        .send({ rows: [{ goalRowId: rowId(2), deviationReason: '部分涉法涉诉事项告知滞后' }, rows[1], rows[2]], summary: '总体完成' })
        .expect(200);
    });

    it('refuses a grade percentage outside its range and a row of another project', async () => {
      const out = await t
        .http()
        .put(url('self-evaluation'))
        .set(t.auth.supervisor)
        .send({ rows: [{ goalRowId: rowId(5), percent: 95 }] })
        .expect(400);
      expect(out.body.message).toBe('第 5 行“网上信访形势平稳”：部分达成预期指标并具有一定效果的得分比例应在 60%–80% 之间');
      await t
        .http()
        .put(url('self-evaluation'))
        .set(t.auth.supervisor)
        .send({ rows: [{ goalRowId: '00000000-0000-4000-8000-000000000000' }] })
        .expect(400);
      await t.http().put(url('self-evaluation')).set(t.auth.reception).send({ rows: [] }).expect(403);
    });

    it('exports the 项目支出绩效自评表 with the header, the 预算执行 row and the indicator rows', async () => {
      const res = await t
        .http()
        .get(url('self-evaluation/export'))
        .set(t.auth.supervisor)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(decodeURIComponent(res.headers['content-disposition'])).toContain('接待中心运行费-2024年度项目支出绩效自评表.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
      const ws = wb.getWorksheet('项目支出绩效自评表');
      if (!ws) throw new Error('sheet missing');
      const values: unknown[][] = [];
      ws.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      const find = (first: string): unknown[] => values.find((v) => v[0] === first) ?? [];
      expect(values[0][0]).toBe('项目支出绩效自评表（2024年度）');
      expect(find('项目名称')[1]).toBe('接待中心运行费（EVALTEST0001）');
      expect(find('主管部门')[1]).toBe('巨鹿县信访局本级');
      expect(find('实施单位')[1]).toBe('202001 巨鹿县信访局本级');
      expect(values.find((v) => v[1] === '年度资金总额')?.slice(1)).toEqual(['年度资金总额', 10, 9.6, undefined, 10, '96%', 9.6]);
      const header = values.findIndex((v) => v[0] === '一级指标');
      expect(values[header]).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
      const indicators = values.slice(header + 1, header + 8);
      expect(indicators.map((v) => [v[2], v[3], v[4], v[5] ?? null, v[6] ?? null])).toEqual([
        // Stated in the bound indicator's unit (来访接待批次), as the dashboard shows it; the table wrote 次.
        ['接待来访群众批次', '≥200批次', '230', 12.5, 12.5],
        ['依法分流率', '≥95%', '90', 12.5, 11.84],
        ['完成率', '100%', '98', 12.5, 12.25],
        ['运行成本', '≤10万元', '12.5', 12.5, 10],
        ['网上信访形势平稳', '通过信访专线按要求及时办理信访事项', '部分达成预期指标并具有一定效果', 15, 11.25],
        ['社会稳定水平', '≥95%', '不适用（评价人调整，依据：本年度未开展社会稳定水平测评（财政局同意剔除））', null, null],
        ['服务对象满意度', '≥95%', '96', 10, 10],
      ]);
      expect(indicators[1][7]).toBe('部分涉法涉诉事项告知滞后');
      expect(find('总分').slice(5, 7)).toEqual([85, 77.44]);
      expect(find('评价等级').slice(0, 5)).toEqual(['评价等级', '优', undefined, '百分制总分', 91.11]);
    });

    it('keeps the goal table once the evaluation is saved', async () => {
      await t
        .http()
        .post(url('goal-table'))
        .set(t.auth.admin)
        .attach('file', await goalTable(), '绩效目标表.xlsx')
        .expect(409);
    });
  });
});
