import { Module } from '@nestjs/common';
import { BudgetProjectsService } from '../budget-projects.service';
import { BudgetSpendingService } from '../budget-spending.service';
import { GoalRowsService } from '../goal-rows.service';
import { BudgetWorkerService } from './budget-worker.service';

/** The budget's part of the worker process: booking approved duty subsidy sheets as spending. */
@Module({
  providers: [GoalRowsService, BudgetProjectsService, BudgetSpendingService, BudgetWorkerService],
  exports: [BudgetWorkerService],
})
export class BudgetJobsModule {}
