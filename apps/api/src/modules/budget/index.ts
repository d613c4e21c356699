export { BudgetModule } from './budget.module';
export { BudgetSpendingService } from './budget-spending.service';
export { BudgetProjectsService } from './budget-projects.service';
export { GoalRowsService } from './goal-rows.service';
