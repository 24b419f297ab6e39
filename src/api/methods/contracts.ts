/** Filled in by the contracts work. */
export const contractMethods = {} as const;
