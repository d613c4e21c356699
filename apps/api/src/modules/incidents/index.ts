export { IncidentsModule } from './incidents.module';
export { IncidentsJobsModule } from './incidents-jobs.module';
export { IncidentLimitSweepService } from './incident-limit-sweep.service';
export { IncidentsService } from './incidents.service';
