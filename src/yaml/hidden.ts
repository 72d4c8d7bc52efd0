/**
 * A value attached to an object without showing in its keys, JSON, spreads or equality checks
 * (a non-enumerable symbol property). Unlike a WeakMap entry, it costs the garbage collector
 * nothing extra: a WeakMap of hundreds of thousands of entries is traced at every collection.
 */
export interface Hidden<T> {
  get(o: object): T | undefined;
  set(o: object, value: T): void;
}

export function hidden<T>(name: string): Hidden<T> {
  const key = Symbol(name);
  return {
    get: (o) => (o as { [key]?: T })[key],
    set: (o, value) => {
      Object.defineProperty(o, key, { value, writable: true, configurable: true });
    },
  };
}
