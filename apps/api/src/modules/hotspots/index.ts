export { HotspotsModule } from './hotspots.module';
export { WeeklyCheckService } from './weekly-check.service';
