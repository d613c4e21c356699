export { DutyModule } from './duty.module';
export { DutyJobsModule } from './jobs/duty-jobs.module';
export { DutyWorkerService } from './jobs/duty-worker.service';
