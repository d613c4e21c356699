import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type ActivatedRouteSnapshot, type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { DeploymentNames } from '../deployment/deployment-names';

/**
 * Route data key: a route outside the staff system (the public lookup) is titled after the bureau
 * (`{ [TITLED_BY_BUREAU]: true }`), not the system.
 */
export const TITLED_BY_BUREAU = 'titledByBureau';

/** The tab title of a page: its own title, then " - " and the system's (or the bureau's) name. */
export function tabTitle(own: string | undefined, suffix: string): string {
  return own ? `${own} - ${suffix}` : suffix;
}

/**
 * The one place that adds the system name to the browser tab: routes carry only their own title
 * (which the breadcrumb shows as is). The names come from the deployment's org tree.
 */
@Injectable({ providedIn: 'root' })
export class AppTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly names = inject(DeploymentNames);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const suffix = titledByBureau(snapshot.root) ? this.names.bureau() : this.names.systemTitle();
    this.title.setTitle(tabTitle(this.buildTitle(snapshot), suffix));
  }
}

function titledByBureau(route: ActivatedRouteSnapshot): boolean {
  for (let current: ActivatedRouteSnapshot | null = route; current; current = current.firstChild) {
    if (current.data[TITLED_BY_BUREAU] === true) return true;
  }
  return false;
}
