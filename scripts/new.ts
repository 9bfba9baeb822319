/**
 * `npm run new -- claim <slug>`: starts content/claims/<slug>.mdx.
 * `npm run new -- source <slug> <file.txt>`: archives the text in seeds/
 * byte-for-byte, records its SHA-256, and starts content/sources/<slug>.yaml.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { claimTemplate, seedFileName, sourceTemplate } from '../src/lib/content/scaffold.ts';
import { slug as slugSchema } from '../src/lib/content/schema.ts';
import { MANIFEST_FILE, readSeedManifest, SEEDS_DIR, sha256 } from '../src/lib/sources/seedManifest.ts';

const root = process.env.PROJECT_ROOT ?? process.cwd();
const [kind, slug, file] = process.argv.slice(2);

function fail(message: string): never {
  console.error(`✗ ${message}`);
  console.error('Usage: npm run new -- claim <slug>\n       npm run new -- source <slug> <file.txt>');
  process.exit(1);
}

if (!slug || !slugSchema.safeParse(slug).success) fail(`Give a slug of lower-case letters, digits and single hyphens (got "${slug ?? ''}").`);

if (kind === 'claim') {
  const path = join('content', 'claims', `${slug}.mdx`);
  if (existsSync(join(root, path))) fail(`${path} already exists.`);
  writeFileSync(join(root, path), claimTemplate(new Date().toISOString().slice(0, 10)));
  console.log(`✓ Created ${path}. Fill in every TODO, then run npm run check.`);
} else if (kind === 'source') {
  if (!file || !existsSync(file)) fail(`Name the captured text file to archive (got "${file ?? ''}").`);
  const metadata = join('content', 'sources', `${slug}.yaml`);
  if (existsSync(join(root, metadata))) fail(`${metadata} already exists.`);
  const bytes = readFileSync(resolve(file));
  const hash = sha256(bytes);
  const manifest = readSeedManifest(root);
  const duplicate = Object.entries(manifest).find(([, h]) => h === hash);
  if (duplicate) fail(`This text is already archived as ${SEEDS_DIR}/${duplicate[0]}.`);
  const seed = seedFileName(readdirSync(join(root, SEEDS_DIR)).filter((f) => f.endsWith('.txt')), hash);
  copyFileSync(resolve(file), join(root, SEEDS_DIR, seed));
  writeFileSync(join(root, MANIFEST_FILE), `${JSON.stringify({ ...manifest, [seed]: hash }, null, 2)}\n`);
  writeFileSync(join(root, metadata), sourceTemplate(slug, seed, bytes.toString('utf8'), new Date().toISOString().slice(0, 10)));
  console.log(`✓ Archived ${SEEDS_DIR}/${seed} (SHA-256 ${hash.slice(0, 12)}…) and created ${metadata}.`);
  console.log('  Fill in every TODO from the original page, then run npm run check.');
} else {
  fail(`Unknown kind "${kind ?? ''}".`);
}
