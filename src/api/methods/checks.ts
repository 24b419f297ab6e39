/** Filled in by the checks work. */
export const checkMethods = {} as const;
