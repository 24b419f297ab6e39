/** Filled in by the documents work. */
export const documentMethods = {} as const;
