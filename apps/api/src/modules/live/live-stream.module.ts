import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity';
import { LiveController } from './live.controller';
import { LiveStreamService } from './live-stream.service';

/** The HTTP side of live updates: the event stream (the worker only publishes, see LiveModule). */
@Module({ imports: [IdentityModule], controllers: [LiveController], providers: [LiveStreamService], exports: [LiveStreamService] })
export class LiveStreamModule {}
