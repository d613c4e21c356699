export function getFreePort(): Promise<number>;
export function isAlive(pid: number): boolean;
export function waitForExit(pid: number, timeoutMs: number): Promise<boolean>;
export function reapStaleServer(pidFile: string, signal: NodeJS.Signals, label: string, log?: (m: string) => void): Promise<boolean>;
