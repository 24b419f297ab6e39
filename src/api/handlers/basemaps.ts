import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import type { HandlerDeps } from './deps';
import type { basemapMethods } from '../methods/basemaps';

/** Filled in by the basemaps work. */
export function basemapHandlers(_deps: HandlerDeps): GroupHandlers<typeof basemapMethods, CallContext> {
  return {};
}
