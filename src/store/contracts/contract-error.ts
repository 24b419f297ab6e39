/** A contract operation the store refuses, with the API error code it maps to and the fields at fault. */
export class ContractError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(
    readonly code: 'refused' | 'not_found' | 'conflict' | 'bad_input',
    message: string,
    path = '(input)',
    issues?: { path: string; message: string }[],
  ) {
    super(message);
    this.issues = issues ?? [{ path, message }];
  }
}
