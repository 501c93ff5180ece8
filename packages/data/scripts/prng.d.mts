/** mulberry32: a seeded pseudo-random generator giving numbers in [0, 1) (see prng.mjs). */
export declare function prng(seed: number): () => number;
