/** Filled in by the basemaps work. */
export const basemapMethods = {} as const;
