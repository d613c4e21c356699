import { HttpErrorResponse } from '@angular/common/http';
import { ActionState, ActionStates } from './action-state';

describe('ActionState', () => {
  it('is busy while the work runs and clear when it succeeds', async () => {
    const state = new ActionState();
    state.fail('上次的错误');
    let busyDuring = false;
    const ok = await state.run(async () => {
      busyDuring = state.busy();
    });
    expect({ ok, busyDuring, busy: state.busy(), error: state.error() }).toEqual({ ok: true, busyDuring: true, busy: false, error: null });
  });

  it('keeps the API’s own message of a failure', async () => {
    const state = new ActionState();
    const ok = await state.run(() => Promise.reject(new HttpErrorResponse({ status: 403, error: { message: '不能审批本人提出的换班（替班）申请' } })));
    expect({ ok, busy: state.busy(), error: state.error() }).toEqual({ ok: false, busy: false, error: '不能审批本人提出的换班（替班）申请' });
  });

  it('words a lost connection and an unknown failure for the user', async () => {
    const state = new ActionState();
    await state.run(() => Promise.reject(new HttpErrorResponse({ status: 0 })));
    expect(state.error()).toBe('无法连接服务器，请检查网络后重试');
    await state.run(() => Promise.reject(new Error('boom')));
    expect(state.error()).not.toBe('boom');
  });

  it('keeps one state per item', async () => {
    const states = new ActionStates();
    await states.for('a').run(() => Promise.reject(new Error('x')));
    expect(states.for('a')).toBe(states.for('a'));
    expect(states.for('a').error()).not.toBeNull();
    expect(states.for('b').error()).toBeNull();
  });
});
