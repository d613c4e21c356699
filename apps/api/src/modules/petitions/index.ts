export { PetitionsModule } from './petitions.module';
