export interface RunningPostgres {
  url: string;
  adminUrl: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}
export function startPostgres(options: {
  dataDir: string;
  password: string;
  port?: number;
  database?: string;
  fast?: boolean;
  log?: (m: string) => void;
}): Promise<RunningPostgres>;
