import { Module } from '@nestjs/common';
import { AnnualReportService } from './annual-report.service';
import { IndicatorComputationService } from './indicator-computation.service';
import { IndicatorQueriesService } from './indicator-queries.service';
import { IndicatorRecomputeService } from './indicator-recompute.service';
import { LedgerReconciliationService } from './ledger-reconciliation.service';
import { IndicatorsController } from './indicators.controller';

/** Indicator snapshots (computed by the worker), the dashboard's reads and the drill-down. */
@Module({
  controllers: [IndicatorsController],
  providers: [IndicatorComputationService, IndicatorQueriesService, IndicatorRecomputeService, AnnualReportService, LedgerReconciliationService],
})
export class IndicatorsModule {}
