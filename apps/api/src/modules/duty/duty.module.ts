import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar';
import { WorkflowModule } from '../workflow';
import { EscortsController } from './escorts/escorts.controller';
import { EscortsService } from './escorts/escorts.service';
import { DutySweepService } from './jobs/duty-sweep.service';
import { SensitivePeriodsController } from './periods/sensitive-periods.controller';
import { SensitivePeriodsService } from './periods/sensitive-periods.service';
import { DutyReportsController } from './reports/duty-reports.controller';
import { DutyReportsService } from './reports/duty-reports.service';
import { RostersController } from './rosters/rosters.controller';
import { RostersService } from './rosters/rosters.service';
import { ShiftsController } from './shifts/shifts.controller';
import { ShiftsService } from './shifts/shifts.service';
import { SubsidiesController } from './subsidies/subsidies.controller';
import { SubsidiesService } from './subsidies/subsidies.service';
import { SwapsController } from './swaps/swaps.controller';
import { SwapsService } from './swaps/swaps.service';
import { UnavailabilityService } from './swaps/unavailability.service';

/** 值班: sensitive periods, rosters and shifts, daily reports, subsidies and return escorts. */
@Module({
  imports: [CalendarModule, WorkflowModule],
  controllers: [SensitivePeriodsController, RostersController, ShiftsController, SwapsController, DutyReportsController, SubsidiesController, EscortsController],
  providers: [SensitivePeriodsService, RostersService, ShiftsService, SwapsService, UnavailabilityService, DutyReportsService, SubsidiesService, EscortsService, DutySweepService],
  exports: [DutySweepService],
})
export class DutyModule {}
