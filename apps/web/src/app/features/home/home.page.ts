import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ROLE_LABELS } from '@julu/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { AuthService } from '../../core/auth/auth.service';
import { LABELS } from '../../core/labels';

@Component({
  selector: 'app-home-page',
  imports: [NzCardModule, NzDescriptionsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (user(); as u) {
      <nz-card [nzTitle]="labels.home.welcome">
        <nz-descriptions nzBordered [nzColumn]="1">
          <nz-descriptions-item [nzTitle]="labels.home.name">{{ u.displayName }}</nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="labels.home.account">{{ u.username }}</nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="labels.home.role">{{ roleLabel() }}</nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="labels.home.unit">{{ u.orgUnitName ?? labels.home.countyWide }}</nz-descriptions-item>
        </nz-descriptions>
      </nz-card>
      <nz-card [nzTitle]="labels.home.scopeTitle" class="scope">
        <ul>
          @for (item of labels.home.scope; track item) {
            <li>{{ item }}</li>
          }
        </ul>
        <p>{{ labels.home.available }}</p>
      </nz-card>
    }
  `,
  styles: ['.scope { margin-top: 16px; }'],
})
export class HomePage {
  protected readonly labels = LABELS;
  protected readonly user = inject(AuthService).user;
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? ROLE_LABELS[user.role] : '';
  });
}
