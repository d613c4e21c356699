import { afterNextRender, DestroyRef, Directive, ElementRef, inject } from '@angular/core';

/**
 * Issue 17: a table that becomes a list of cards on a phone. Put `appCardList` on an nz-table (or any
 * element holding a table); below 768 px the global style `.card-list` hides the header and shows each
 * row as a card of 「label：value」 lines. The labels are the header cells' text, copied onto every body
 * cell as `data-label`, and kept in step as rows are added, replaced or re-labelled.
 */
@Directive({
  selector: '[appCardList]',
  host: { class: 'card-list' },
})
export class CardListDirective {
  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    let observer: MutationObserver | undefined;
    afterNextRender(() => {
      labelCells(host);
      observer = new MutationObserver(() => labelCells(host));
      observer.observe(host, { childList: true, subtree: true, characterData: true });
    });
    inject(DestroyRef).onDestroy(() => observer?.disconnect());
  }
}

/**
 * Copies each header cell's text onto the body cells of its column (colspans counted); idempotent.
 * A table without a header of its own (nz-table with a fixed header draws head and body as two
 * tables) takes the first header found under `root`.
 */
export function labelCells(root: HTMLElement): void {
  const shared = lastHeadRow(root.querySelector('table > thead')?.parentElement ?? null);
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const headRow = lastHeadRow(table) ?? shared;
    if (!headRow) continue;
    const labels = columnTexts(headRow);
    for (const row of Array.from(table.querySelectorAll(':scope > tbody > tr:not(.ant-table-measure-now)'))) {
      // The 「暂无数据」 row spans the table: it is a message, not a value of the first column.
      const placeholder = row.classList.contains('ant-table-placeholder');
      let column = 0;
      for (const cell of Array.from(row.children)) {
        if (!(cell instanceof HTMLTableCellElement)) continue;
        const label = placeholder ? '' : (labels[column] ?? '');
        if (label && cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
        if (!label && cell.hasAttribute('data-label')) cell.removeAttribute('data-label');
        column += Math.max(1, cell.colSpan);
      }
    }
  }
}

function lastHeadRow(table: Element | null): Element | null {
  const rows = table?.querySelectorAll(':scope > thead > tr');
  return rows && rows.length > 0 ? rows.item(rows.length - 1) : null;
}

function columnTexts(headRow: Element): string[] {
  const texts: string[] = [];
  for (const cell of Array.from(headRow.children)) {
    if (!(cell instanceof HTMLTableCellElement)) continue;
    const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
    for (let i = 0; i < Math.max(1, cell.colSpan); i++) texts.push(text);
  }
  return texts;
}
