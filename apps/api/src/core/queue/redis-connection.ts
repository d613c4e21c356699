import { Redis, type RedisOptions } from 'ioredis';

/**
 * Connection for BullMQ workers: BullMQ requires `maxRetriesPerRequest: null` so blocking
 * commands wait through a Redis restart instead of failing.
 */
export function createWorkerConnection(redisUrl: string, name: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null, connectionName: name, lazyConnect: false });
}

/**
 * Connection for producers (the outbox relay, the API): fail fast while Redis is away instead of
 * queueing commands in memory, so the caller can leave the outbox row for the next attempt.
 */
export function createProducerConnection(redisUrl: string, name: string): Redis {
  const options: RedisOptions = {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectionName: name,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
  return new Redis(redisUrl, options);
}
