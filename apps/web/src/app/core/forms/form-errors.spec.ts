import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormsModule } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { FormErrors, type FieldError } from './form-errors';
import { FormErrorsComponent } from './form-errors.component';

@Component({
  imports: [FormsModule, NzFormModule, NzInputModule, FormErrorsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form nz-form>
      <nz-form-item data-field="title">
        <nz-form-control [nzErrorTip]="f.error('title')" [nzValidateStatus]="f.status('title')">
          <input nz-input name="title" [(ngModel)]="title" (ngModelChange)="f.edited('title')" />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item data-field="count">
        <nz-form-control [nzErrorTip]="f.error('count')" [nzValidateStatus]="f.status('count')">
          <input nz-input name="count" [(ngModel)]="count" (ngModelChange)="f.edited('count')" />
        </nz-form-control>
      </nz-form-item>
      <button type="button">保存</button>
      <app-form-errors [form]="f" />
    </form>
  `,
})
class HostComponent {
  title = '';
  count = '';
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  readonly f = new FormErrors({
    fields: ['title', 'count'],
    apiFields: { peopleCount: 'count' },
    check: () => {
      const errors: FieldError[] = [];
      if (!this.title.trim()) errors.push({ field: 'title', message: '请填写主题' });
      return errors;
    },
    host: () => this.host,
    injector: inject(Injector),
  });
}

const refusal = (details: unknown, message = '请检查以下字段') => new HttpErrorResponse({ status: 400, error: { code: 'VALIDATION_FAILED', message, details } });

async function setUp() {
  const fixture = TestBed.createComponent(HostComponent);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  return { fixture, host: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
}

describe('FormErrors', () => {
  it('refuses a form its check fails, shows the tip under the control and puts the cursor there', async () => {
    const { fixture, host, el } = await setUp();
    let sent = false;
    const ok = await host.f.submit(async () => {
      sent = true;
    });
    await fixture.whenStable();
    expect({ ok, sent }).toEqual({ ok: false, sent: false });
    expect(el.querySelector('[data-field="title"]')?.textContent).toContain('请填写主题');
    expect(document.activeElement).toBe(el.querySelector('input[name="title"]'));
  });

  it('puts an API refusal on the control it names, by its own or a mapped name', async () => {
    const { fixture, host, el } = await setUp();
    host.title = '道路修缮';
    const ok = await host.f.submit(() => Promise.reject(refusal([{ field: 'peopleCount', problems: ['人数至少为 1'] }])));
    await fixture.whenStable();
    expect(ok).toBe(false);
    expect(host.f.error('count')).toBe('人数至少为 1');
    expect(el.querySelector('[data-field="count"]')?.textContent).toContain('人数至少为 1');
    expect(document.activeElement).toBe(el.querySelector('input[name="count"]'));
    expect(host.f.formLevel()).toEqual([]);

    host.f.edited('count');
    await fixture.whenStable();
    expect(host.f.error('count')).toBe('');
  });

  it('shows a refusal of the form as a whole beside the submit button and focuses it', async () => {
    const { fixture, host, el } = await setUp();
    host.title = '道路修缮';
    await host.f.submit(() => Promise.reject(new HttpErrorResponse({ status: 409, error: { code: 'CONFLICT', message: '该事项已被他人处理，请刷新后重试' } })));
    await fixture.whenStable();
    const box = el.querySelector<HTMLElement>('[data-form-errors]');
    expect(box?.textContent).toContain('该事项已被他人处理');
    expect(document.activeElement).toBe(box);
  });

  it('keeps the API sentence when the fields it names are not on this form', async () => {
    const { host } = await setUp();
    host.title = '道路修缮';
    await host.f.submit(() => Promise.reject(refusal([{ field: 'secret', problems: ['x'] }], '请检查以下字段：secret（x）')));
    expect(host.f.formLevel()).toEqual(['请检查以下字段：secret（x）']);
  });

  it('follows edits after a first attempt, and ignores a second submit while one runs', async () => {
    const { host } = await setUp();
    await host.f.submit(async () => undefined);
    expect(host.f.error('title')).toBe('请填写主题');
    host.title = '道路修缮';
    host.f.edited('title');
    expect(host.f.hasErrors()).toBe(false);

    let release: () => void = () => undefined;
    const first = host.f.submit(() => new Promise<void>((r) => (release = r)));
    expect(await host.f.submit(async () => undefined)).toBe(false);
    release();
    expect(await first).toBe(true);
    host.f.reset();
    expect(host.f.hasErrors()).toBe(false);
  });

  it('takes its controls from a function that follows the data', () => {
    const rows = signal(['row0']);
    const f = TestBed.runInInjectionContext(() => new FormErrors({ fields: () => rows(), check: () => [], host: () => document.body, injector: inject(Injector) }));
    f.fail('第 2 行请填写', 'row1');
    expect(f.formLevel()).toEqual(['第 2 行请填写']);
    rows.set(['row0', 'row1']);
    expect(f.formLevel()).toEqual([]);
    expect(f.error('row1')).toBe('第 2 行请填写');
  });
});
