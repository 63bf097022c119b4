/**
 * The reading thread of a register import: reads, maps and normalises the file and posts the rows
 * to the job worker that writes them (register/import-rows.ts). Started by runJob beside the job
 * worker, so the two threads load at the same time; its bundle holds the register reader alone,
 * which starts in about half the time of the whole job worker.
 */
import { workerData } from 'node:worker_threads';
import { serveImportRows, type ReaderThreadData } from '../register/import-rows';

void serveImportRows(workerData as ReaderThreadData);
