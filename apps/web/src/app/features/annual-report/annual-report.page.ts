import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { HttpClient } from '@angular/common/http';
import { type AnnualPetitionReport, API_ROUTES, CHANNEL_LABELS, type Channel } from '@julu/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzTableModule } from 'ng-zorro-antd/table';
import { firstValueFrom } from 'rxjs';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { ANNUAL_REPORT_LABELS } from './annual-report.labels';

/** 信访情况年度统计 (2022 条例 Art 41): the figures of the annual report, for the caller's territory. */
@Component({
  selector: 'app-annual-report-page',
  imports: [FormsModule, NzCardModule, NzDescriptionsModule, NzTableModule, NzInputNumberModule, ActionErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './annual-report.page.html',
  styles: [
    'nz-card { margin-bottom: 16px; } .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; } .year { margin-bottom: 16px; } .year label { margin-right: 8px; }',
  ],
})
export class AnnualReportPage implements OnInit {
  private readonly http = inject(HttpClient);
  protected readonly labels = ANNUAL_REPORT_LABELS.annualReport;
  protected year = new Date().getFullYear();
  protected readonly report = signal<AnnualPetitionReport | null>(null);
  protected readonly loading = new ActionState();

  ngOnInit(): void {
    void this.load();
  }

  protected channelLabel(code: string): string {
    return CHANNEL_LABELS[code as Channel] ?? code;
  }

  protected async load(): Promise<void> {
    await this.loading.run(async () =>
      this.report.set(await firstValueFrom(this.http.get<AnnualPetitionReport>(`${API_ROUTES.indicators}/annual-report`, { params: { year: String(this.year) } }))),
    );
  }
}
