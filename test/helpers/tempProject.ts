import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { ROOT } from './deployment.ts';

/** What a copy needs to be checked; `buildable` adds what it needs to be built. */
const CONTENT = ['content', 'seeds'];
const BUILDABLE = [...CONTENT, 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * A throwaway copy of the project, for tests that break things on purpose.
 * By default only content and seeds; `{ buildable: true }` copies the code
 * too and links node_modules, so the copy can run `astro build`.
 */
export function tempProject(options: { buildable?: boolean } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'factcheck-'));
  for (const entry of options.buildable ? BUILDABLE : CONTENT) {
    cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  if (options.buildable) symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    read: (file: string) => readFileSync(join(root, file), 'utf8'),
    write: (file: string, text: string) => writeFileSync(join(root, file), text),
    edit(file: string, change: (text: string) => string) {
      this.write(file, change(this.read(file)));
    },
    remove: (file: string) => rmSync(join(root, file)),
    /** The content check's problems as printed, or only those in `file`. */
    problems: (file?: string) => checkContent(root).problems.map(formatProblem).filter((p) => file === undefined || p.startsWith(`${file}:`)),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

export type TempProject = ReturnType<typeof tempProject>;

/**
 * For a test file whose tests each break a copy of the project: returns a
 * maker of temp projects, each disposed after the test that made it.
 */
export function tempProjectPerTest(): (options?: { buildable?: boolean }) => TempProject {
  const made: TempProject[] = [];
  afterEach(() => made.splice(0).forEach((project) => project.dispose()));
  return (options) => {
    const project = tempProject(options);
    made.push(project);
    return project;
  };
}
