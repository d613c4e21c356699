import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

const ambient = new AsyncLocalStorage<EntityManager>();

/** Whether the work in flight runs inside a transaction opened by `Transactions`. */
export function inAmbientTransaction(): boolean {
  return ambient.getStore() !== undefined;
}

/**
 * Runs a unit of work in a transaction: the ambient one when a caller has opened it (the
 * idempotency layer wraps a create and its stored response in one transaction; registering a visit
 * registers its new case inside the visit's transaction), else a new one that becomes ambient for
 * everything the work calls. Services use this instead of `dataSource.transaction` for writes.
 */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = ambient.getStore();
    if (current) return work(current);
    return this.dataSource.transaction((manager) => ambient.run(manager, () => work(manager)));
  }

  /** Makes `manager` the ambient transaction for everything `work` calls. */
  static within<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
    return ambient.run(manager, work);
  }
}
