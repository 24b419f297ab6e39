import Database from 'better-sqlite3';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { WriterSidecar } from '../../src/store/writer-sidecar';
import { smallData, tempFile } from './fixtures';

/** A project file with the three small parcels of `smallData`. */
export function smallProject(file = tempFile()): string {
  const project = Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  project.close();
  return file;
}

/**
 * Another LandLink process writing the file: a second connection holding the write lock, announced
 * beside the file as `program` importing 地块.shp since 10:02 Beijing time. `release` commits and
 * withdraws the announcement; `close` gives up whatever it still holds.
 */
export function otherWriter(file: string, program: string) {
  const db = new Database(file);
  db.exec('BEGIN IMMEDIATE');
  const sidecar = new WriterSidecar(file, { program, user: 'li' }, () => '2026-11-30T02:02:00.000Z');
  sidecar.beginWrite('import 地块.shp');
  return {
    release() {
      db.exec('COMMIT');
      sidecar.endWrite();
    },
    close() {
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
      sidecar.close();
    },
  };
}
