import { HttpErrorResponse } from '@angular/common/http';
import type { ExportJobView } from '@julu/contracts';
import type { CasesApi } from './data-access/cases.api';
import { exportLedger } from './ledger-export';

const job = (status: ExportJobView['status'], done: number): ExportJobView => ({
  id: 'j1',
  ledger: 'CASES',
  status,
  total: 5000,
  done,
  fileName: '信访事项台账.xlsx',
  createdAt: '2026-11-26T00:00:00Z',
  finishedAt: null,
  error: null,
});

describe('exportLedger', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('downloads a small ledger at once, without paging fields', async () => {
    const api = { ledger: jest.fn().mockResolvedValue(new Blob(['x'])) } as unknown as CasesApi;
    await exportLedger(api, 'CASES', { channel: 'VISIT', after: 'c', limit: 50 }, jest.fn());
    expect(api.ledger).toHaveBeenCalledWith('CASES', { channel: 'VISIT' });
    expect(HTMLAnchorElement.prototype.click).toHaveBeenCalledTimes(1);
  });

  it('falls back to a background export on 409 and reports progress until the file is ready', async () => {
    const states = [job('RUNNING', 2000), job('DONE', 5000)];
    const api = {
      ledger: jest.fn().mockRejectedValue(new HttpErrorResponse({ status: 409 })),
      requestExport: jest.fn().mockResolvedValue(job('QUEUED', 0)),
      exportJob: jest.fn().mockImplementation(() => Promise.resolve(states.shift())),
      exportFile: jest.fn().mockResolvedValue(new Blob(['xlsx'])),
    } as unknown as CasesApi;
    const progress: number[] = [];
    const done = exportLedger(api, 'CASES', {}, (j) => progress.push(j.done));
    await jest.advanceTimersByTimeAsync(2500);
    await done;
    expect(progress).toEqual([0, 2000, 5000]);
    expect(api.exportFile).toHaveBeenCalledWith('j1');
  });

  it('passes other errors through', async () => {
    const api = { ledger: jest.fn().mockRejectedValue(new HttpErrorResponse({ status: 500 })) } as unknown as CasesApi;
    await expect(exportLedger(api, 'VISITS', {}, jest.fn())).rejects.toBeInstanceOf(HttpErrorResponse);
  });
});
