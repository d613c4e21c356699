export type DependencyStatus = 'up' | 'down';

export interface LivenessResponse {
  status: 'ok';
  uptimeSeconds: number;
}

export interface ReadinessResponse {
  status: 'ready' | 'not_ready';
  checks: {
    database: { status: DependencyStatus; latencyMs?: number; error?: string };
    redis: { status: DependencyStatus; latencyMs?: number; error?: string };
  };
}
