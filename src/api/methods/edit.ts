/** Filled in by the edit work. */
export const editMethods = {} as const;
