export { LiveStreamModule } from './live-stream.module';
export { LiveStreamService } from './live-stream.service';
