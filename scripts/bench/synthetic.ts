/**
 * Synthetic content for the benchmark: N archived sources and N claims that
 * cite them with real, verifiable quotes and figures, each claim with its
 * Chinese translation, so the whole pipeline (check, both languages' pages,
 * cards and search indexes) does its normal work.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DISTRICTS = ['Kowloon', 'Sha Tin', 'Yuen Long', 'Tuen Mun', 'Tai Po', 'Sai Kung', 'Islands', 'Wan Chai'];

function paragraphs(i: number): string[] {
  const district = DISTRICTS[i % DISTRICTS.length];
  return [
    `Synthetic report number ${i} on border enforcement`,
    `Officers in ${district} recorded ${1000 + i} interceptions in the first 11 months of the year, according to synthetic release ${i}.`,
    `The same office recorded ${2000 + i} interceptions in the whole of the previous year, a figure used for comparison.`,
    `Investigators said that ${20 + (i % 50)} syndicates were broken up and ${300 + i} people were arrested in ${district}.`,
    ...Array.from({ length: 8 }, (_, k) => `Background paragraph ${k + 1} of synthetic report ${i} describes patrols, checkpoints and cooperation between agencies in ${district}, with no figures of its own.`),
  ];
}

export function writeSyntheticContent(root: string, n: number): void {
  const manifestPath = join(root, 'seeds', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  mkdirSync(join(root, 'content', 'claims', 'zh-hant'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const text = paragraphs(i).join('\n\n') + '\n';
    const hash = createHash('sha256').update(text).digest('hex');
    const seed = `${String(1000 + i)}_${hash.slice(0, 16)}.txt`;
    writeFileSync(join(root, 'seeds', seed), text);
    manifest[seed] = hash;
    const slug = `synthetic-source-${i}`;
    writeFileSync(
      join(root, 'content', 'sources', `${slug}.yaml`),
      `slug: ${slug}
label: Synthetic source ${i}
title: Synthetic report number ${i} on border enforcement
publisher: Synthetic Publisher
kind: news-report
url: https://example.org/synthetic/${i}
published: 2017-12-07
author: null
language: en
seed: ${seed}
archived: 2026-11-22
basis:
  publisher: Synthetic benchmark content.
  url: Synthetic benchmark content.
  published: Synthetic benchmark content.
  author: Not stated.
  archived: Synthetic benchmark content.
scope:
  operation: true
  note: Synthetic benchmark content.
`,
    );
    writeFileSync(
      join(root, 'content', 'claims', `synthetic-claim-${i}.mdx`),
      `---
title: Did interceptions in synthetic report ${i} fall?
claim: Officers recorded ${1000 + i} interceptions in the first 11 months of the year.
claimant: Synthetic Publisher
appearance:
  source: ${slug}
  p: 2
  quote: recorded ${1000 + i} interceptions in the first 11 months
verdict: ${['accurate', 'needs-context', 'unsupported', 'misleading', 'inaccurate'][i % 5]}
summary: A synthetic claim for the benchmark, checked like any other.
published: 2026-11-21
tags: [synthetic, bench-${i % 20}]
figures:
  - id: recent
    value: ${1000 + i}
    source: ${slug}
    p: 2
    quote: recorded ${1000 + i} interceptions
  - id: months
    value: 11
    source: ${slug}
    p: 2
    quote: the first 11 months of the year
  - id: previous
    value: ${2000 + i}
    source: ${slug}
    p: 3
    quote: recorded ${2000 + i} interceptions in the whole of the previous year
  - id: monthly
    divide: [recent, months]
  - id: change
    change: [previous, recent]
---

The report says officers <Cite source="${slug}" p={2}>recorded ${1000 + i} interceptions in the first 11 months of the year</Cite>, and <Cite source="${slug}" p={3}>${2000 + i} interceptions in the whole of the previous year</Cite>.

That is <Working id="monthly" /> a month, and a change of <Working id="change" />. It also says <Cite source="${slug}" p={4}>${300 + i} people were arrested</Cite>.
`,
    );
    // Its Chinese translation, checked against it like the site's own: every claim page has a twin.
    writeFileSync(
      join(root, 'content', 'claims', 'zh-hant', `synthetic-claim-${i}.mdx`),
      `---
title: 合成報告${i}中的截獲人數有否下跌？
claim: 人員在該年首11個月錄得${1000 + i}宗截獲。
claimant: Synthetic Publisher
verdict: ${['accurate', 'needs-context', 'unsupported', 'misleading', 'inaccurate'][i % 5]}
summary: 供基準測試用的合成查核，與其他查核同樣經過核對。
translates: 2026-11-21
published: 2026-11-21
---

報告指人員<Cite source="${slug}" p={2} translation="在該年首11個月錄得${1000 + i}宗截獲">recorded ${1000 + i} interceptions in the first 11 months of the year</Cite>，又指<Cite source="${slug}" p={3}>${2000 + i} interceptions in the whole of the previous year</Cite>。

即每月<Working id="monthly" />，變化為<Working id="change" />。報告亦指<Cite source="${slug}" p={4}>${300 + i} people were arrested</Cite>。
`,
    );
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The warm path: one claim's summary changes, as in a one-word correction. */
export function editOneClaim(root: string): void {
  const file = join(root, 'content', 'claims', 'synthetic-claim-0.mdx');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('summary: A synthetic claim for the benchmark', 'summary: A corrected synthetic claim for the benchmark'));
}

/**
 * The same N claims and N sources as plain Astro MDX pages (no verification,
 * no components, no search, no cards), plus plain pages until there are
 * `total` in all, as many as the site emitted, so the two builds do equal work.
 */
export function writePlainPages(root: string, n: number, total: number): void {
  const pages = join(root, 'src', 'pages', 'claims');
  mkdirSync(pages, { recursive: true });
  for (let i = 0; i < n; i++) {
    const body = paragraphs(i).map((p) => `> ${p}`).join('\n\n');
    writeFileSync(join(pages, `synthetic-claim-${i}.mdx`), `---\ntitle: Did interceptions in synthetic report ${i} fall?\n---\n\n# Did interceptions in synthetic report ${i} fall?\n\n${body}\n`);
    writeFileSync(join(pages, `synthetic-source-${i}.mdx`), `---\ntitle: Synthetic source ${i}\n---\n\n# Synthetic source ${i}\n\n${paragraphs(i).join('\n\n')}\n`);
  }
  for (let i = 2 * n; i < total; i++) {
    writeFileSync(join(pages, `page-${i}.mdx`), `---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\n${paragraphs(i).join('\n\n')}\n`);
  }
}
