export * from './hotspot-lifecycle';
