/** Filled in by the export work. */
export const exportMethods = {} as const;
