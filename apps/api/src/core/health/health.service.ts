import { Inject, Injectable } from '@nestjs/common';
import type { LivenessResponse, ReadinessResponse } from '@julu/contracts';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { PRODUCER_REDIS } from '../queue/queue.module';

const CHECK_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  private readonly startedAt = Date.now();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(PRODUCER_REDIS) private readonly redis: Redis,
  ) {}

  liveness(): LivenessResponse {
    return { status: 'ok', uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000) };
  }

  async readiness(): Promise<ReadinessResponse> {
    const [database, redis] = await Promise.all([this.check(() => this.dataSource.query('SELECT 1')), this.check(() => this.redis.ping())]);
    const ready = database.status === 'up' && redis.status === 'up';
    return { status: ready ? 'ready' : 'not_ready', checks: { database, redis } };
  }

  private async check(probe: () => Promise<unknown>): Promise<ReadinessResponse['checks']['database']> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
        }),
      ]);
      return { status: 'up', latencyMs: Date.now() - started };
    } catch (error) {
      return { status: 'down', error: (error as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }
}
