import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { LivenessResponse, ReadinessResponse } from '@julu/contracts';
import { Public } from '../http/public.decorator';
import { HealthService } from './health.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ description: 'The process is alive.' })
  liveness(): LivenessResponse {
    return this.health.liveness();
  }

  @Get('ready')
  @ApiOkResponse({ description: 'PostgreSQL and Redis both answer.' })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Redis is down; details say which.' })
  async readiness(): Promise<ReadinessResponse> {
    const result = await this.health.readiness();
    if (result.status !== 'ready') {
      throw new ServiceUnavailableException({ code: 'SERVICE_UNAVAILABLE', message: '数据库或 Redis 不可用', details: result });
    }
    return result;
  }
}
