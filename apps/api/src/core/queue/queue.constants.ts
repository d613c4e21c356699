import type { DefaultJobOptions } from 'bullmq';

/** A few queues by workload class; many job names within each. */
export const QUEUES = {
  /** Domain events relayed from the outbox table. */
  outbox: 'outbox',
  /** Statutory-deadline reminders and overdue escalation. */
  deadlines: 'deadlines',
  /** Duty sweeps: missed shifts (缺岗) and missing/late daily reports. */
  duty: 'duty',
  /** The weekly 排查 check of the risk-hotspot ledger. */
  hotspots: 'hotspots',
  /** Indicator recomputation (coalesced per indicator/period). */
  indicators: 'indicators',
  /** Ledger and report exports. */
  exports: 'exports',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Retry and retention defaults for every queue. Completed jobs are kept for a week so that a
 * re-enqueue with the same deterministic job id within that window is recognised as a duplicate.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
