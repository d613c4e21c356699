import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { LABELS } from '../labels';

/** Under a keyset-paged table: 「加载更多」 while the API has more rows, the row count otherwise. */
@Component({
  selector: 'app-load-more',
  imports: [NzButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="load-more">
      @if (hasMore()) {
        <button nz-button type="button" [nzLoading]="loading()" (click)="more.emit()" [attr.data-testid]="testId()">{{ labels.list.more }}</button>
        <span class="count">{{ labels.list.shown(count()) }}</span>
      } @else if (count() > 0) {
        <span class="count">{{ labels.list.all(count()) }}</span>
      }
    </div>
  `,
  styles: ['.load-more { display: flex; gap: 12px; align-items: center; margin-top: 12px; } .count { color: rgba(0,0,0,.55); }'],
})
export class LoadMoreComponent {
  readonly hasMore = input.required<boolean>();
  readonly count = input.required<number>();
  readonly loading = input(false);
  readonly testId = input('load-more');
  readonly more = output();
  protected readonly labels = LABELS;
}
