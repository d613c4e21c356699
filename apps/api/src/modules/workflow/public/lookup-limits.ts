import type { RateBucket } from '../../../core/rate-limit/rate-limit';

const MINUTE = 60;

/**
 * The public lookup's limits (`max` = PUBLIC_LOOKUP_MAX_ATTEMPTS):
 * - one client address: `max` attempts (right or wrong) per 15 minutes, across codes, which stops
 *   one address walking through codes;
 * - one code from one address: ceil(max / 2) failures per hour, the strict limit on guessing a
 *   code's last four characters;
 * - one code from all addresses together: 2 × max failures per hour, which stops a guess spread
 *   over many addresses (the 4 characters have only ~10,000 values).
 * A single address can spend at most a quarter of a code's hourly failures, so one outsider who
 * knows a code cannot lock its petitioner out; that takes at least four addresses, and lasts an hour
 * after they stop: the price of bounding a distributed guess. A right answer gives back its
 * attempt on the code's two counters.
 */
export function lookupBuckets(code: string, client: string, max: number): { client: RateBucket; codeFromClient: RateBucket; code: RateBucket } {
  return {
    client: { scope: 'lookup-client', parts: [client], limit: max, windowSeconds: 15 * MINUTE },
    codeFromClient: { scope: 'lookup-code-client', parts: [code, client], limit: Math.ceil(max / 2), windowSeconds: 60 * MINUTE },
    code: { scope: 'lookup-code', parts: [code], limit: 2 * max, windowSeconds: 60 * MINUTE },
  };
}
