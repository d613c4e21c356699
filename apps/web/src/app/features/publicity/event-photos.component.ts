import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, type OnInit, signal } from '@angular/core';
import type { PublicityPhotoView } from '@julu/contracts';
import { LABELS } from '../../core/labels';
import { PublicityApi } from './data-access/publicity.api';

interface Thumb {
  id: string;
  name: string;
  url: string;
}

/**
 * An event's evidence photos as thumbnails. The download route needs the auth header, so an
 * `<img src>` cannot fetch it: each photo comes through HttpClient as a blob shown by object URL,
 * revoked when the component goes away.
 */
@Component({
  selector: 'app-event-photos',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="thumbs">
      @for (t of thumbs(); track t.id) {
        <a [href]="t.url" target="_blank" rel="noopener" [title]="t.name" translate="no"><img [src]="t.url" [alt]="labels.photoAlt + ' ' + t.name" data-testid="publicity-photo" /></a>
      }
    </div>
  `,
  styles: [
    '.thumbs { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; } img { width: 72px; height: 72px; object-fit: cover; border-radius: 4px; border: 1px solid #f0f0f0; display: block; }',
  ],
})
export class EventPhotosComponent implements OnInit {
  private readonly api = inject(PublicityApi);
  readonly eventId = input.required<string>();
  readonly photos = input.required<PublicityPhotoView[]>();
  protected readonly labels = LABELS.publicity;
  protected readonly thumbs = signal<Thumb[]>([]);
  private readonly urls: string[] = [];
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.urls.forEach((url) => URL.revokeObjectURL(url));
    });
  }

  ngOnInit(): void {
    for (const photo of this.photos()) void this.fetch(photo);
  }

  /** One failed photo leaves a gap rather than hiding the others. */
  private async fetch(photo: PublicityPhotoView): Promise<void> {
    try {
      const blob = await this.api.photo(this.eventId(), photo.id);
      if (this.destroyed) return;
      const url = URL.createObjectURL(blob);
      this.urls.push(url);
      const order = this.photos().map((p) => p.id);
      this.thumbs.update((list) => [...list, { id: photo.id, name: photo.fileName, url }].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)));
    } catch {
      return;
    }
  }
}
