import type { SelfEvaluationRowView, SelfEvaluationView } from '@julu/contracts';
import { QUALITATIVE_GRADE_LABELS } from '@julu/domain';
import ExcelJS from 'exceljs';
import { fenToYuan, type ProjectRow } from './budget.rows';

const wan = (fen: string | null): number | null => (fen === null ? null : Math.round(fenToYuan(Number(fen))) / 10000);

const valueText = (r: SelfEvaluationRowView): string => {
  if (r.notApplicable) return '不适用';
  if (r.direction === 'QUALITATIVE') return r.grade ? QUALITATIVE_GRADE_LABELS[r.grade] : '';
  return r.actual === null ? '' : String(r.actual);
};

/** The value, and where the evaluator departed from the scorecard, the scorecard's value and the evidence. */
const actualText = (r: SelfEvaluationRowView): string => {
  if (!r.overridden) return valueText(r);
  const computed = r.direction === 'QUALITATIVE' || r.notApplicable ? '' : `系统值 ${r.computedActual ?? '无'}；`;
  return `${valueText(r)}（评价人调整，${computed}依据：${r.evidence ?? ''}）`;
};

const COLUMNS = 8;

/**
 * 项目支出绩效自评表 (财预〔2020〕10号 template as filled by local units): the project header
 * (名称, 主管部门, 实施单位, 资金), the 预算执行 row, the indicator rows with 年度指标值, 实际完成值,
 * 分值, 得分 and 偏差原因, then 总分 and 评价等级. The unit of the project stands for both
 * 主管部门 and 实施单位: the bureau's projects are carried out by the bureau itself.
 */
export async function selfEvaluationWorkbook(project: ProjectRow, view: SelfEvaluationView): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目支出绩效自评表');
  ws.columns = [{ width: 14 }, { width: 16 }, { width: 28 }, { width: 20 }, { width: 20 }, { width: 10 }, { width: 10 }, { width: 36 }];
  const merged = (values: (string | number | null)[], from = 1, to = COLUMNS): ExcelJS.Row => {
    const row = ws.addRow(values);
    if (to > from) ws.mergeCells(row.number, from, row.number, to);
    return row;
  };
  const title = merged([`项目支出绩效自评表（${project.year}年度）`]);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const pair = (label: string, value: string): void => {
    const row = ws.addRow([label, value]);
    ws.mergeCells(row.number, 2, row.number, COLUMNS);
  };
  pair('项目名称', `${project.name}（${project.code}）`);
  pair('主管部门', project.unit_name);
  pair('实施单位', `${project.unit_code} ${project.unit_name}`);
  ws.addRow(['项目资金（万元）', null, '全年预算数', '全年执行数', null, '分值', '执行率', '得分']);
  ws.addRow([null, '年度资金总额', view.budgetYuan / 10000, view.executedYuan / 10000, null, view.budgetExecution.weight, `${view.executionPercent}%`, view.budgetExecution.score]);
  ws.addRow([null, '其中：财政拨款', wan(project.fiscal_fen), null, null, null, null, null]);
  ws.addRow([null, '其他资金', wan(project.other_fen), null, null, null, null, null]);
  pair('年度总体目标', project.goal);
  const header = ws.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  header.font = { bold: true };
  for (const r of view.rows) ws.addRow([r.level1, r.level2, r.name, r.targetText, actualText(r), r.notApplicable ? null : r.weight, r.score ?? null, r.deviationReason ?? null]);
  const total = ws.addRow([
    '总分',
    null,
    null,
    null,
    null,
    view.applicableWeight,
    view.rawTotal,
    view.applicableWeight < 100 ? `不适用指标已剔除，折算为百分制 ${view.total} 分` : null,
  ]);
  total.font = { bold: true };
  const grade = ws.addRow(['评价等级', view.grade, null, '百分制总分', view.total]);
  grade.font = { bold: true };
  if (view.summary) pair('自评说明', view.summary);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
