import { EventReceiptEntity } from '../outbox/event-receipt.entity';
import { OutboxEventEntity } from '../outbox/outbox-event.entity';
import { OrgUnitEntity } from '../../modules/org/entities/org-unit.entity';
import { UserEntity } from '../../modules/identity/entities/user.entity';

/** Every entity, listed explicitly so the bundled API needs no filesystem globbing. */
export const ENTITIES = [OutboxEventEntity, EventReceiptEntity, OrgUnitEntity, UserEntity];
