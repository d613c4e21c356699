import { ConnectionPermits } from './connection-permits';

const deferred = (): { promise: Promise<void>; resolve: () => void } => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('ConnectionPermits', () => {
  it('lets at most `size` units of work run at once and hands permits on in arrival order', async () => {
    const permits = new ConnectionPermits(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const runs = gates.map((gate, i) =>
      permits.run(async () => {
        started.push(i);
        most = Math.max(most, ++running);
        await gate.promise;
        running--;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(permits.queued).toBe(2);
    gates[1].resolve();
    gates[0].resolve();
    await runs[0];
    await runs[1];
    gates[2].resolve();
    gates[3].resolve();
    await expect(Promise.all(runs)).resolves.toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(most).toBe(2);
    expect(permits.queued).toBe(0);
  });

  it('releases the permit when the work fails', async () => {
    const permits = new ConnectionPermits(1);
    await expect(permits.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(permits.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('takes half of the pool of a DataSource', () => {
    const of = (extra: unknown): number => ConnectionPermits.forPoolOf({ options: { extra } } as never).size;
    expect(of({ max: 10 })).toBe(5);
    expect(of({ max: 1 })).toBe(1);
    expect(of(undefined)).toBe(5);
  });
});
