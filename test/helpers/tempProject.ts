import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './buildSite.ts';

/**
 * A throwaway copy of the project's content and seeds, for tests that break
 * things on purpose. Returns its root and helpers to edit files in it.
 */
export function tempProject() {
  const root = mkdtempSync(join(tmpdir(), 'factcheck-'));
  for (const dir of ['content', 'seeds']) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  return {
    root,
    read: (file: string) => readFileSync(join(root, file), 'utf8'),
    write: (file: string, text: string) => writeFileSync(join(root, file), text),
    edit(file: string, change: (text: string) => string) {
      this.write(file, change(this.read(file)));
    },
    remove: (file: string) => rmSync(join(root, file)),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
