import { Module } from '@nestjs/common';
import { WorkflowModule } from '../workflow';
import { DiversionCasesController } from './diversion-cases.controller';
import { DiversionCasesService } from './diversion-cases.service';
import { DiversionDecisionsService } from './diversion-decisions.service';
import { DiversionLedgerController } from './diversion-ledger.controller';
import { DiversionLedgerService } from './diversion-ledger.service';
import { DiversionRulesController } from './diversion-rules.controller';
import { DiversionRulesService } from './diversion-rules.service';

/** 依法分流 / 诉访分离 (DOMAIN.md §1.5 D, §2.6). */
@Module({
  imports: [WorkflowModule],
  controllers: [DiversionCasesController, DiversionLedgerController, DiversionRulesController],
  providers: [DiversionRulesService, DiversionCasesService, DiversionDecisionsService, DiversionLedgerService],
})
export class DiversionModule {}
