import { Module } from '@nestjs/common';
import { BudgetEvaluationController } from './budget-evaluation.controller';
import { BudgetMonitoringService } from './budget-monitoring.service';
import { BudgetProjectsController } from './budget-projects.controller';
import { BudgetProjectsService } from './budget-projects.service';
import { BudgetSpendingService } from './budget-spending.service';
import { GoalImportService } from './goal-import.service';
import { GoalRowsService } from './goal-rows.service';
import { SelfEvaluationService } from './self-evaluation.service';

/** 预算绩效 (DOMAIN.md §6): projects, spending, goal tables, monitoring and self-evaluation. */
@Module({
  controllers: [BudgetProjectsController, BudgetEvaluationController],
  providers: [GoalRowsService, BudgetProjectsService, BudgetSpendingService, GoalImportService, BudgetMonitoringService, SelfEvaluationService],
  exports: [BudgetSpendingService],
})
export class BudgetModule {}
