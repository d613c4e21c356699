export { OrgModule } from './org.module';
export { seedOrgTree, type SeededOrgTree } from './seed/seed-org-tree';
export { importVillages, type VillageImportResult } from './village-import';
export { incompleteListWarning, incompleteVillageLists } from './village-lists';
export { OrgUnitEntity } from './entities/org-unit.entity';
