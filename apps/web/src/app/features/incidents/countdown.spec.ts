import type { ReportLimitView } from '@julu/contracts';
import { clockOffset, countdownText, limitTone } from './countdown';

const due = '2026-03-05T02:30:00.000Z';
const limit = (status: ReportLimitView['status']): ReportLimitView => ({ limitMinutes: 30, dueAt: due, reportedAt: null, status, minutesLate: null });
const at = (iso: string): number => Date.parse(iso);

describe('incident countdowns', () => {
  it('counts down to the limit and up past it', () => {
    expect(countdownText(limit('OPEN'), at('2026-03-05T02:17:30Z'))).toBe('剩 12:30');
    expect(countdownText(limit('OPEN'), at('2026-03-05T01:20:00Z'))).toBe('剩 1:10:00');
    expect(countdownText(limit('OPEN'), at('2026-03-05T02:33:05Z'))).toBe('已超时 03:05');
  });

  it('colours by urgency', () => {
    expect(limitTone(limit('OPEN'), at('2026-03-05T02:00:00Z'))).toBe('blue');
    expect(limitTone(limit('OPEN'), at('2026-03-05T02:25:00Z'))).toBe('orange');
    expect(limitTone(limit('OPEN'), at('2026-03-05T02:31:00Z'))).toBe('red');
    expect(limitTone(limit('MET'), at('2026-03-05T02:31:00Z'))).toBe('green');
    expect(limitTone(limit('OVERDUE'), at('2026-03-05T02:31:00Z'))).toBe('red');
  });

  it('measures the browser clock against the server', () => {
    expect(clockOffset('2026-03-05T02:00:10.000Z', at('2026-03-05T02:00:00Z'))).toBe(10_000);
  });
});
