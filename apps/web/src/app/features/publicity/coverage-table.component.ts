import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { PublicityCoverageView } from '@julu/contracts';
import { NzTableModule } from 'ng-zorro-antd/table';
import { PUBLICITY_LABELS } from './publicity.labels';
import { CardListDirective } from '../../core/list/card-list.directive';

/** 行政村覆盖率 by township, with the county total last (a township officer sees their own row only). */
@Component({
  selector: 'app-coverage-table',
  imports: [CardListDirective, NzTableModule, PercentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-table appCardList #t [nzData]="view().townships" [nzFrontPagination]="false" [nzShowPagination]="false" nzSize="small" [nzScroll]="{ x: '640px' }" data-testid="coverage-table">
      <thead>
        <tr>
          <th nzLeft>{{ labels.unit }}</th>
          <th>{{ labels.villageCount }}</th>
          <th>{{ labels.reached }}</th>
          <th>{{ labels.rate }}</th>
          <th>{{ labels.doneToPlan }}</th>
          <th>{{ labels.completion }}</th>
          <th>{{ labels.communities }}</th>
          <th>{{ labels.eventCount }}</th>
        </tr>
      </thead>
      <tbody>
        @for (r of t.data.length > 1 ? [...t.data, view().county] : t.data; track r.unitId ?? 'county') {
          <tr [attr.data-testid]="'coverage-row-' + r.unitName" [class.total]="r.unitId === null">
            <td nzLeft>{{ r.unitName }}</td>
            <td>{{ r.villages || labels.noVillages }}</td>
            <td>{{ r.villagesReached }}</td>
            <td [attr.data-testid]="'coverage-rate-' + r.unitName">{{ r.coverage === null ? '—' : (r.coverage | percent: '1.0-1') }}</td>
            <td>{{ r.villagesDoneToPlan }}</td>
            <td>{{ r.completion === null ? '—' : (r.completion | percent: '1.0-1') }}</td>
            <td>{{ r.communitiesReached }}</td>
            <td>{{ r.events }}</td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styles: ['.total td { font-weight: 600; background: #fafafa; }'],
})
export class CoverageTableComponent {
  readonly view = input.required<PublicityCoverageView>();
  protected readonly labels = PUBLICITY_LABELS.publicity;
}
