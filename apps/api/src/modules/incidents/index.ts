export { IncidentsModule } from './incidents.module';
export { IncidentLimitSweepService } from './incident-limit-sweep.service';
export { IncidentsService } from './incidents.service';
