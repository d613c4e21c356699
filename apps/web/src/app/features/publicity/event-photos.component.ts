import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, type OnInit, signal } from '@angular/core';
import type { PublicityPhotoView } from '@julu/contracts';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { PUBLICITY_LABELS } from './publicity.labels';
import { PublicityApi } from './data-access/publicity.api';

interface Thumb {
  id: string;
  name: string;
  url: string;
}

/**
 * An event's evidence photos as thumbnails. The download route needs the auth header, so an
 * `<img src>` cannot fetch it: each photo comes through HttpClient as a blob shown by object URL,
 * revoked when the component goes away. A photo that cannot be fetched leaves a gap, and the
 * count of such photos is told under the others.
 */
@Component({
  selector: 'app-event-photos',
  imports: [ActionErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="thumbs">
      @for (t of thumbs(); track t.id) {
        <a [href]="t.url" target="_blank" rel="noopener" [title]="t.name" translate="no"><img [src]="t.url" [alt]="labels.photoAlt + ' ' + t.name" data-testid="publicity-photo" /></a>
      }
    </div>
    <app-action-error [state]="loading" testId="publicity-photo-error" />
  `,
  styles: [
    '.thumbs { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; } img { width: 72px; height: 72px; object-fit: cover; border-radius: 4px; border: 1px solid #f0f0f0; display: block; }',
  ],
})
export class EventPhotosComponent implements OnInit {
  private readonly api = inject(PublicityApi);
  readonly eventId = input.required<string>();
  readonly photos = input.required<PublicityPhotoView[]>();
  protected readonly labels = PUBLICITY_LABELS.publicity;
  protected readonly thumbs = signal<Thumb[]>([]);
  /** Fetching the photos: the photos that failed are counted under the thumbnails. */
  protected readonly loading = new ActionState();
  private readonly urls: string[] = [];
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.urls.forEach((url) => URL.revokeObjectURL(url));
    });
  }

  ngOnInit(): void {
    void this.load();
  }

  /** Each photo on its own, so that one failed photo leaves a gap rather than hiding the others. */
  private async load(): Promise<void> {
    const results = await Promise.allSettled(this.photos().map((photo) => this.fetch(photo)));
    const failed = results.filter((r) => r.status === 'rejected').length;
    if (failed > 0 && !this.destroyed) this.loading.fail(this.labels.photosFailed(failed));
  }

  private async fetch(photo: PublicityPhotoView): Promise<void> {
    const blob = await this.api.photo(this.eventId(), photo.id);
    if (this.destroyed) return;
    const url = URL.createObjectURL(blob);
    this.urls.push(url);
    const order = this.photos().map((p) => p.id);
    this.thumbs.update((list) => [...list, { id: photo.id, name: photo.fileName, url }].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)));
  }
}
