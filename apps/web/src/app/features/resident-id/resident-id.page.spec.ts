import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ResidentIdPage } from './resident-id.page';

describe('ResidentIdPage', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ResidentIdPage], providers: [provideHttpClient(), provideHttpClientTesting()] });
  });

  async function submitValue(value: string): Promise<{ el: HTMLElement; settle: () => Promise<void> }> {
    const fixture = TestBed.createComponent(ResidentIdPage);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    document.body.appendChild(el);
    const input = el.querySelector<HTMLInputElement>('[data-testid="resident-id-input"]');
    if (!input) throw new Error('no input');
    input.value = value;
    input.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('[data-testid="resident-id-submit"]')?.click();
    const settle = async (): Promise<void> => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    await settle();
    return { el, settle };
  }

  it('shows the domain rule message under the number, with the cursor in it, and calls no API', async () => {
    const { el, settle } = await submitValue('110105194912310021');
    await settle();
    expect(el.querySelector('[data-field="idNumber"] .ant-form-item-explain-error')?.textContent).toContain('校验位不正确');
    expect(document.activeElement?.id).toBe('idNumber');
    TestBed.inject(HttpTestingController).expectNone('/api/identity-numbers/check');
  });

  it('shows the API result for a valid number', async () => {
    const { el, settle } = await submitValue('11010519491231002x');
    const req = TestBed.inject(HttpTestingController).expectOne('/api/identity-numbers/check');
    expect(req.request.body).toEqual({ idNumber: '11010519491231002x' });
    req.flush({ normalized: '11010519491231002X', birthDate: '1949-12-31', gender: 'FEMALE', convertedFromLegacy: false });
    await settle();
    expect(el.querySelector('[data-testid="resident-id-normalized"]')?.textContent).toContain('11010519491231002X');
    expect(el.querySelector('[data-testid="resident-id-gender"]')?.textContent).toContain('女');
  });
});
