import { Injectable } from '@nestjs/common';
import { LivePublisher } from '../../../core/live/live-publisher.service';
import { EventDispatcherService } from '../../../core/outbox/event-dispatcher.service';
import { WORK_EVENTS, workAudience } from '../inbox/work-audience';

/** Consumer that tells the units concerned that their 我的工作 may have changed. */
export const WORK_HINTS_CONSUMER = 'live-work-hints';

/**
 * Turns relayed case events into `my-work` hints (content-free; see docs/SECURITY.md). Notification
 * and indicator hints are given where those rows are written (NotificationsService,
 * IndicatorComputationService), so they are announced exactly when there is something to refetch.
 */
@Injectable()
export class LiveHintsWorkerService {
  constructor(
    private readonly dispatcher: EventDispatcherService,
    private readonly live: LivePublisher,
  ) {}

  start(): void {
    this.dispatcher.subscribe(WORK_HINTS_CONSUMER, WORK_EVENTS, async (event, manager) => {
      const unitIds = await workAudience(manager, event.aggregateType, event.aggregateId);
      if (unitIds.length > 0) this.live.afterCommit(manager, { topic: 'my-work', unitIds });
    });
  }
}
