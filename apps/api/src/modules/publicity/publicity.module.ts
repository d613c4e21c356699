import { Module } from '@nestjs/common';
import { PublicityCoverageController } from './publicity-coverage.controller';
import { PublicityCoverageService } from './publicity-coverage.service';
import { PublicityEventsController } from './publicity-events.controller';
import { PublicityEventsService } from './publicity-events.service';
import { PublicityPhotosService } from './publicity-photos.service';

/** 信访宣传 (DOMAIN.md §6.2): events, evidence photos, annual plans and 行政村 coverage. */
@Module({
  controllers: [PublicityEventsController, PublicityCoverageController],
  providers: [PublicityEventsService, PublicityPhotosService, PublicityCoverageService],
})
export class PublicityModule {}
