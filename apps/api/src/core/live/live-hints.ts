import type { LiveHintMessage } from '@julu/contracts';

/**
 * A change published between the processes (worker → API) on Redis. The audience fields stay on
 * the server: the API uses them to choose the connections and sends each only `{topic, period}`.
 */
export type LiveHint =
  /** Snapshots of a period were recomputed for these units (the county's id included when it was). */
  | { topic: 'indicators'; period: string; unitIds: string[] }
  /** These users have new (or newly read) notifications. */
  | { topic: 'notifications'; userIds: string[] }
  /** The 我的工作 lists of these units may have changed. */
  | { topic: 'my-work'; unitIds: string[] };

/** The pub/sub channel, under the queue prefix so parallel systems on one Redis never hear each other. */
export function liveChannel(queuePrefix: string): string {
  return `${queuePrefix}:live-hints`;
}

/** What a receiver is told: the topic (and an indicator period), nothing that names a record. */
export function messageOf(hint: LiveHint): LiveHintMessage {
  return hint.topic === 'indicators' ? { topic: hint.topic, period: hint.period } : { topic: hint.topic };
}

/** Parses a message from the channel; anything malformed is dropped (null). */
export function parseLiveHint(raw: string): LiveHint | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const ids = (x: unknown): string[] | null => (Array.isArray(x) && x.every((i) => typeof i === 'string') ? (x as string[]) : null);
  switch (v['topic']) {
    case 'indicators': {
      const unitIds = ids(v['unitIds']);
      return typeof v['period'] === 'string' && unitIds ? { topic: 'indicators', period: v['period'], unitIds } : null;
    }
    case 'notifications': {
      const userIds = ids(v['userIds']);
      return userIds ? { topic: 'notifications', userIds } : null;
    }
    case 'my-work': {
      const unitIds = ids(v['unitIds']);
      return unitIds ? { topic: 'my-work', unitIds } : null;
    }
    default:
      return null;
  }
}
