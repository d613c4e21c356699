import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type ActivatedRouteSnapshot, type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { LABELS } from '../labels';

/** Route data key: a route outside the staff system (the public lookup) names its own owner in the tab. */
export const TITLE_SUFFIX = 'titleSuffix';

/** The tab title of a page: its own title, then " - " and the system's name (or the route's own suffix). */
export function tabTitle(own: string | undefined, suffix: string = LABELS.systemTitle): string {
  return own ? `${own} - ${suffix}` : suffix;
}

/**
 * The one place that adds the system name to the browser tab: routes carry only their own title
 * (which the breadcrumb shows as is).
 */
@Injectable({ providedIn: 'root' })
export class AppTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.title.setTitle(tabTitle(this.buildTitle(snapshot), deepestSuffix(snapshot.root)));
  }
}

function deepestSuffix(route: ActivatedRouteSnapshot): string | undefined {
  let suffix: unknown;
  for (let current: ActivatedRouteSnapshot | null = route; current; current = current.firstChild) {
    suffix = current.data[TITLE_SUFFIX] ?? suffix;
  }
  return typeof suffix === 'string' ? suffix : undefined;
}
