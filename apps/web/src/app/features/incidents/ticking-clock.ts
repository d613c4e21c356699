import { DestroyRef, inject, signal, type Signal } from '@angular/core';
import { clockOffset } from './countdown';

/** A signal of the current time on the server's clock, ticking every second until the component goes. */
export function tickingClock(): { now: Signal<number>; sync: (serverNow: string) => void } {
  let offset = 0;
  const now = signal(Date.now());
  const timer = setInterval(() => now.set(Date.now() + offset), 1000);
  inject(DestroyRef).onDestroy(() => clearInterval(timer));
  return {
    now,
    sync: (serverNow: string) => {
      offset = clockOffset(serverNow);
      now.set(Date.now() + offset);
    },
  };
}
