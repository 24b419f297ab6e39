/** Filled in by the import work. */
export const importMethods = {} as const;
