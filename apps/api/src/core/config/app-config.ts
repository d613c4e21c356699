import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateBy, validateSync } from 'class-validator';
import { LIVE_HEARTBEAT_MS as MAX_LIVE_HEARTBEAT_MS } from '@julu/contracts';
import { secretProblems } from './secret-strength';

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }): unknown => {
  if (value === undefined || typeof value === 'boolean') return value;
  const v = String(value).trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  return value;
};

/** `loopback`, an IP or an IP/bits range; none of them `true` (every hop trusted). */
function isTrustProxyEntry(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [ip, bits, ...rest] = entry.split('/');
  const family = isIP(ip);
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

function isTrustProxy(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value === 'none' || /^\d{1,2}$/.test(value)) return true;
  return value.split(',').every((entry) => isTrustProxyEntry(entry.trim()));
}

/**
 * Every environment key the API and the worker read. Validated once at boot; `.env.example`
 * documents each key. Nothing else in the code reads process.env.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be an integer between 1 and 65535' })
  @Min(1, { message: 'PORT must be an integer between 1 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 1 and 65535' })
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// connection URL' })
  REDIS_URL!: string;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  /** Personal-data encryption keys, `id:base64(32 bytes)` separated by commas (old keys stay for reading). */
  @Matches(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=]{43,44}(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=]{43,44})*$/, {
    message: 'PII_KEYS must be id:base64-of-32-bytes entries separated by commas',
  })
  PII_KEYS!: string;

  /** The key id new values are encrypted with. */
  @Matches(/^[A-Za-z0-9_-]{1,16}$/, { message: 'PII_ACTIVE_KEY_ID must name one of the PII_KEYS ids' })
  PII_ACTIVE_KEY_ID!: string;

  /** HMAC key of the blind indexes (base64, at least 32 bytes). Changing it means re-indexing. */
  @Matches(/^[A-Za-z0-9+/=]{43,}$/, { message: 'PII_BLIND_INDEX_KEY must be base64 of at least 32 bytes' })
  PII_BLIND_INDEX_KEY!: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Matches(/^\d+(b|kb|mb)$/i, { message: 'BODY_LIMIT must look like 512kb or 1mb' })
  BODY_LIMIT = '1mb';

  /** Where background exports are written; the API and the worker must share it. */
  @IsString()
  @MinLength(1)
  EXPORT_DIR: string = join(tmpdir(), 'julu-exports');

  /** Where case attachments are stored (outside the database); the API alone reads and writes it. */
  @IsString()
  @MinLength(1)
  ATTACHMENT_DIR: string = join(tmpdir(), 'julu-attachments');

  /** Largest attachment accepted, in megabytes. */
  @Transform(toInt)
  @IsInt({ message: 'ATTACHMENT_MAX_MB must be an integer between 1 and 100' })
  @Min(1, { message: 'ATTACHMENT_MAX_MB must be an integer between 1 and 100' })
  @Max(100, { message: 'ATTACHMENT_MAX_MB must be an integer between 1 and 100' })
  ATTACHMENT_MAX_MB = 10;

  /**
   * Imported .xlsx workbooks (hotspot ledger, budget goal tables): the most their parts may hold
   * uncompressed (MB) and the most parts, checked before anything is inflated (core/uploads).
   */
  @Transform(toInt)
  @IsInt({ message: 'XLSX_MAX_UNCOMPRESSED_MB must be an integer between 1 and 500' })
  @Min(1, { message: 'XLSX_MAX_UNCOMPRESSED_MB must be an integer between 1 and 500' })
  @Max(500, { message: 'XLSX_MAX_UNCOMPRESSED_MB must be an integer between 1 and 500' })
  XLSX_MAX_UNCOMPRESSED_MB = 20;

  @Transform(toInt)
  @IsInt({ message: 'XLSX_MAX_PARTS must be an integer between 10 and 10000' })
  @Min(10, { message: 'XLSX_MAX_PARTS must be an integer between 10 and 10000' })
  @Max(10000, { message: 'XLSX_MAX_PARTS must be an integer between 10 and 10000' })
  XLSX_MAX_PARTS = 200;

  /**
   * Days after a notice or opinion is delivered during which the petitioner may evaluate that stage;
   * no answer by then counts as 未参评, never as satisfied (DOMAIN.md §1.8).
   */
  @Transform(toInt)
  @IsInt({ message: 'EVALUATION_WINDOW_DAYS must be an integer between 1 and 365' })
  @Min(1, { message: 'EVALUATION_WINDOW_DAYS must be an integer between 1 and 365' })
  @Max(365, { message: 'EVALUATION_WINDOW_DAYS must be an integer between 1 and 365' })
  EVALUATION_WINDOW_DAYS = 30;

  /**
   * Days a 复查/复核 request may take to reach the organ after the petitioner's window closes (post,
   * online relay). A request made within D6/D8 is timely whenever it arrives; the case is closed for
   * good only when the window plus this grace has passed (docs/WORKFLOW.md, issue 16).
   */
  @Transform(toInt)
  @IsInt({ message: 'REVIEW_REQUEST_TRANSIT_DAYS must be an integer between 0 and 60' })
  @Min(0, { message: 'REVIEW_REQUEST_TRANSIT_DAYS must be an integer between 0 and 60' })
  @Max(60, { message: 'REVIEW_REQUEST_TRANSIT_DAYS must be an integer between 0 and 60' })
  REVIEW_REQUEST_TRANSIT_DAYS = 10;

  /** How often the worker re-derives overdue clocks from the database (minutes). */
  @Transform(toInt)
  @IsInt({ message: 'DEADLINE_SWEEP_MINUTES must be an integer between 1 and 1440' })
  @Min(1, { message: 'DEADLINE_SWEEP_MINUTES must be an integer between 1 and 1440' })
  @Max(1440, { message: 'DEADLINE_SWEEP_MINUTES must be an integer between 1 and 1440' })
  DEADLINE_SWEEP_MINUTES = 15;

  /**
   * How long a job stays locked by the worker running it (seconds; every queue); a crashed worker's
   * job is taken over by another worker after about this long.
   */
  @Transform(toInt)
  @IsInt({ message: 'JOB_LOCK_SECONDS must be an integer between 2 and 600' })
  @Min(2, { message: 'JOB_LOCK_SECONDS must be an integer between 2 and 600' })
  @Max(600, { message: 'JOB_LOCK_SECONDS must be an integer between 2 and 600' })
  JOB_LOCK_SECONDS = 30;

  /** Minutes after a duty shift's start with nobody checked in before the sweep marks it 缺岗. */
  @Transform(toInt)
  @IsInt({ message: 'DUTY_MISSED_AFTER_MINUTES must be an integer between 1 and 720' })
  @Min(1, { message: 'DUTY_MISSED_AFTER_MINUTES must be an integer between 1 and 720' })
  @Max(720, { message: 'DUTY_MISSED_AFTER_MINUTES must be an integer between 1 and 720' })
  DUTY_MISSED_AFTER_MINUTES = 30;

  /** Default due time (China time, HH:MM) of the daily duty report when a roster or period sets none. */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'DUTY_REPORT_DUE_TIME must be HH:MM (24-hour clock)' })
  DUTY_REPORT_DUE_TIME = '16:30';

  /** Minutes after filing during which the person who filed a daily report (日报/零报告) may withdraw it (撤销). */
  @Transform(toInt)
  @IsInt({ message: 'DUTY_REPORT_UNDO_MINUTES must be an integer between 0 and 60' })
  @Min(0, { message: 'DUTY_REPORT_UNDO_MINUTES must be an integer between 0 and 60' })
  @Max(60, { message: 'DUTY_REPORT_UNDO_MINUTES must be an integer between 0 and 60' })
  DUTY_REPORT_UNDO_MINUTES = 5;

  /**
   * Milliseconds between the live stream's heartbeats (a comment line that also re-checks each
   * stream's session). At most LIVE_HEARTBEAT_MS of @julu/contracts (25 s): the web app reopens a
   * stream silent for two of those; tests set it short to see the heartbeat on the wire.
   */
  @Transform(toInt)
  @IsInt({ message: 'LIVE_HEARTBEAT_MS must be an integer between 100 and 25000' })
  @Min(100, { message: 'LIVE_HEARTBEAT_MS must be an integer between 100 and 25000' })
  @Max(MAX_LIVE_HEARTBEAT_MS, { message: 'LIVE_HEARTBEAT_MS must be an integer between 100 and 25000' })
  LIVE_HEARTBEAT_MS = MAX_LIVE_HEARTBEAT_MS;

  /** How often the worker sweeps duty shifts and daily reports (minutes). */
  @Transform(toInt)
  @IsInt({ message: 'DUTY_SWEEP_MINUTES must be an integer between 1 and 60' })
  @Min(1, { message: 'DUTY_SWEEP_MINUTES must be an integer between 1 and 60' })
  @Max(60, { message: 'DUTY_SWEEP_MINUTES must be an integer between 1 and 60' })
  DUTY_SWEEP_MINUTES = 5;

  /**
   * Public lookups one client address may try in 15 minutes (wrong or right); one code allows half
   * that many failures per hour from one address and twice that many from all addresses together
   * (modules/workflow/public/lookup-limits.ts).
   */
  @Transform(toInt)
  @IsInt({ message: 'PUBLIC_LOOKUP_MAX_ATTEMPTS must be an integer between 2 and 1000' })
  @Min(2, { message: 'PUBLIC_LOOKUP_MAX_ATTEMPTS must be an integer between 2 and 1000' })
  @Max(1000, { message: 'PUBLIC_LOOKUP_MAX_ATTEMPTS must be an integer between 2 and 1000' })
  PUBLIC_LOOKUP_MAX_ATTEMPTS = 10;

  /**
   * The budget project (项目编码 of the 绩效目标表) that pays the bureau's own duty subsidies, written
   * on each of its subsidy sheets. The default is 巨鹿县信访局's 协调信访问题及值班专项经费; another
   * county sets its own.
   */
  @Matches(/^[0-9A-Z]{1,40}$/, { message: 'DUTY_SUBSIDY_PROJECT_BUREAU must be a budget project code: 1–40 digits or capital letters' })
  DUTY_SUBSIDY_PROJECT_BUREAU = '13052924P00584012421X';

  /**
   * The budget project that pays the townships' and development zones' duty subsidies. The default
   * is 巨鹿县信访局's 各乡镇、开发区信访维稳专项经费; another county sets its own.
   */
  @Matches(/^[0-9A-Z]{1,40}$/, { message: 'DUTY_SUBSIDY_PROJECT_TOWNSHIPS must be a budget project code: 1–40 digits or capital letters' })
  DUTY_SUBSIDY_PROJECT_TOWNSHIPS = '13052924P00584012422H';

  /**
   * Which proxies in front of the API are trusted to say the client's address (X-Forwarded-For),
   * as Express's `trust proxy`: `loopback` (default: a proxy on the same host), `uniquelocal`,
   * `linklocal`, addresses or CIDR ranges, comma-separated; a hop count; or `none`. The rate limits
   * key on that address: behind an untrusted proxy every client would share one; trusting every
   * hop (`true`) would let any client choose its own, so it is refused.
   */
  @ValidateBy(
    { name: 'trustProxy', validator: { validate: isTrustProxy } },
    { message: 'TRUST_PROXY must be none, a hop count, or comma-separated loopback/linklocal/uniquelocal/IP/CIDR entries' },
  )
  TRUST_PROXY = 'loopback';

  /** Directory of the built web app; when set, the API serves it on the same port. */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  /** Run pending migrations (under the advisory lock) when the HTTP server boots. */
  @Transform(toBool)
  @IsBoolean({ message: 'MIGRATE_ON_BOOT must be true or false' })
  MIGRATE_ON_BOOT = true;

  @Transform(toInt)
  @IsInt({ message: 'OUTBOX_POLL_INTERVAL_MS must be an integer (milliseconds)' })
  @Min(50, { message: 'OUTBOX_POLL_INTERVAL_MS must be at least 50' })
  OUTBOX_POLL_INTERVAL_MS = 500;

  /**
   * Seconds after which an event published to the queue but not yet delivered is offered again (its
   * job may have been lost with a Redis that restarted empty; re-offering a job that still exists is
   * a no-op, and consumers skip what they have already run).
   */
  @Transform(toInt)
  @IsInt({ message: 'OUTBOX_REDELIVER_SECONDS must be an integer between 1 and 86400' })
  @Min(1, { message: 'OUTBOX_REDELIVER_SECONDS must be an integer between 1 and 86400' })
  @Max(86400, { message: 'OUTBOX_REDELIVER_SECONDS must be an integer between 1 and 86400' })
  OUTBOX_REDELIVER_SECONDS = 60;

  /** Prefix of every BullMQ key, so one Redis can host several deployments (or test runs). */
  @Matches(/^[a-z0-9_-]{1,32}$/i, { message: 'QUEUE_PREFIX may use letters, digits, - and _ (at most 32)' })
  QUEUE_PREFIX = 'julu';

  @Transform(toInt)
  @IsInt({ message: 'ACCESS_TOKEN_TTL_SECONDS must be an integer' })
  @Min(60, { message: 'ACCESS_TOKEN_TTL_SECONDS must be at least 60' })
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt({ message: 'REFRESH_TOKEN_TTL_DAYS must be an integer' })
  @Min(1, { message: 'REFRESH_TOKEN_TTL_DAYS must be at least 1' })
  @Max(90, { message: 'REFRESH_TOKEN_TTL_DAYS must be at most 90' })
  REFRESH_TOKEN_TTL_DAYS = 7;

  /** Failed logins of one username from one client address that lock that pair (DOMAIN: 5). */
  @Transform(toInt)
  @IsInt({ message: 'LOGIN_MAX_FAILURES must be an integer' })
  @Min(1, { message: 'LOGIN_MAX_FAILURES must be at least 1' })
  LOGIN_MAX_FAILURES = 5;

  @Transform(toInt)
  @IsInt({ message: 'LOGIN_LOCK_MINUTES must be an integer' })
  @Min(1, { message: 'LOGIN_LOCK_MINUTES must be at least 1' })
  LOGIN_LOCK_MINUTES = 15;

  /** Failed logins one client address may make across all usernames per LOGIN_LOCK_MINUTES (slows password spraying). */
  @Transform(toInt)
  @IsInt({ message: 'LOGIN_CLIENT_MAX_FAILURES must be an integer of at least 1' })
  @Min(1, { message: 'LOGIN_CLIENT_MAX_FAILURES must be an integer of at least 1' })
  LOGIN_CLIENT_MAX_FAILURES = 30;

  /**
   * Failed logins of one username from all addresses together per LOGIN_LOCK_MINUTES: a ceiling
   * on a guess spread over many addresses, kept well above LOGIN_CLIENT_MAX_FAILURES so that no
   * single address can lock a user out.
   */
  @Transform(toInt)
  @IsInt({ message: 'LOGIN_USER_MAX_FAILURES must be an integer of at least 1' })
  @Min(1, { message: 'LOGIN_USER_MAX_FAILURES must be an integer of at least 1' })
  LOGIN_USER_MAX_FAILURES = 100;

  /**
   * argon2id cost of new password hashes: `standard` (64 MiB, 3 passes), or `test` (1 MiB, 1 pass),
   * which the test runs set and which is refused unless NODE_ENV=test.
   */
  @IsIn(['standard', 'test'], { message: 'PASSWORD_HASH_COST must be standard or test' })
  @ValidateBy(
    { name: 'testCostOnlyInTests', validator: { validate: (value: unknown, args) => value !== 'test' || (args?.object as AppConfig).NODE_ENV === 'test' } },
    { message: 'PASSWORD_HASH_COST=test is only for test runs (NODE_ENV=test)' },
  )
  PASSWORD_HASH_COST: 'standard' | 'test' = 'standard';
}

