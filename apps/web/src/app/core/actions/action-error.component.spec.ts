import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActionErrorComponent } from './action-error.component';
import { ActionState } from './action-state';

@Component({
  imports: [ActionErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button>批准</button><app-action-error [state]="state" testId="swap-decide-error" />`,
})
class HostComponent {
  readonly state = new ActionState();
}

describe('ActionErrorComponent', () => {
  it('shows the action’s error beside it only while there is one', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    const el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="swap-decide-error"]')).toBeNull();

    fixture.componentInstance.state.fail('该申请已审批');
    await fixture.whenStable();
    const alert = el.querySelector('[data-testid="swap-decide-error"]');
    expect(alert?.textContent).toContain('该申请已审批');
    expect(alert?.previousElementSibling).toBeNull();
    expect(alert?.closest('app-action-error')?.previousElementSibling?.textContent).toBe('批准');

    fixture.componentInstance.state.clear();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="swap-decide-error"]')).toBeNull();
  });
});
