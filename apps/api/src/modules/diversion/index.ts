export { DiversionModule } from './diversion.module';
