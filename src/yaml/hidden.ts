/**
 * A value attached to an object without showing anywhere: not in its keys, JSON, spreads,
 * property symbols or equality checks. It is a private class field put on the object by a base
 * constructor that returns the object it is given, which V8 stores like an ordinary property:
 * far cheaper than a WeakMap entry (traced at every garbage collection) or defineProperty.
 */
export interface Hidden<T> {
  get(o: object): T | undefined;
  set(o: object, value: T): void;
}

/** A constructor that returns its argument: a subclass's fields land on that object. */
const Identity = function (this: unknown, o: object) {
  return o;
} as unknown as new (o: object) => object;

export function hidden<T>(): Hidden<T> {
  class Stamp extends Identity {
    #value: T;
    constructor(o: object, value: T) {
      super(o);
      this.#value = value;
    }
    static get(o: object): T | undefined {
      return #value in o ? (o as Stamp).#value : undefined;
    }
    static set(o: object, value: T): void {
      if (#value in o) (o as Stamp).#value = value;
      else new Stamp(o, value);
    }
  }
  return { get: Stamp.get, set: Stamp.set };
}
