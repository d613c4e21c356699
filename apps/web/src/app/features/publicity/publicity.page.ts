import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { PUBLICITY_FORM_LABELS, type PublicityCoverageView, type PublicityEventView } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { PUBLICITY_LABELS } from './publicity.labels';
import { CoverageTableComponent } from './coverage-table.component';
import { PublicityApi } from './data-access/publicity.api';
import { EventPhotosComponent } from './event-photos.component';
import { PublicityPlansComponent } from './publicity-plans.component';
import { InputLabelDirective } from '../../core/forms/input-label.directive';

/** 信访宣传: the events of the year with their photos, the coverage of 行政村 by township, and the annual plan per village. */
@Component({
  selector: 'app-publicity-page',
  imports: [
    InputLabelDirective,
    ActionErrorComponent,
    FormsModule,
    RouterLink,
    NzCardModule,
    NzTabsModule,
    NzButtonModule,
    NzIconModule,
    NzSelectModule,
    NzTagModule,
    NzAlertModule,
    CoverageTableComponent,
    EventPhotosComponent,
    PublicityPlansComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './publicity.page.html',
  styles: [
    '.bar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; justify-content: space-between; margin-bottom: 12px; } .bar nz-select { width: 110px; }',
    '.item { border: 1px solid #f0f0f0; border-radius: 6px; padding: 10px 12px; margin-bottom: 10px; } .item.fresh { border-color: #52c41a; }',
    '.head { display: flex; justify-content: space-between; gap: 8px; font-weight: 600; } .meta, .hint { color: rgba(0,0,0,.55); font-size: 13px; margin: 4px 0; } nz-alert { display: block; margin-bottom: 12px; }',
  ],
})
export class PublicityPage implements OnInit {
  private readonly api = inject(PublicityApi);
  protected readonly saved = inject(ActivatedRoute).snapshot.queryParamMap.get('saved');
  protected readonly labels = PUBLICITY_LABELS.publicity;
  protected readonly formLabels = PUBLICITY_FORM_LABELS;
  protected readonly years = Array.from({ length: 5 }, (_, i) => new Date().getFullYear() - i);
  protected year = new Date().getFullYear();
  protected readonly events = signal<PublicityEventView[]>([]);
  protected readonly next = signal<string | null>(null);
  protected readonly coverage = signal<PublicityCoverageView | null>(null);
  protected readonly loading = new ActionState();
  protected readonly loadingMore = new ActionState();

  ngOnInit(): void {
    void this.load(false);
  }

  protected async load(more: boolean): Promise<void> {
    await (more ? this.loadingMore : this.loading).run(async () => {
      const after = more ? (this.next() ?? undefined) : undefined;
      const [page, coverage] = await Promise.all([
        this.api.events({ year: this.year, limit: 30, ...(after ? { after } : {}) }),
        more ? Promise.resolve(this.coverage()) : this.api.coverage(this.year),
      ]);
      this.events.set(more ? [...this.events(), ...page.items] : page.items);
      this.next.set(page.nextCursor);
      this.coverage.set(coverage);
    });
  }

  protected villageNames(e: PublicityEventView): string {
    return e.villages.map((v) => v.name).join('、');
  }
}
