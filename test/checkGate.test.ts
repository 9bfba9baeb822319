import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { gateContentOn, withCheckVerdict } from '../src/lib/check/checkGate.ts';

/** A check whose verdict the test gives. */
function pendingCheck() {
  let pass!: () => void;
  let refuse!: (error: Error) => void;
  gateContentOn(new Promise<void>((resolve, reject) => ((pass = resolve), (refuse = reject))));
  return { pass, refuse };
}

const context = {} as LoaderContext;
const settled = async (p: Promise<unknown>) => (await Promise.race([p.then(() => 'resolved', () => 'rejected'), new Promise((r) => setTimeout(r, 20, 'pending'))])) as string;

describe('a content loader beside the content check', () => {
  afterEach(() => gateContentOn(Promise.resolve()));

  it('starts loading at once, and is done only when the check has passed', async () => {
    const check = pendingCheck();
    let started = false;
    const loading = withCheckVerdict({ name: 'test', load: async () => void (started = true) }).load(context);
    expect(started).toBe(true);
    expect(await settled(loading)).toBe('pending');
    check.pass();
    expect(await settled(loading)).toBe('resolved');
  });

  it('fails with the check\'s problems, even when the loader failed first', async () => {
    const check = pendingCheck();
    const loading = withCheckVerdict({ name: 'test', load: () => Promise.reject(new Error('Astro schema error')) }).load(context);
    expect(await settled(loading)).toBe('pending');
    check.refuse(new Error('the check\'s problems'));
    await expect(loading).rejects.toThrow('the check\'s problems');
  });

  it('fails with the loader\'s own error when the check passed', async () => {
    pendingCheck().pass();
    await expect(withCheckVerdict({ name: 'test', load: () => Promise.reject(new Error('unreadable file')) }).load(context)).rejects.toThrow('unreadable file');
  });

  it('loads as it is when no check is running', async () => {
    await expect(withCheckVerdict({ name: 'test', load: async () => {} }).load(context)).resolves.toBeUndefined();
  });
});
