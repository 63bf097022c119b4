/**
 * The reading thread of a register import: reads, maps and normalises the file and posts the rows
 * to the thread that writes them (register/import-rows.ts). Started beside the writing thread, so
 * the two load at the same time; its bundle holds the register reader alone.
 */
import { serveImportRows, type ReaderThreadData } from '../register/import-rows';
import { threadTask } from './thread-start';

void threadTask<ReaderThreadData>().then(serveImportRows);
