/** Why an MBTiles file cannot be used; the message names the file for the planner (Chinese first). */
export class MbtilesError extends Error {
  constructor(
    readonly code: 'missing' | 'not_mbtiles' | 'empty',
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}
