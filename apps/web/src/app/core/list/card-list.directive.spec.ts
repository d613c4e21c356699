import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CardListDirective, labelCells } from './card-list.directive';

function table(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('Card list (issue 17: tables become cards on a phone)', () => {
  it('Issue 17: labels every body cell with its column header, colspans counted, empty headers and the empty-table row unlabelled', () => {
    const root = table(`<table>
      <thead><tr><th>案件编号</th><th colspan="2"> 办理\n 期限 </th><th></th></tr></thead>
      <tbody><tr><td>A1</td><td>3天</td><td>2026-12-01</td><td><button>办理</button></td></tr>
             <tr><td colspan="3">三列</td><td>x</td></tr>
             <tr class="ant-table-placeholder"><td colspan="4">暂无数据</td></tr></tbody></table>`);
    labelCells(root);
    const cells = Array.from(root.querySelectorAll('tbody td')).map((td) => td.getAttribute('data-label'));
    expect(cells).toEqual(['案件编号', '办理 期限', '办理 期限', null, '案件编号', null, null]);
  });

  it('Issue 17: a header that changes its text relabels the cells; a cell under an emptied header loses its label', () => {
    const root = table('<table><thead><tr><th>甲</th><th>乙</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>');
    labelCells(root);
    const [a, b] = Array.from(root.querySelectorAll('th'));
    a.textContent = '丙';
    b.textContent = '';
    labelCells(root);
    expect(Array.from(root.querySelectorAll('td')).map((td) => td.getAttribute('data-label'))).toEqual(['丙', null]);
  });

  it('Issue 17: a fixed-header table (head and body drawn as two tables) labels its body from the head table', () => {
    const root = table(`<div class="ant-table-header"><table><thead><tr><th>乡镇</th><th>等级</th></tr></thead></table></div>
      <div class="ant-table-body"><table><tbody><tr class="ant-table-measure-now"><td></td><td></td></tr><tr><td>巨鹿镇</td><td>高</td></tr></tbody></table></div>`);
    labelCells(root);
    expect(Array.from(root.querySelectorAll('tbody td')).map((td) => td.getAttribute('data-label'))).toEqual([null, null, '乡镇', '等级']);
  });

  @Component({
    imports: [CardListDirective],
    changeDetection: ChangeDetectionStrategy.OnPush,
    template: `<div appCardList data-testid="host"><table><thead><tr><th>事项</th><th>状态</th></tr></thead><tbody>
      @for (r of rows(); track r) { <tr><td>{{ r }}</td><td>办理中</td></tr> }
    </tbody></table></div>`,
  })
  class HostComponent {
    readonly rows = signal(['甲']);
  }

  it('Issue 17: the directive marks its host as a card list and labels rows rendered later', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const host = fixture.nativeElement.querySelector('[data-testid="host"]') as HTMLElement;
    expect(host.classList).toContain('card-list');
    expect(host.querySelector('td')?.getAttribute('data-label')).toBe('事项');
    fixture.componentInstance.rows.set(['甲', '乙']);
    await fixture.whenStable();
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    const labels = Array.from(host.querySelectorAll('tbody tr:last-child td')).map((td) => td.getAttribute('data-label'));
    expect(labels).toEqual(['事项', '状态']);
  });
});
