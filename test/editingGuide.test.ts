import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../src/lib/sources/seedManifest.ts';
import { VERDICT_KEYS } from '../src/lib/claims/verdicts.ts';
import { ROOT } from './helpers/deployment.ts';
import { tempProject } from './helpers/tempProject.ts';

const guide = readFileSync(join(ROOT, 'docs', 'editing.md'), 'utf8');
/** `<!-- example: path -->` followed by a fenced block: the path and the block's text. */
const examples = [...guide.matchAll(/<!-- example: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)].map((m) => ({ path: m[1]!, text: `${m[2]}\n` }));

let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => project?.dispose());

describe('docs/editing.md', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((e) => [e.path, e] as const))('example %s is a real file or passes the check', (path, example) => {
    if (existsSync(join(ROOT, path))) {
      expect(example.text).toBe(readFileSync(join(ROOT, path), 'utf8'));
      return;
    }
    project = tempProject();
    project.write(path, example.text);
    // An illustrative source names a seed the project does not have: archive a
    // stand-in under that name, as `npm run new -- source` would have.
    const seed = /^seed: (\S+)$/m.exec(example.text)?.[1];
    if (path.startsWith('content/sources/') && seed && !existsSync(join(project.root, 'seeds', seed))) {
      const text = 'Example Weekly\nA stand-in for the archived text of the guide\'s example.\n';
      project.write(`seeds/${seed}`, text);
      project.edit('seeds/manifest.json', (json) => `${JSON.stringify({ ...JSON.parse(json), [seed]: sha256(text) }, null, 2)}\n`);
    }
    expect(project.problems()).toEqual([]);
  });

  it('shows the check output exactly as the check prints it', () => {
    const shown = /```text\n(.+)\n```/.exec(guide)![1]!;
    project = tempProject();
    project.write('content/claims/misquote.mdx', readFileSync(join(ROOT, 'test', 'fixtures', 'broken-claims', 'misquote.mdx'), 'utf8'));
    expect(project.problems()).toEqual([shown]);
  });

  it('lists every verdict', () => {
    for (const verdict of VERDICT_KEYS) expect(guide).toContain(`| \`${verdict}\` |`);
  });

  it('names only commands that exist', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts);
    for (const [, name] of guide.matchAll(/npm run ([a-z-]+)/g)) expect(scripts).toContain(name);
  });
});
