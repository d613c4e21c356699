import { Injectable } from '@nestjs/common';
import type { CurrentUser, GoalImportReport } from '@julu/contracts';
import { AppConfig } from '../../core/config/app-config';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { conflict, invalid } from '../../core/http/api-errors';
import { assertReasonableXlsx, xlsxLimits } from '../../core/uploads/xlsx-archive';
import { AuditService } from '../audit';
import { BudgetProjectsService } from './budget-projects.service';
import { BudgetGoalImportEntity } from './entities/budget-goal-import.entity';
import { BudgetGoalRowEntity } from './entities/budget-goal-row.entity';
import { GoalTableFormatError, readGoalTable } from './goal-table.reader';

export interface UploadedTable {
  originalname: string;
  buffer: Buffer;
  size: number;
}

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Imports a 绩效目标表 (.xlsx) as the goal rows of a project, replacing the rows it had while no
 * self-evaluation has been saved on them. Every row with content is imported — an unreadable
 * target is kept as written and flagged — and the row-by-row report is stored with the import.
 */
@Injectable()
export class GoalImportService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly projects: BudgetProjectsService,
    private readonly config: AppConfig,
  ) {}

  async import(projectId: string, file: UploadedTable | undefined, user: CurrentUser): Promise<GoalImportReport> {
    if (!file || file.size === 0) throw invalid('请选择要导入的绩效目标表（.xlsx）');
    if (file.size > MAX_BYTES) throw invalid('文件超过 5 MB');
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8');
    assertReasonableXlsx(file.buffer, xlsxLimits(this.config));
    let table: Awaited<ReturnType<typeof readGoalTable>>;
    try {
      table = await readGoalTable(file.buffer);
    } catch (error) {
      if (error instanceof GoalTableFormatError) throw invalid(error.message);
      throw error;
    }
    if (table.rows.length === 0) throw invalid('表中没有绩效指标行');
    return this.transactions.run(async (m) => {
      await this.projects.row(m, projectId);
      const evaluated: unknown[] = await m.query('SELECT 1 FROM budget_evaluation WHERE project_id = $1', [projectId]);
      if (evaluated.length > 0) throw conflict('该项目已保存绩效自评，不能再替换绩效目标表');
      await m.query('DELETE FROM budget_goal_row WHERE project_id = $1', [projectId]);
      for (const [i, r] of table.rows.entries()) {
        await insertRow(m, BudgetGoalRowEntity, {
          projectId,
          position: i + 1,
          level1: r.level1,
          level2: r.level2,
          name: r.name,
          description: r.description,
          targetText: r.parsed.original,
          basis: r.basis,
          operator: r.parsed.operator,
          targetValue: r.parsed.value === null ? null : String(r.parsed.value),
          unit: r.parsed.unit,
          flags: r.parsed.flags,
        });
      }
      const report: GoalImportReport = {
        fileName,
        imported: table.rows.length,
        flagged: table.rows.filter((r) => r.report.status === 'FLAGGED').length,
        blankRowsSkipped: table.blankRowsSkipped,
        rows: table.rows.map((r) => r.report),
      };
      const { id } = await insertRow(m, BudgetGoalImportEntity, { projectId, fileName, report, importedBy: user.id }, ['id']);
      await this.audit.record(m, {
        action: 'budget_goal_table.import',
        entityType: 'budget_project',
        entityId: projectId,
        changes: { importId: { after: id }, rows: { after: report.imported }, flagged: { after: report.flagged } },
      });
      return report;
    });
  }
}
