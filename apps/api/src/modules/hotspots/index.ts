export { HotspotsModule } from './hotspots.module';
export { HotspotsJobsModule } from './jobs/hotspots-jobs.module';
export { HotspotsWorkerService } from './jobs/hotspots-worker.service';
