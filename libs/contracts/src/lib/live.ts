/**
 * Live updates (issue 17): what the server pushes on the event stream. A hint names a topic that
 * changed and nothing else — never a title, a name, a case number or a record id — so the client
 * refetches through the usual visibility-checked APIs (docs/SECURITY.md, "Live updates").
 */
export const LIVE_TOPICS = ['indicators', 'notifications', 'my-work'] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

/** One `data:` line of the stream. `period` (e.g. `2026-12`, `2026Q4`, `2026`) only on `indicators`. */
export interface LiveHintMessage {
  topic: LiveTopic;
  period?: string;
}

/** The SSE event names: `ready` once the stream is subscribed, `hint` for each change. */
export const LIVE_EVENTS = { ready: 'ready', hint: 'hint' } as const;

/** The server sends a comment line at least this often, so the client can tell a dead stream from a quiet one. */
export const LIVE_HEARTBEAT_MS = 25_000;
