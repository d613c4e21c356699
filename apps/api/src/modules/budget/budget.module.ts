import { Module } from '@nestjs/common';
import { BudgetProjectsController } from './budget-projects.controller';
import { BudgetProjectsService } from './budget-projects.service';
import { BudgetSpendingService } from './budget-spending.service';
import { GoalImportService } from './goal-import.service';
import { GoalRowsService } from './goal-rows.service';

/** 预算绩效 (DOMAIN.md §6): projects, spending, goal tables, monitoring and self-evaluation. */
@Module({
  controllers: [BudgetProjectsController],
  providers: [GoalRowsService, BudgetProjectsService, BudgetSpendingService, GoalImportService],
  exports: [BudgetSpendingService],
})
export class BudgetModule {}
