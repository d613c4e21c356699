import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar';
import { IncidentsModule } from '../incidents';
import { WorkflowModule } from '../workflow';
import { BacklogController } from './backlog.controller';
import { BacklogExportService } from './backlog-export.service';
import { BacklogService } from './backlog.service';
import { HotspotActionsService } from './hotspot-actions.service';
import { HotspotExportService } from './hotspot-export.service';
import { HotspotImportService } from './hotspot-import.service';
import { HotspotIncidentService } from './hotspot-incident.service';
import { HotspotsController } from './hotspots.controller';
import { HotspotsService } from './hotspots.service';
import { WeeklyCheckService } from './weekly-check.service';
import { WeeklyReportsController } from './weekly-reports.controller';
import { WeeklyReportsService } from './weekly-reports.service';

/** 信访隐患排查化解 (DOMAIN.md §2.4), weekly 排查, 积案 and 领导包案 (§2.5). */
@Module({
  imports: [CalendarModule, WorkflowModule, IncidentsModule],
  controllers: [HotspotsController, WeeklyReportsController, BacklogController],
  providers: [
    HotspotsService,
    HotspotActionsService,
    HotspotExportService,
    HotspotImportService,
    HotspotIncidentService,
    WeeklyReportsService,
    WeeklyCheckService,
    BacklogService,
    BacklogExportService,
  ],
  exports: [WeeklyCheckService],
})
export class HotspotsModule {}
