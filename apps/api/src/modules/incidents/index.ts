export { IncidentsModule } from './incidents.module';
export { IncidentsJobsModule } from './incidents-jobs.module';
export { IncidentLimitSweepService } from './incident-limit-sweep.service';
export { IncidentsService } from './incidents.service';
export { IncidentEntity } from './entities/incident.entity';
export { IncidentNumberCounterEntity } from './entities/incident-number-counter.entity';
export { IncidentReportEntity } from './entities/incident-report.entity';
export { IncidentReportLimitEntity } from './entities/incident-report-limit.entity';
