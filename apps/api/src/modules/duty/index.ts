export { DutyModule } from './duty.module';
export { DutySweepService, type DutySweepResult } from './jobs/duty-sweep.service';
