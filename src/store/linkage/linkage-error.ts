/** A linkage operation the store refuses, with the API error code it maps to and the field at fault. */
export class LinkageError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(
    readonly code: 'refused' | 'not_found' | 'conflict' | 'bad_input',
    message: string,
    path = '(input)',
  ) {
    super(message);
    this.issues = [{ path, message }];
  }
}
