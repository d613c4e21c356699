import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { EventPhotosComponent } from './event-photos.component';

describe('EventPhotosComponent', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [EventPhotosComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    URL.createObjectURL = jest.fn(() => 'blob:photo');
    URL.revokeObjectURL = jest.fn();
  });

  it('shows the photos that came and says how many did not, under them', async () => {
    const fixture = TestBed.createComponent(EventPhotosComponent);
    fixture.componentRef.setInput('eventId', 'e1');
    fixture.componentRef.setInput('photos', [
      { id: 'p1', fileName: '宣讲现场.png' },
      { id: 'p2', fileName: '签到表.png' },
    ]);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne((r) => r.url.endsWith('/e1/photos/p1')).flush(new Blob(['png']));
    http.expectOne((r) => r.url.endsWith('/e1/photos/p2')).flush(new Blob(['{}']), { status: 500, statusText: 'Server Error' });
    const el = fixture.nativeElement as HTMLElement;
    // The count comes once both requests have settled: wait for it.
    while (!el.querySelector('[data-testid="publicity-photo-error"]')) {
      await fixture.whenStable();
      fixture.detectChanges();
    }
    expect(el.querySelectorAll('[data-testid="publicity-photo"]')).toHaveLength(1);
    expect(el.querySelector('[data-testid="publicity-photo-error"]')?.textContent).toContain('有 1 张活动照片未能加载');
  });

  it('shows no error when every photo came', async () => {
    const fixture = TestBed.createComponent(EventPhotosComponent);
    fixture.componentRef.setInput('eventId', 'e1');
    fixture.componentRef.setInput('photos', [{ id: 'p1', fileName: '宣讲现场.png' }]);
    fixture.detectChanges();
    TestBed.inject(HttpTestingController)
      .expectOne((r) => r.url.endsWith('/e1/photos/p1'))
      .flush(new Blob(['png']));
    await fixture.whenStable();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelectorAll('[data-testid="publicity-photo"]')).toHaveLength(1);
    expect(el.querySelector('[data-testid="publicity-photo-error"]')).toBeNull();
  });
});
