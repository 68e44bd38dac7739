import { expect, test } from 'vitest';
import { failureText } from '../../../renderer/components/failureText';
import { listenForPageErrors, pageErrorNotice } from '../../../renderer/components/pageErrors';

test('a failed part says what failed and why, as text', () => {
  expect(failureText('Train panel', new TypeError("Cannot read properties of undefined (reading 'x')"))).toEqual({
    title: 'The Train panel stopped working',
    message: "Cannot read properties of undefined (reading 'x')",
  });
  expect(failureText('Canvas', '<img src=x onerror=alert(1)>').message).toBe('<img src=x onerror=alert(1)>');
  expect(failureText('Canvas', new Error('')).message).toMatch(/^An unknown error/);
  expect(failureText('Canvas', new Error('x'.repeat(2000))).message).toHaveLength(601);
});

test('errors outside React become a notice, and the listener can be removed', () => {
  const target = new EventTarget() as unknown as Window;
  const shown: string[] = [];
  const stop = listenForPageErrors(n => shown.push(`${n.title}: ${n.detail}`), target);
  const error = new Event('error') as Event & { error?: unknown; message?: string };
  error.error = new Error('late failure');
  target.dispatchEvent(error);
  const rejection = new Event('unhandledrejection') as Event & { reason?: unknown };
  rejection.reason = { code: 'X', message: 'lost promise' };
  target.dispatchEvent(rejection);
  stop();
  target.dispatchEvent(error);
  expect(shown).toEqual([
    'Something went wrong: late failure — your project is kept; you can keep working and save.',
    'Something went wrong: lost promise — your project is kept; you can keep working and save.',
  ]);
  expect(pageErrorNotice(undefined).tone).toBe('error');
});

test('a ResizeObserver that needed another frame is not an error to show', () => {
  const target = new EventTarget() as unknown as Window;
  const shown: unknown[] = [];
  listenForPageErrors(n => shown.push(n), target);
  const benign = new Event('error') as Event & { message?: string };
  benign.message = 'ResizeObserver loop completed with undelivered notifications.';
  target.dispatchEvent(benign);
  expect(shown).toEqual([]);
});
