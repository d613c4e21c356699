import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormsModule } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { FormErrors, type FieldError } from './form-errors';
import { FormFieldComponent } from './form-field.component';

@Component({
  imports: [FormsModule, NzFormModule, NzInputModule, FormFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form nz-form nzLayout="vertical">
      <app-form-field [form]="f" field="title" label="主题" for="t-title" required>
        <input nz-input id="t-title" name="title" [(ngModel)]="title" (ngModelChange)="f.edited('title')" />
      </app-form-field>
      <app-form-field [form]="f" field="idType idNumber" label="证件" for="t-id" extra="居民身份证号码18位">
        <input nz-input name="idType" [(ngModel)]="idType" />
        <input nz-input id="t-id" data-error-focus name="idNumber" [(ngModel)]="idNumber" />
      </app-form-field>
    </form>
  `,
})
class HostComponent {
  title = '';
  idType = '';
  idNumber = '';
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  readonly f = new FormErrors({
    fields: ['title', 'idType', 'idNumber'],
    check: () => {
      const errors: FieldError[] = [];
      if (!this.title.trim()) errors.push({ field: 'title', message: '请填写主题' });
      if (!this.idNumber.trim()) errors.push({ field: 'idNumber', message: '请填写证件号码' });
      return errors;
    },
    host: () => this.host,
    injector: inject(Injector),
  });
}

async function setUp() {
  const fixture = TestBed.createComponent(HostComponent);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const [title, id] = Array.from(el.querySelectorAll<HTMLElement>('app-form-field'));
  return { fixture, host: fixture.componentInstance, el, title, id };
}

describe('FormFieldComponent', () => {
  it('labels its control, marks it required and carries the field on its host', async () => {
    const { title, id } = await setUp();
    const label = title.querySelector('label');
    expect(label?.textContent?.trim()).toBe('主题');
    expect(label?.getAttribute('for')).toBe('t-title');
    expect(label?.classList).toContain('ant-form-item-required');
    expect(title.getAttribute('data-field')).toBe('title');
    expect(id.getAttribute('data-field')).toBe('idType idNumber');
    expect(id.querySelector('label')?.classList).not.toContain('ant-form-item-required');
    expect(id.textContent).toContain('居民身份证号码18位');
  });

  it('shows the problem under its control, with the red border, and the cursor goes to it', async () => {
    const { fixture, host, title, id } = await setUp();
    expect(await host.f.submit(async () => undefined)).toBe(false);
    await fixture.whenStable();
    expect(title.textContent).toContain('请填写主题');
    expect(title.querySelector('.ant-form-item-has-error')).not.toBeNull();
    expect(title.querySelector('input')?.classList).toContain('ant-input-status-error');
    // Of several fields in one row, the one with the problem is shown (the hint stays below it).
    expect(id.textContent).toContain('请填写证件号码');
    expect(id.querySelector('input[name="idNumber"]')?.classList).toContain('ant-input-status-error');
    expect(document.activeElement?.id).toBe('t-title');
  });

  it('clears the problem and the border once the control is fixed', async () => {
    const { fixture, host, title } = await setUp();
    await host.f.submit(async () => undefined);
    await fixture.whenStable();
    const input = title.querySelector('input') as HTMLInputElement;
    input.value = '拖欠工资';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(title.textContent).not.toContain('请填写主题');
    expect(input.classList).not.toContain('ant-input-status-error');
  });
});
