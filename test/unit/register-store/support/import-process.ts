/**
 * An import process for the kill test: opens the workspace file on its own connection, as the
 * CLI and the job worker do, and imports a register file into an enterprise, printing one JSON
 * line per progress report and one with the result.
 *
 * usage: node --import tsx import-process.ts WORKSPACE ENTERPRISE_ID FILE
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { importRegister } from '../../../../electron/core/register/import-register';

const [workspace, enterpriseId, file] = process.argv.slice(2);
if (!workspace || !enterpriseId || !file) {
  process.stderr.write('usage: import-process.ts WORKSPACE ENTERPRISE_ID FILE\n');
  process.exit(2);
}
const db = new Database(workspace, { fileMustExist: true });
db.pragma('busy_timeout = 10000');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
const line = (value: unknown) => process.stdout.write(JSON.stringify(value) + '\n');
try {
  const result = await importRegister(
    db,
    {
      path: file,
      ref: { fileId: 'import-process', name: path.basename(file), sizeBytes: fs.statSync(file).size },
    },
    { enterpriseId: Number(enterpriseId), referenceYear: new Date().getFullYear() },
    { onProgress: (done, total) => line({ progress: done, total }) },
  );
  line({ result: { imported: result.imported, updated: result.updated, rejected: result.rejectedCount } });
} finally {
  db.close();
}
