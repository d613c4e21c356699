import { EventReceiptEntity } from './core/outbox/event-receipt.entity';
import { OutboxEventEntity } from './core/outbox/outbox-event.entity';
import { UserEntity } from './modules/identity';
import { OrgUnitEntity } from './modules/org';

/**
 * Every entity, listed explicitly so the bundled API needs no filesystem globbing. Composed here,
 * beside the migrations, from each owner's public surface: core never reaches into a module.
 */
export const ENTITIES = [OutboxEventEntity, EventReceiptEntity, OrgUnitEntity, UserEntity];
