export { PetitionsModule } from './petitions.module';
export { PetitionsJobsModule } from './jobs/petitions-jobs.module';
export { ExportsWorkerService } from './jobs/exports-worker.service';
