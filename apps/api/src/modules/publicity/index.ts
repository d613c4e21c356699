export { PublicityModule } from './publicity.module';
