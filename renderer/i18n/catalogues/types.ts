/** Another language's catalogue: the English one's keys, every one of them, any words. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
