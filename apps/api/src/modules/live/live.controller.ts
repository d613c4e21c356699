import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type CurrentUser as CurrentUserDto } from '@julu/contracts';
import type { Response } from 'express';
import { Allow } from '../../core/http/access.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import type { AuthenticatedRequest } from '../../core/http/authenticated-request';
import { LiveStreamService } from './live-stream.service';

/** Live updates: a server-sent event stream of content-free change hints (docs/SECURITY.md). */
@ApiTags('live')
@ApiBearerAuth()
@Controller('live')
export class LiveController {
  constructor(private readonly live: LiveStreamService) {}

  @Get('stream')
  @Allow('signedIn')
  @ApiProduces('text/event-stream')
  @ApiOperation({ summary: 'Hints that a topic changed (indicators, notifications, my-work); read with fetch and the bearer header' })
  stream(@CurrentUser() user: CurrentUserDto, @Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    return this.live.open(user, bearerToken(req), req, res);
  }
}

/** The token the guard has just accepted (the stream re-checks it on every heartbeat). */
function bearerToken(req: AuthenticatedRequest): string {
  return (req.header('authorization') ?? '').slice('Bearer '.length).trim();
}
