import { Global, Module } from '@nestjs/common';
import { LivePublisher } from './live-publisher.service';

/** The publishing side of live updates, in both processes (the API fans out in LiveStreamModule). */
@Global()
@Module({ providers: [LivePublisher], exports: [LivePublisher] })
export class LiveModule {}
