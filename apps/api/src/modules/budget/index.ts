export { BudgetModule } from './budget.module';
export { BudgetJobsModule } from './jobs/budget-jobs.module';
export { BudgetWorkerService } from './jobs/budget-worker.service';
