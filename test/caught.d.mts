export declare function caught<E>(fn: () => unknown, type: abstract new (...args: never[]) => E): E;
