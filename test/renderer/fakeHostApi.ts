/**
 * A HostApi for unit tests, given to the actions the way main.tsx gives the real one: the methods a
 * test fakes, and every other method rejecting so an unexpected host call fails loudly.
 * @example const host = fakeHostApi({ listRuns: vi.fn(async () => []) });
 */
import { HOST_METHOD_NAMES, type HostApi } from '../../electron/contract/hostApi';

export function fakeHostApi(methods: { [K in keyof HostApi]?: unknown }): HostApi {
  const unfaked = Object.fromEntries(
    HOST_METHOD_NAMES.map(name => [name, () => Promise.reject(new Error(`${name} is not faked in this test`))]),
  );
  return { ...unfaked, onEvent: () => () => undefined, ...methods } as HostApi;
}
