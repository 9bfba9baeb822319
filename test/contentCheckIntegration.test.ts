/** The content check integration (src/integrations/contentCheck.ts): which commands run it. */
import { describe, expect, it } from 'vitest';
import { contentCheck, whenChecked } from '../src/integrations/contentCheck.ts';

const setup = (command: string, logged: string[]) =>
  contentCheck().hooks['astro:config:setup']!({
    config: { root: new URL('../test/fixtures/', import.meta.url) },
    command,
    logger: { error: (line: string) => logged.push(line), info: () => {}, warn: () => {} },
  } as never);

describe('contentCheck', () => {
  it('checks nothing for astro preview, which serves the built site', async () => {
    const logged: string[] = [];
    await setup('preview', logged);
    expect(() => whenChecked(() => {})).toThrow(/has not started/);
    expect(logged).toEqual([]);
  });
});
