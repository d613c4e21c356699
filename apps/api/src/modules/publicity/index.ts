export { PublicityModule } from './publicity.module';
export { PublicityPlanEntity } from './entities/publicity-plan.entity';
export { PublicityEventEntity } from './entities/publicity-event.entity';
export { PublicityEventVillageEntity } from './entities/publicity-event-village.entity';
export { PublicityPhotoEntity } from './entities/publicity-photo.entity';