/** TRUST_PROXY as Express's `trust proxy` setting. */
export function trustProxySetting(value: string): false | number | string {
  if (value === 'none') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: { key: string; message: string }[]) {
    super(`Invalid environment configuration:\n${problems.map((p) => `  - ${p.key}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Keys whose values never appear in an error (the URLs carry passwords). */
const SECRET_KEYS = new Set(['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'PII_KEYS', 'PII_BLIND_INDEX_KEY']);

/** Reads and validates the environment; throws ConfigValidationError naming every bad key. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat(['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'WEB_DIST_DIR', 'PII_KEYS', 'PII_ACTIVE_KEY_ID', 'PII_BLIND_INDEX_KEY']);
  const plain: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') plain[key] = value;
  }
  const config = plainToInstance(AppConfig, plain, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  const problems = errors.map((e) => ({
    key: e.property,
    message:
      e.value === undefined
        ? 'is required but missing'
        : `${Object.values(e.constraints ?? {})[0] ?? 'is invalid'}${SECRET_KEYS.has(e.property) ? '' : ` (got ${JSON.stringify(String(e.value))})`}`,
  }));
  const failed = new Set(problems.map((p) => p.key));
  problems.push(...secretProblems(config).filter((p) => !failed.has(p.key)));
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return config;
}
