import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { AdminError } from '../admin';

/** A backup never overwrites a file: an operator's typo must not destroy yesterday's backup. */
export const checkNewBackupFile = (file: string): void => {
  if (existsSync(file))
    throw new AdminError(`${file} already exists; choose a new file name for the backup.`);
};

export const checkRestoreFile = (file: string): void => {
  if (!existsSync(file)) throw new AdminError(`${file} does not exist; nothing was restored.`);
};

/** Written beside the target and renamed: a backup cut short (disk full, killed) never looks complete. */
export const writeWhole = async (file: string, content: Uint8Array): Promise<void> => {
  const partial = `${file}.partial`;
  try {
    await writeFile(partial, content, { flag: 'wx' });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
};
