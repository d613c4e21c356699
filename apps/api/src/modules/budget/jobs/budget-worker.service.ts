import { Injectable, Logger } from '@nestjs/common';
import { EventDispatcherService } from '../../../core/outbox/event-dispatcher.service';
import { BudgetSpendingService } from '../budget-spending.service';

export const SUBSIDY_SPENDING_BOOKER = 'budget-subsidy-spending';

/**
 * Books each approved 值班补助发放表 as spending of its budget project. The dispatcher's receipt
 * makes one delivery run once; the sheet id as source reference makes the booking once per sheet.
 */
@Injectable()
export class BudgetWorkerService {
  private readonly logger = new Logger(BudgetWorkerService.name);

  constructor(
    private readonly dispatcher: EventDispatcherService,
    private readonly spending: BudgetSpendingService,
  ) {}

  start(): void {
    this.dispatcher.subscribe(SUBSIDY_SPENDING_BOOKER, ['duty.subsidy-approved'], async (event, manager) => {
      if (await this.spending.bookSubsidySheet(manager, event)) this.logger.log(`Booked subsidy sheet ${event.aggregateId} as spending`);
    });
  }
}
