import type { ChildProcess } from 'node:child_process';

export interface RunningRedis {
  url: string;
  port: number;
  pid: number;
  process: ChildProcess;
  stop(): Promise<void>;
}
export function startRedis(options?: { dataDir?: string; port?: number; persistent?: boolean; password?: string; log?: (m: string) => void }): Promise<RunningRedis>;
export function findRedisServer(): string;
export class RedisNotInstalledError extends Error {}
